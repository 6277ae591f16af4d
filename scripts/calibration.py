"""Is `confidence` a probability? The reliability table of a gold corpus (benchmark layout: texts/ or
*.txt, and gold.jsonl).

    python scripts/calibration.py BENCH_DIR [BENCH_DIR ...] [--bins 10]
    python scripts/calibration.py BENCH_DIR --events EVENTS.jsonl --documents DOCUMENTS.jsonl

Without --events it runs stages 1–5 in-process (as scripts/devscore.py does); with them it reads the
`detente export events/documents --format jsonl` output of a real ingest. The events judged are those
the benchmark scorer judges: both parties known, different states. An event is right when it matches a
gold event of its document (type or an allowed alternative type, same source and target, either order
for AGREE/CONSULT/COOPERATE). The expected calibration error is the row-weighted mean gap between mean
confidence and share right over equal-width bins (the scorer's `calibration_error`). Several corpora are
pooled into one table: one small corpus's error is mostly chance (the figure printed with it says how much),
so the held-out sets read together say more about unseen pages than each alone.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable

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


def pairs_in_process(bench: str) -> list[tuple[float, bool]]:
    gold = read_gold(bench)
    out = []
    for name, events in coded_documents(bench):
        for e in events:
            s, t = e.source.country, e.target.country if e.target else None
            if name in gold and judged(s, t):
                out.append((e.confidence, right(e.event_type, s, t, gold[name])))
    return out


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
    return ece


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("bench", nargs="+")
    ap.add_argument("--events")
    ap.add_argument("--documents")
    ap.add_argument("--bins", type=int, default=10)
    args = ap.parse_args(argv)
    if bool(args.events) != bool(args.documents):
        ap.error("--events and --documents go together")
    if args.events and len(args.bench) > 1:
        ap.error("--events and --documents are one corpus's export: give one BENCH_DIR with them")
    missing = [b for b in args.bench if not os.path.isfile(os.path.join(b, "gold.jsonl"))]
    if missing:
        ap.error(f"no gold.jsonl in {', '.join(missing)}: not a gold corpus")
    pairs = (pairs_from_export(args.bench[0], args.events, args.documents) if args.events
             else [p for bench in args.bench for p in pairs_in_process(bench)])
    print_table(pairs, args.bins, f"reliability of confidence on {' + '.join(args.bench)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
