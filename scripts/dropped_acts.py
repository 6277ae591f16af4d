"""How many core misses would a candidate the coder drops have matched? (issue #11: acts per sentence)

    .venv/bin/python scripts/dropped_acts.py BENCH_DIR [--list]

Codes the benchmark three times: as shipped; with no subordinate-clause drop (coder's background rule);
and with, besides, every trigger nested in another coded as a candidate of its own. Prints, per mode, the
core misses of the shipped coder that the mode finds, and the distinct false positives before and after:
an upper bound on what ranking and grouping cost in recall, and the precision they buy. Development sets
only with --list (it names events).
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from devscore import code_bench  # noqa: E402
from miss_classes import extracted_by_doc, gold_pages, opened_bench  # noqa: E402

from detente.events import coder, nesting  # noqa: E402

USAGE = "usage: dropped_acts.py BENCH_DIR [--list]"
SHIPPED_SUBORDINATE, SHIPPED_GROUPING = coder.subordinate, coder.group_hits


def ungrouped(sentence, hits):
    """Every nested trigger as a candidate of its own, besides the shipped candidates."""
    shipped = SHIPPED_GROUPING(sentence, hits)
    return shipped + [nesting.Candidate(h, ()) for c in shipped for h in c.nested]


def coded(bench: str, mode: str, scorer, gold: dict) -> dict[str, list[dict]]:
    coder.subordinate = SHIPPED_SUBORDINATE if mode == "shipped" else (lambda sentence, i: False)
    coder.group_hits = ungrouped if mode == "ungrouped" else SHIPPED_GROUPING
    try:
        return extracted_by_doc(*code_bench(bench), gold, scorer)
    finally:
        coder.subordinate, coder.group_hits = SHIPPED_SUBORDINATE, SHIPPED_GROUPING


def false_positives(gold: dict, extracted: dict[str, list[dict]], scorer) -> int:
    rows = {(n, e["type"], e["source"], e["target"]): e for n, evs in extracted.items() for e in evs}
    return sum(1 for (n, *_), e in rows.items() if not any(scorer.matches(e, ge) for ge in gold.get(n, {}).get("events", [])))


def main(argv: list[str]) -> int:
    if (opened := opened_bench(argv, USAGE)) is None:
        return 2
    bench, scorer = opened
    gold = gold_pages(bench)
    shipped = coded(bench, "shipped", scorer, gold)
    core = [(n, ge) for n, g in gold.items() for ge in g["events"] if ge.get("core", True)]
    missed = [(n, ge) for n, ge in core if not any(scorer.matches(e, ge) for e in shipped.get(n, []))]
    for mode in ("no-subordinate-drop", "ungrouped"):
        found = coded(bench, mode, scorer, gold)
        back = [(n, ge) for n, ge in missed if any(scorer.matches(e, ge) for e in found.get(n, []))]
        print(f"{mode}: {len(back)} of {len(missed)} core misses found; distinct FPs "
              f"{false_positives(gold, shipped, scorer)} -> {false_positives(gold, found, scorer)}")
        if "--list" in argv:
            print("".join(f"  {n}: {ge['type']} {ge.get('source')} {ge.get('target')}\n" for n, ge in back), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
