"""Is `confidence` a probability? The reliability table of a gold corpus (benchmark layout: texts/ or
*.txt, and gold.jsonl).

    python scripts/calibration.py BENCH_DIR [BENCH_DIR ...] [--bins 10]
    python scripts/calibration.py BENCH_DIR --events EVENTS.jsonl --documents DOCUMENTS.jsonl
    python scripts/calibration.py BENCH_DIR --cuts    # also what --min-confidence 0.5 / 0.7 / 0.9 keep

Without --events it runs stages 1–5 in-process (as scripts/devscore.py does); with them it reads the
`detente export events/documents --format jsonl` output of a real ingest. The events judged are those
the benchmark scorer judges: both parties known, different states. An event is right when it matches a
gold event of its document (type or an allowed alternative type, same source and target, either order
for AGREE/CONSULT/COOPERATE). The expected calibration error is the row-weighted mean gap between mean
confidence and share right over equal-width bins (the scorer's `calibration_error`). Several corpora are
pooled into one table: one small corpus's error is mostly chance (the figure printed with it says how much),
so the held-out sets read together say more about unseen pages than each alone. In process, the table
ends with the ECE's interval over pages drawn with replacement: a page's events are right or wrong together,
so that interval, not the chance figure, says how far the ECE can be trusted (session 14: realnews 0.059,
5-95 % over its 56 pages 0.044 to 0.084; the resampled ECE runs above the point figure, as any noise adds
to a mean of absolute gaps, so the interval sits above it rather than around it). --model FILE scores another model
file (feature <TAB> weight, as scripts/fit_confidence.py writes it) on the same events, with the shipped
model's ECE minus the other's over the same resampled pages: whether a refit is better beyond the luck of
which pages a corpus holds (session 14: session 13's refit, realnews +0.004 from -0.015 to +0.015, held-out
wire3+5+6+7+11 -0.012 from -0.026 to +0.006: neither its win nor its loss was beyond that luck).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Mapping

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import devscore  # noqa: E402  (the in-process coding every scoring script shares)

SYMMETRIC = {"AGREE", "CONSULT", "COOPERATE"}


def read_gold(bench: str) -> dict[str, list[dict]]:
    """Document file name → its gold events (documents whose gold has no actor codes are left out)."""
    with open(os.path.join(bench, "gold.jsonl"), encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    return {d["doc"]: d["events"] for d in docs
            if any(e.get("source") is not None or e.get("target") is not None for e in d["events"])}


def right(event_type: str, source: str, target: str, gold: Iterable[dict]) -> bool:
    for g in gold:
        if event_type not in {g["type"], *g.get("alt", [])}:
            continue
        if (source, target) == (g.get("source"), g.get("target")):
            return True
        if (g["type"] in SYMMETRIC or event_type in SYMMETRIC) and (target, source) == (g.get("source"), g.get("target")):
            return True
    return False


def coded_documents(bench: str) -> list[tuple[str, tuple]]:
    """(file name, events) of every document of a corpus, coded in-process as scripts/devscore.py does."""
    from detente.runners.local import RunOptions

    # The entity mode of a default ingest (RunOptions.ner), whichever it is: confidence is fitted and read
    # on the events `detente ingest` writes.
    coded = devscore.coded_articles(bench, ner=RunOptions(db="").ner)
    return [(os.path.basename(c.article.path), c.events) for c in coded]


def judged(source: str | None, target: str | None) -> bool:
    """The scorer judges an event only when both parties are known, different states."""
    return bool(source and target and source != target)


def events_in_process(bench: str) -> list[tuple[str, object, tuple, bool]]:
    """(page, event, all events of its page, right) of every judged event, coded in-process."""
    gold = read_gold(bench)
    out = []
    for name, events in coded_documents(bench):
        for e in events:
            s, t = e.source.country, e.target.country if e.target else None
            if name in gold and judged(s, t):
                out.append((f"{bench}/{name}", e, events, right(e.event_type, s, t, gold[name])))
    return out


def pairs_in_process(bench: str) -> list[tuple[float, bool]]:
    return [(e.confidence, ok) for _, e, _, ok in events_in_process(bench)]


def read_model(path: str) -> dict[str, float]:
    """Feature → weight of a model file written by scripts/fit_confidence.py (a copy of an older fit, say)."""
    with open(path, encoding="utf-8") as fh:
        rows = [line.rstrip("\n").split("\t") for line in fh if line.strip() and not line.startswith("#")]
    return {name: float(value) for name, value in rows}


def rescored(rows: list[tuple[str, object, tuple, bool]], model: Mapping[str, float]) -> list[float]:
    """The confidence another model gives each event (rounded as the events stage rounds it)."""
    from detente.events import confidence

    return [round(confidence.probability(confidence.features(e, confidence.context(page)), model), 3)
            for _, e, page, _ in rows]


def pairs_from_export(bench: str, events_path: str, documents_path: str) -> list[tuple[float, bool]]:
    gold = read_gold(bench)
    with open(documents_path, encoding="utf-8") as fh:
        name_of = {d["doc_id"]: os.path.basename(d.get("path") or "") for d in map(json.loads, fh) if d}
    out = []
    with open(events_path, encoding="utf-8") as fh:
        for e in map(json.loads, fh):
            name = name_of.get(e["doc_id"])
            s, t = ((e.get(k) or {}).get("country") for k in ("source", "target"))
            if name in gold and judged(s, t) and isinstance(e.get("confidence"), (int, float)):
                out.append((float(e["confidence"]), right(e["event_type"], s, t, gold[name])))
    return out


def reliability(pairs: list[tuple[float, bool]], bins: int = 10) -> tuple[list[tuple], float | None]:
    """([(low, high, events, mean confidence, share right)], expected calibration error)."""
    groups: dict[int, list[tuple[float, bool]]] = {}
    for conf, ok in pairs:
        groups.setdefault(min(int(conf * bins), bins - 1), []).append((conf, ok))
    rows = [(b / bins, (b + 1) / bins, len(g), sum(c for c, _ in g) / len(g), sum(o for _, o in g) / len(g))
            for b, g in sorted(groups.items())]
    ece = sum(n * abs(mean - share) for _, _, n, mean, share in rows) / len(pairs) if pairs else None
    return rows, ece


def chance_error(pairs: list[tuple[float, bool]], bins: int = 10, draws: int = 200) -> float | None:
    """The expected calibration error a perfectly calibrated confidence would still show on this many
    events (each drawn right with its own confidence; fixed seed): the noise floor of the measure."""
    import random

    rng = random.Random(11)
    if not pairs:
        return None
    total = sum(reliability([(c, rng.random() < c) for c, _ in pairs], bins)[1] for _ in range(draws))
    return total / draws


def page_draws(pages: list[str], draws: int = 500, seed: int = 12) -> list[np.ndarray]:
    """Row indices of `draws` corpora of the same number of pages drawn with replacement (fixed seed)."""
    rng, names = np.random.default_rng(seed), sorted(set(pages))
    rows = {name: np.flatnonzero(np.array(pages) == name) for name in names}
    return [np.concatenate([rows[names[i]] for i in rng.integers(0, len(names), len(names))]) for _ in range(draws)]


def page_interval(pages: list[str], conf, ok, draws: int = 500) -> tuple[float, float]:
    """5th and 95th percentile of the ECE over pages drawn with replacement. A page's events are right or
    wrong together (one misread actor spoils them all), so this interval, not the chance figure of
    independent events, says how far an ECE on a few dozen pages can be trusted."""
    conf, ok = np.asarray(conf, dtype=float), np.asarray(ok, dtype=float)
    eces = [reliability(list(zip(conf[pick], ok[pick])))[1] for pick in page_draws(pages, draws)]
    return float(np.percentile(eces, 5)), float(np.percentile(eces, 95))


def paired_difference(pages: list[str], first, second, ok, draws: int = 500) -> tuple[float, float, float]:
    """ECE of `first` minus ECE of `second` on the same events: the point figure and its 5th and 95th
    percentile over the same resampled pages (positive: `second` is better calibrated). Two fits are
    compared on one draw of pages each time, so the pages both find hard do not widen the interval."""
    first, second, ok = (np.asarray(v, dtype=float) for v in (first, second, ok))

    def gap(pick):
        return reliability(list(zip(first[pick], ok[pick])))[1] - reliability(list(zip(second[pick], ok[pick])))[1]

    diffs = [gap(pick) for pick in page_draws(pages, draws)]
    return gap(np.arange(len(ok))), float(np.percentile(diffs, 5)), float(np.percentile(diffs, 95))


def proper_scores(pairs: list[tuple[float, bool]]) -> tuple[float, float]:
    """(Brier score, mean log loss): unlike the ECE they reward a model that ranks right events above wrong ones,
    and they do not jump when an event crosses a bin edge (session 21: a refit tied on ECE was better on both
    on every corpus it was not fitted on)."""
    conf = np.clip(np.array([c for c, _ in pairs], dtype=float), 1e-6, 1 - 1e-6)
    ok = np.array([float(o) for _, o in pairs])
    return float(np.mean((conf - ok) ** 2)), float(-np.mean(ok * np.log(conf) + (1 - ok) * np.log(1 - conf)))


def cut_rows(pairs: list[tuple[float, bool]], cuts: Iterable[float]) -> list[tuple[float, int, float, float]]:
    """[(cut, events kept, share of them right, share of the right events kept)] for `--min-confidence CUT`:
    what a reader filtering at that probability gets (the precision of what is kept) and what it costs (the right
    events dropped; each is one gold event matched the less, so recall falls by about that share)."""
    total_right = sum(ok for _, ok in pairs)
    out = []
    for cut in cuts:
        kept = [ok for conf, ok in pairs if conf >= cut]
        out.append((cut, len(kept), sum(kept) / len(kept) if kept else 0.0,
                    sum(kept) / total_right if total_right else 0.0))
    return out


def print_cuts(pairs: list[tuple[float, bool]], cuts: Iterable[float] = (0.5, 0.7, 0.9)) -> None:
    print(f"{'cut':>5} {'kept':>6} {'right':>7} {'right events kept':>18}")
    for cut, n, share, kept in cut_rows(pairs, cuts):
        print(f"{cut:>5.2f} {n:>6} {share:>7.3f} {kept:>18.3f}")


def print_table(pairs: list[tuple[float, bool]], bins: int = 10, title: str = "") -> float | None:
    rows, ece = reliability(pairs, bins)
    if title:
        print(title)
    print(f"{'confidence':>12} {'events':>7} {'mean conf':>10} {'right':>7} {'gap':>7}")
    for low, high, n, mean, share in rows:
        print(f"{low:5.2f}–{high:4.2f} {n:>8} {mean:>10.3f} {share:>7.3f} {share - mean:>+7.3f}")
    right_share = sum(o for _, o in pairs) / len(pairs) if pairs else 0.0
    if ece is None:
        print("no events judged")
        return None
    print(f"{len(pairs)} events judged, {right_share:.3f} right, expected calibration error {ece:.3f} "
          f"(a calibrated confidence would show {chance_error(pairs, bins):.3f} by chance on this many events)")
    print("Brier score {:.4f}, log loss {:.4f}".format(*proper_scores(pairs)))
    return ece


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("bench", nargs="+")
    ap.add_argument("--events")
    ap.add_argument("--documents")
    ap.add_argument("--bins", type=int, default=10)
    ap.add_argument("--model", help="another model file to score on the same events (in-process only)")
    ap.add_argument("--cuts", action="store_true", help="also the share right and the right events kept at "
                    "--min-confidence 0.5, 0.7 and 0.9")
    args = ap.parse_args(argv)
    if bool(args.events) != bool(args.documents):
        ap.error("--events and --documents go together")
    if args.events and len(args.bench) > 1:
        ap.error("--events and --documents are one corpus's export: give one BENCH_DIR with them")
    if args.events and args.model:
        ap.error("--model rescores events coded in-process: it does not go with --events")
    missing = [b for b in args.bench if not os.path.isfile(os.path.join(b, "gold.jsonl"))]
    if missing:
        ap.error(f"no gold.jsonl in {', '.join(missing)}: not a gold corpus")
    if args.events:
        pairs = pairs_from_export(args.bench[0], args.events, args.documents)
        print_table(pairs, args.bins, f"reliability of confidence on {args.bench[0]}")
        if args.cuts:
            print_cuts(pairs)
        return 0
    rows = [row for bench in args.bench for row in events_in_process(bench)]
    pages, ok = [page for page, *_ in rows], [row[3] for row in rows]
    shipped = [e.confidence for _, e, _, _ in rows]
    print_table(list(zip(shipped, ok)), args.bins, f"reliability of confidence on {' + '.join(args.bench)}")
    if args.cuts:
        print_cuts(list(zip(shipped, ok)))
    if rows:
        print("ECE over {} pages drawn with replacement, 5-95 %: {:.3f} to {:.3f}".format(
            len(set(pages)), *page_interval(pages, shipped, ok)))
    if args.model and rows:
        other = rescored(rows, read_model(args.model))
        print_table(list(zip(other, ok)), args.bins, f"reliability of {args.model} on the same events")
        print("shipped ECE minus {}'s: {:+.3f} (same pages resampled, 5-95 %: {:+.3f} to {:+.3f})".format(
            args.model, *paired_difference(pages, shipped, other, ok)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
