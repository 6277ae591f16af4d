"""Count a benchmark's errors by class: where do the missed core events and the false positives go wrong?

    .venv/bin/python scripts/miss_classes.py BENCH_DIR [--ner] [--list]

Prints counts only, so it may be run on held-out sets (their texts and gold stay unread): it says whether
a set's misses are mostly wrong types, wrong states for one side, or parties never coded at all, which is
what decides where rule work should go. `--list` adds one line per error (development sets only).
Matching is the scorer's own (`../shared/bench/score.py`), imported, not copied.
"""
from __future__ import annotations

import importlib.util
import json
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from devscore import _score_script, code_bench  # noqa: E402

USAGE = "usage: miss_classes.py BENCH_DIR [--ner] [--list]"


def main(argv: list[str]) -> int:
    if (opened := opened_bench(argv, USAGE)) is None:
        return 2
    bench, scorer = opened
    events, documents = code_bench(bench, ner="--ner" in argv)
    gold = gold_pages(bench)
    extracted = extracted_by_doc(events, documents, gold, scorer)
    misses, fps, statuses, by_type = Counter(), Counter(), Counter(), Counter()
    listing = []
    for name, g in gold.items():
        evs = extracted.get(name, [])
        for ge in (ge for ge in g["events"] if ge.get("core", True)):
            hits = [e for e in evs if scorer.matches(e, ge)]
            if hits:
                statuses[_status_class(ge, hits)] += 1
                continue
            cls = miss_class(ge, evs, scorer)
            misses[cls] += 1
            by_type[_type_class(ge, evs, g, scorer)] += 1
            listing.append(f"{name}: MISS [{cls}] {ge['type']} {ge.get('source')} {ge.get('target')} "
                           f"({ge.get('note', '')})")
        for e in _distinct(evs):
            cls = fp_class(e, g, scorer)
            if cls:
                fps[cls] += 1
                listing.append(f"{name}: FP [{cls}] {e['type']} {e['source']} {e['target']}")
    _print_table("core misses", misses)
    _print_table("false positives", fps)
    _print_table("core misses by gold type (-> the wrong type coded for the pair, if any)", by_type)
    _print_table("status of found core events (gold -> extracted)", statuses)
    if "--list" in argv:
        print("\n".join(listing))
    return 0


def miss_class(gold_event: dict, extracted: list[dict], scorer) -> str:
    """Why no extracted event matches this core gold event, from the nearest extracted event."""
    gs, gt, types = gold_event.get("source"), gold_event.get("target"), {gold_event["type"], *gold_event.get("alt", [])}
    pair = {gs, gt}
    same_type = [e for e in extracted if e["type"] in types]
    if any((e["source"], e["target"]) == (gt, gs) for e in same_type):
        return "type right, direction reversed"
    if any(e["source"] in pair or e["target"] in pair for e in same_type):
        return "type right, one side another state"
    if any({e["source"], e["target"]} == pair for e in extracted):
        on_page = {e["type"] for e in extracted}
        return "pair right, type elsewhere on the page" if types & on_page else "pair right, type nowhere on the page"
    if any(e["source"] in pair or e["target"] in pair for e in extracted):
        return "a party coded elsewhere, not this act"
    return "neither party in any event of the page"


def fp_class(event: dict, gold: dict, scorer) -> str | None:
    """None for a true positive; otherwise what the false positive gets wrong."""
    if any(scorer.matches(event, ge) for ge in gold["events"]):
        return None
    pair = frozenset((event["source"], event["target"]))
    if pair in {frozenset(l["actors"]) for l in gold.get("leaks", [])}:
        return "leak from page furniture"
    gold_pairs = {frozenset((ge.get("source"), ge.get("target"))) for ge in gold["events"]}
    if pair in gold_pairs:
        return "gold pair, type not in gold"
    if any(pair & p for p in gold_pairs):
        return "one side of a gold pair, other side not"
    return "pair not in gold"


def _type_class(gold_event: dict, extracted: list[dict], gold: dict, scorer) -> str:
    """The missed gold type, and the false-positive types coded for its pair on the page (a confusion)."""
    pair = {gold_event.get("source"), gold_event.get("target")}
    wrong = sorted({e["type"] for e in extracted if {e["source"], e["target"]} == pair
                    and not any(scorer.matches(e, ge) for ge in gold["events"])})
    return f"{gold_event['type']} -> {'/'.join(wrong)}" if wrong else f"{gold_event['type']} (no wrong type for the pair)"


def _status_class(gold_event: dict, hits: list[dict]) -> str:
    want = gold_event.get("status", "asserted")
    if any(e["status"] == want for e in hits):
        return "agrees"
    return f"{want} -> {hits[0]['status']}"


def extracted_by_doc(events: list[dict], documents: list[dict], gold: dict, scorer) -> dict[str, list[dict]]:
    doc_of = {d["doc_id"]: os.path.basename(str(d.get("path") or "")) for d in documents}
    out: dict[str, list[dict]] = {}
    for e in events:
        row = {"type": e.get("event_type"), "status": e.get("status"),
               "source": scorer.country(e.get("source")), "target": scorer.country(e.get("target"))}
        name = doc_of.get(e.get("doc_id"), "")
        if _type_only(gold.get(name)) or row["source"] and row["target"] and row["source"] != row["target"]:
            out.setdefault(name, []).append(row)
    return out


def _type_only(page: dict | None) -> bool:
    """A page whose gold names no parties (the sentence benchmarks) is scored on type alone, over every row
    (as score.py does): keeping only interstate rows counted cameo_examples' found types as misses."""
    return bool(page) and all(ev.get("source") is None and ev.get("target") is None for ev in page["events"])


def _distinct(events: list[dict]) -> list[dict]:
    """One row per (type, source, target), as the scorer counts precision."""
    return list({(e["type"], e["source"], e["target"]): e for e in events}.values())


def is_bench(argv: list[str]) -> bool:
    """The first argument is a benchmark folder with its gold (texts/ or *.txt, and gold.jsonl)."""
    return bool(argv) and os.path.isdir(argv[0]) and os.path.exists(os.path.join(argv[0], "gold.jsonl"))


def opened_bench(argv: list[str], usage: str):
    """(benchmark folder, its scorer module) of a script's command line; None after printing `usage` when
    the first argument is no benchmark folder with a gold.jsonl."""
    if not is_bench(argv):
        print(usage, file=sys.stderr)
        return None
    return argv[0], load_scorer(argv[0])


def gold_pages(bench: str) -> dict[str, dict]:
    """Document file name → its gold line (story, events) from the benchmark's gold.jsonl."""
    with open(os.path.join(bench, "gold.jsonl"), encoding="utf-8") as fh:
        return {(page := json.loads(line))["doc"]: page for line in fh if line.strip()}


def load_scorer(bench: str):
    spec = importlib.util.spec_from_file_location("bench_score", _score_script(bench))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _print_table(title: str, counts: Counter) -> None:
    total = sum(counts.values())
    print(f"{title}: {total}")
    for cls, n in counts.most_common():
        print(f"  {n:4d}  {n / total:5.1%}  {cls}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
