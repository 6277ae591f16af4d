"""Diagnostic: the gold incidents a stored database splits, and the stored incidents that merge gold ones.

    .venv/bin/python scripts/incident_misses.py DB BENCH_DIR [--score ../shared/bench/score.py]

Event rows are matched to gold events as the benchmark scorer does (its own functions, per document,
rows in export order), then every gold incident reported by more than one stored incident is listed
with its rows (document, type, parties, date, date source and note, story), and every stored incident
holding rows of more than one gold incident. Only for benchmarks whose gold has incident ids
(../shared/bench/realnews); do not run it on a held-out corpus to write rules from.
"""
from __future__ import annotations

import importlib.util
import json
import os
import sys
from collections import defaultdict

import duckdb

ROWS = """SELECT e.doc_id, d.path, s.story_id, e.event_id, e.event_type, e.status, e.date, e.date_source,
    e.date_note, e.source_country, e.target_country, e.incident_id, e.sentence_idx
    FROM events e JOIN documents d USING (doc_id) LEFT JOIN stories s USING (doc_id)
    ORDER BY e.doc_id, e.trigger_start, e.event_id"""


def _scorer(path: str):
    spec = importlib.util.spec_from_file_location("bench_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def matched_rows(db: str, gold_path: str, score) -> list[tuple[str, dict]]:
    """(gold incident, stored row) for each stored interstate row that matches a gold event."""
    gold = {g["doc"]: g for g in score.read_jsonl(gold_path)}
    con = duckdb.connect(db, read_only=True)
    names = [c[0] for c in con.execute(ROWS).description]
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for row in con.execute(ROWS).fetchall():
        r = dict(zip(names, row))
        r.update(type=r["event_type"], source=r["source_country"], target=r["target_country"])
        by_doc[os.path.basename(r["path"])].append(r)
    con.close()
    out = []
    for name, g in gold.items():
        used: set[int] = set()
        for r in by_doc.get(name, []):
            if not (r["source"] and r["target"] and r["source"] != r["target"]):
                continue
            hit = score.gold_event_of(r, g["events"], used)
            if hit is not None and hit.get("incident"):
                out.append((f"{g.get('story')}/{hit['incident']}", dict(r, doc=name, gold_date=hit.get("date"))))
    return out


def _line(r: dict) -> str:
    return (f"    {r['doc']:<34} {r['type']:<9} {r['source']}->{r['target']} {str(r['date']):<10} "
            f"(gold {r['gold_date']}) {r['date_source']:<11} inc={r['incident_id'][:9]} story={str(r['story_id'])[:9]} "
            f"s{r['sentence_idx']} | {r['date_note'][:90]}")


def report(pairs: list[tuple[str, dict]]) -> str:
    by_gold: dict[str, list[dict]] = defaultdict(list)
    by_stored: dict[str, set[str]] = defaultdict(set)
    for gold, r in pairs:
        by_gold[gold].append(r)
        by_stored[r["incident_id"]].add(gold)
    lines = []
    split = {g: rs for g, rs in by_gold.items() if len({r["incident_id"] for r in rs}) > 1}
    lines.append(f"{len(split)} of {len(by_gold)} gold incidents split:")
    for gold, rs in sorted(split.items()):
        lines.append(f"  {gold}: {len({r['incident_id'] for r in rs})} stored incidents")
        lines += [_line(r) for r in sorted(rs, key=lambda r: (r["incident_id"], r["doc"]))]
    merged = {i: gs for i, gs in by_stored.items() if len(gs) > 1}
    lines.append(f"{len(merged)} stored incidents merge gold ones:")
    for incident, golds in sorted(merged.items()):
        lines.append(f"  {incident[:9]}: {', '.join(sorted(golds))}")
        lines += [_line(r) for gold, r in pairs if r["incident_id"] == incident]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    db, bench = argv[0], argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    score_path = argv[argv.index("--score") + 1] if "--score" in argv else \
        os.path.join(here, "..", "..", "shared", "bench", "score.py")
    if not os.path.exists(score_path):
        print(f"no scorer at {score_path}: give --score PATH", file=sys.stderr)
        return 3
    print(report(matched_rows(db, os.path.join(bench, "gold.jsonl"), _scorer(score_path))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
