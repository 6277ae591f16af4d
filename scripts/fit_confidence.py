"""Refit the confidence model (src/detente/events/data/confidence.tsv) on the project's development corpora.

    python scripts/fit_confidence.py [CORPUS ...] [--check]

The corpora, how much each event of each counts, and whether rules have been tuned on it are the table
eval/confidence_corpora.tsv (no argument: all of it; corpora named on the command line must be rows of it, to
fit on a subset). Held-out sets are never in it, and of the benchmarks in ../shared only realnews, the
development set for real text. Every corpus is coded
in-process with today's rules and default mode; each event whose parties are two different known states is
labelled right or wrong against its document's gold, described by detente.events.confidence.features, and a
logistic model is fitted: weighted, L2-penalised towards confidence.PRIORS, the penalty picked by holding out
each corpus in turn, weights in NON_POSITIVE held at or below zero, plus one fit-only term, "corpus:tuned",
on for the events of tuned corpora. Rules written from a corpus's errors make the coder surer there than on
pages it has never seen, so that term takes up the difference and is left out of the shipped model: its
confidence is for unseen pages. Before writing, each corpus and eval/calib2 compare the refit with the model
file it replaces: both ECEs and the shipped minus the refit over the same pages drawn with replacement, the
interval a keep-or-drop decision needs (session 14: a 0.004 change on realnews is inside -0.015 to +0.015).
The held-out sets are compared the same way, summary only: keep a copy of the old file, refit, and run
`scripts/calibration.py HELD_OUT_DIRS --model OLD_COPY`. The fit is deterministic (no sampling, fixed
folds). Re-run it whenever the event rules or actor resolution change; --check only reports whether the
shipped file is what a refit would write (exit 1 if not).
"""
from __future__ import annotations

import argparse
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calibration import (coded_documents, judged, page_interval, paired_difference, print_table,  # noqa: E402
                         read_gold, read_model, reliability, right)

from detente.events import confidence  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TABLE = os.path.join(ROOT, "eval", "confidence_corpora.tsv")
OUTPUT = os.path.join(ROOT, "src", "detente", "events", "data", "confidence.tsv")
TUNED = "corpus:tuned"  # the fit-only term: on for the events of corpora whose rules were tuned on them
PENALTIES = (0.3, 1.0, 3.0, 10.0)
FOLDS = 5
UNSEEN_CHECK = os.path.join(ROOT, "eval", "calib2")  # never listed in TABLE: an unseen-page check


def read_table(path: str = TABLE) -> dict[str, tuple[float, bool]]:
    """Corpus path (as written) → (weight of each of its events, rules tuned on it)."""
    out = {}
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.rstrip("\n").split("\t")
            if len(cells) < 3 or cells[2] not in ("tuned", "fresh"):
                sys.exit(f"fit_confidence: {path}:{number}: expected corpus <TAB> weight <TAB> tuned|fresh")
            try:
                out[cells[0]] = (float(cells[1]), cells[2] == "tuned")
            except ValueError:
                sys.exit(f"fit_confidence: {path}:{number}: the weight {cells[1]!r} is not a number")
    return out


def default_corpora(table: dict[str, tuple[float, bool]]) -> list[str]:
    """Every corpus of the table, as paths (the fit with no argument)."""
    return [os.path.join(ROOT, corpus) for corpus in table]


def examples(corpus: str) -> list[tuple[str, set[str], bool]]:
    """(document, features, right) of every judged event of a corpus."""
    gold = read_gold(corpus)
    out = []
    for name, events in coded_documents(corpus):
        doc = confidence.context(events)
        for e in events:
            s, t = e.source.country, e.target.country if e.target else None
            if name in gold and judged(s, t):
                out.append((f"{corpus}/{name}", confidence.features(e, doc), right(e.event_type, s, t, gold[name])))
    return out


def design(rows: list[set[str]]) -> np.ndarray:
    index = {name: i for i, name in enumerate((*confidence.FEATURES, TUNED))}
    x = np.zeros((len(rows), len(index)))
    for r, on in enumerate(rows):
        x[r, [index[name] for name in on]] = 1.0
    return x


def _terms(k: int, penalty: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Prior, ridge and cap of each of k columns: the model's features, then fit-only terms (prior 0, free sign)."""
    names = list(confidence.FEATURES) + [TUNED] * (k - len(confidence.FEATURES))
    prior = np.array([confidence.PRIORS.get(name, 0.0) for name in names])
    ridge = np.full(k, penalty)
    ridge[names.index("bias")] = 1e-6
    return prior, ridge, np.array([name in confidence.NON_POSITIVE for name in names])


def fit(x: np.ndarray, y: np.ndarray, penalty: float, weight: np.ndarray | None = None,
        iterations: int = 200) -> np.ndarray:
    """Weighted, penalised logistic regression by projected Newton steps: each weight is pulled towards its
    prior (confidence.PRIORS, else 0; the bias is free), and weights of NON_POSITIVE features are clipped at
    zero after every step."""
    k = x.shape[1]
    weight = np.ones(len(y)) if weight is None else weight
    prior, ridge, capped = _terms(k, penalty)
    w = prior.copy()
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (weight * (p - y)) + ridge * (w - prior)
        hess = (x * (weight * p * (1 - p))[:, None]).T @ x + np.diag(ridge)
        free = ~(capped & (w >= 0) & (grad > 0))  # a weight held at zero by its cap stays out of the step
        step = np.zeros(k)
        step[free] = np.linalg.solve(hess[np.ix_(free, free)], grad[free])
        new = w - step
        new[capped] = np.minimum(new[capped], 0.0)
        if np.max(np.abs(new - w)) < 1e-9:
            return new
        w = new
    return w


def unseen(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    """The shipped model's probabilities: the model's features only, as on a page no rule was tuned on."""
    k = len(confidence.FEATURES)
    return 1.0 / (1.0 + np.exp(-np.clip(x[:, :k] @ w[:k], -30, 30)))


def log_loss(w: np.ndarray, x: np.ndarray, y: np.ndarray) -> float:
    """Mean log loss of the full fitted model (fit-only terms included) on x."""
    p = np.clip(1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30))), 1e-9, 1 - 1e-9)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def folds_of(docs: list[str]) -> np.ndarray:
    """Each corpus a fold (the corpora differ in how hard they are, as unseen news differs from all of
    them); with one corpus, FOLDS folds of documents."""
    corpora = sorted({d.rsplit("/", 1)[0] for d in docs})
    if len(corpora) > 1:
        return np.array([corpora.index(d.rsplit("/", 1)[0]) for d in docs])
    names = sorted(set(docs))
    return np.array([names.index(d) % FOLDS for d in docs])


def pick_penalty(docs: list[str], x: np.ndarray, y: np.ndarray,
                 weight: np.ndarray | None = None) -> tuple[float, dict[float, float]]:
    """The penalty with the least held-out log loss, each fold held out in turn."""
    folds, weight = folds_of(docs), np.ones(len(y)) if weight is None else weight
    losses = {}
    for penalty in PENALTIES:
        total = 0.0
        for f in range(int(folds.max()) + 1 if len(folds) else 0):
            train, test = folds != f, folds == f
            if test.any():
                total += log_loss(fit(x[train], y[train], penalty, weight[train]), x[test], y[test]) * test.sum()
        losses[penalty] = total / len(y)
    return min(PENALTIES, key=lambda p: (losses[p], p)), losses


def left_out(docs: list[str], x: np.ndarray, y: np.ndarray, weight: np.ndarray,
             penalty: float) -> dict[str, tuple[int, float, float, float]]:
    """Corpus → (events, share right, ECE as an unseen page, ECE as its own kind), each corpus predicted by
    the model fitted on the others: "unseen" leaves the fit-only term out (the shipped model on a new
    outlet), "own kind" keeps it for a tuned corpus (how well the features carry to another corpus)."""
    folds, corpora = folds_of(docs), sorted({d.rsplit("/", 1)[0] for d in docs})
    out = {}
    for f, corpus in enumerate(corpora if len(corpora) > 1 else []):
        test = folds == f
        held = fit(x[~test], y[~test], penalty, weight[~test])
        own = 1.0 / (1.0 + np.exp(-np.clip(x[test] @ held, -30, 30)))
        out[corpus] = (int(test.sum()), float(y[test].mean()), reliability(list(zip(unseen(held, x[test]), y[test])))[1],
                       reliability(list(zip(own, y[test])))[1])
    return out


def report_by_corpus(docs: list[str], x: np.ndarray, y: np.ndarray, weight: np.ndarray, penalty: float,
                     w: np.ndarray) -> dict[str, tuple[int, float, float, float]]:
    """Expected calibration error on each corpus: fitted on the others (the honest figure for a new outlet,
    as an unseen page and as its own kind) and, for the shipped model, on all; then the means over corpora,
    the figure a change of method is judged by (session 12: one corpus's ECE alone is mostly chance)."""
    folds, rows = folds_of(docs), left_out(docs, x, y, weight, penalty)
    print(f"{'corpus':<28} {'events':>6} {'right':>6} {'left out: unseen':>16} {'own kind':>8} {'fitted':>7}")
    for f, (corpus, (n, share, out, own)) in enumerate(rows.items()):
        fitted = reliability(list(zip(unseen(w, x[folds == f]), y[folds == f])))[1]
        print(f"{os.path.relpath(corpus, ROOT):<28} {n:>6} {share:>6.3f} {out:>16.3f} {own:>8.3f} {fitted:>7.3f}")
    if rows:
        print(f"leave-one-corpus-out ECE, mean over {len(rows)} corpora: as unseen pages "
              f"{np.mean([r[2] for r in rows.values()]):.3f}, as their own kind {np.mean([r[3] for r in rows.values()]):.3f}")
    return rows


def shipped_model(path: str = OUTPUT) -> np.ndarray | None:
    """The weights of the model file in the checkout before this refit (None when there is none)."""
    if not os.path.isfile(path):
        return None
    model = read_model(path)
    return np.array([model.get(name, 0.0) for name in confidence.FEATURES])


def against_shipped(label: str, docs: list[str], x: np.ndarray, y: np.ndarray, w: np.ndarray,
                    old: np.ndarray | None) -> None:
    """The refit against the shipped model on one corpus: both ECEs (confidences rounded as the events stage
    rounds them) and the shipped minus the refit over the same resampled pages. Session 13's refit won
    realnews (0.059 -> 0.055) and lost the unseen pages; the interval says whether such a win is more than
    which pages the corpus holds (session 14: it was not)."""
    if old is None or not len(y):
        return
    k = len(confidence.FEATURES)
    before = np.round(1.0 / (1.0 + np.exp(-np.clip(x[:, :k] @ old, -30, 30))), 3)
    after = np.round(unseen(w, x), 3)
    diff, low, high = paired_difference(docs, before, after, y)
    eces = [reliability(list(zip(p, y)))[1] for p in (before, after)]
    print(f"{label:<28} ECE shipped {eces[0]:.3f}, refit {eces[1]:.3f}; shipped minus refit {diff:+.3f} "
          f"(pages resampled {low:+.3f} to {high:+.3f})")


def unseen_check(w: np.ndarray, corpus: str = UNSEEN_CHECK, old: np.ndarray | None = None) -> float | None:
    """ECE of the model on eval/calib2, pages never fitted on and never read for rules (the fit refuses to
    list it): the figure of how the model does on pages unlike its corpora."""
    if not os.path.isfile(os.path.join(corpus, "gold.jsonl")):
        return None
    rows = examples(corpus)
    if not rows:
        return None
    x, y = design([on for _, on, _ in rows]), np.array([float(ok) for _, _, ok in rows])
    p = unseen(w, x)
    ece = reliability(list(zip(p, y)))[1]
    low, high = page_interval([doc for doc, _, _ in rows], p, y)
    print(f"unseen-page check {os.path.relpath(corpus, ROOT)} (never fitted): {len(y)} events, {y.mean():.3f} right, "
          f"mean confidence {p.mean():.3f}, ECE {ece:.3f} (pages resampled: {low:.3f} to {high:.3f})")
    against_shipped(os.path.relpath(corpus, ROOT), [doc for doc, _, _ in rows], x, y, w, old)
    return ece


def render(w: np.ndarray, corpora: list[str], n: int, share: float, penalty: float) -> str:
    lines = ["# Confidence model of the events stage (detente.events.confidence): feature <TAB> weight.",
             "# A logistic model: confidence = 1 / (1 + exp(-(sum of the weights of the features that are on))).",
             "# Written by scripts/fit_confidence.py; do not edit by hand, refit instead.",
             f"# Fitted on {', '.join(corpora)}: {n} judged events, {share:.3f} of them right;",
             f"# L2 penalty {penalty:g} (least log loss on each corpus held out in turn); corpora weighted and",
             f"# marked tuned or fresh in eval/confidence_corpora.tsv: on tuned corpora the log odds were "
             f"{w[-1]:+.4f} higher,", "# left out here (this model is for pages no rule was tuned on)."]
    lines += [f"{name}\t{value:.4f}" for name, value in zip(confidence.FEATURES, w)]
    return "\n".join(lines) + "\n"


def refuse_unlisted(corpora: list[str], listed: set[str]) -> None:
    """Only the table's corpora are fitted on: a held-out set or a benchmark named by mistake is refused."""
    for corpus in corpora:
        if os.path.realpath(corpus) not in listed or not os.path.exists(os.path.join(corpus, "gold.jsonl")):
            sys.exit(f"fit_confidence: {corpus!r} is not a gold corpus of {os.path.relpath(TABLE, ROOT)}; the model "
                     "is fitted only on the development corpora listed there (never on held-out sets, never on "
                     "the benchmarks in ../shared other than realnews)")


def pooled(corpora: list[str], table: dict[str, tuple[float, bool]]):
    """(documents, design, labels, per-event weights) of the corpora, the fit-only column set for tuned ones."""
    by_path = {os.path.realpath(os.path.join(ROOT, c)): v for c, v in table.items()}
    docs, rows, labels, weights = [], [], [], []
    for corpus in corpora:
        weight, tuned = by_path[os.path.realpath(corpus)]
        for doc, on, ok in examples(corpus):
            docs.append(doc), rows.append(on | ({TUNED} if tuned else set())), labels.append(float(ok))
            weights.append(weight)
    w = np.array(weights)
    return docs, design(rows), np.array(labels), w * len(w) / w.sum() if len(w) else w


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="*")
    ap.add_argument("--check", action="store_true", help="compare with the shipped file, write nothing")
    args = ap.parse_args(argv)
    table = read_table()
    corpora = args.corpora or default_corpora(table)
    refuse_unlisted(corpora, {os.path.realpath(os.path.join(ROOT, c)) for c in table})
    docs, x, y, weight = pooled(corpora, table)
    if not len(y):
        sys.exit("fit_confidence: no judged events in these corpora; nothing to fit")
    penalty, losses = pick_penalty(docs, x, y, weight)
    w = fit(x, y, penalty, weight)
    print("held-out log loss by L2 penalty: " + ", ".join(f"{p:g}: {v:.4f}" for p, v in losses.items()))
    report_by_corpus(docs, x, y, weight, penalty, w)
    old, corpus_of = shipped_model(), np.array([d.rsplit("/", 1)[0] for d in docs])
    print("the refit against the model file it replaces, corpus by corpus:")
    for corpus in corpora:
        on = corpus_of == corpus
        against_shipped(os.path.relpath(corpus, ROOT), list(np.array(docs)[on]), x[on], y[on], w, old)
    if not args.check:
        unseen_check(w, old=old)
    print_table([(round(float(p), 3), bool(o)) for p, o in zip(unseen(w, x), y)], title="reliability on the fitting corpora")
    names = [os.path.relpath(c, ROOT) for c in corpora]  # as the table writes them, wherever the checkout is
    text = render(w, names, len(y), float(y.mean()), penalty)
    if args.check:
        with open(OUTPUT, encoding="utf-8") as fh:
            same = fh.read() == text
        print("the shipped model is up to date" if same else "the shipped model differs from a refit: run the script")
        return 0 if same else 1
    with open(OUTPUT, "w", encoding="utf-8") as fh:
        fh.write(text)
    print(f"wrote {os.path.relpath(OUTPUT, ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
