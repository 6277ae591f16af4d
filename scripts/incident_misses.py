"""Diagnostic: the gold incidents a stored database splits, and the stored incidents that merge gold ones.

    .venv/bin/python scripts/incident_misses.py DB BENCH_DIR [--score ../shared/bench/score.py]
    PYTHONPATH=src .venv/bin/python scripts/incident_misses.py BENCH_DIR [--score ...]

Event rows are matched to gold events as the benchmark scorer does (its own functions, per document,
rows in export order), then every gold incident reported by more than one stored incident is listed
with its rows (document, type, parties, date, date source and note, story, trigger and sentence when
coded in-process), and every stored incident holding rows of more than one gold incident. With a
benchmark folder alone, its pages are coded in-process as scripts/devscore.py does (no ingest).

A row marked "order k" is one of a document's rows of a type and pair that k gold events of that
document share: the scorer gives such rows those events in row order (the first row the first event,
the next row the next one, then the one whose date agrees), not by what they say. A headline and a
lead telling one act then carry two gold labels, and a merge or split of such rows says little about
the grouping (issue #12, session 12: most wire4 and wire9 merges of one type, pair and day).
Only for benchmarks whose gold has incident ids; do not run it on a held-out corpus to write rules from.
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


def stored_rows(db: str) -> list[dict]:
    """The event rows of a stored database, in export order."""
    con = duckdb.connect(db, read_only=True)
    names = [c[0] for c in con.execute(ROWS).description]
    rows = [dict(zip(names, row)) for row in con.execute(ROWS).fetchall()]
    con.close()
    return rows


def coded_rows(bench: str) -> list[dict]:
    """The same rows for a benchmark folder coded in-process (scripts/devscore.py's stages), with each
    row's trigger and sentence besides."""
    import devscore
    from detente import pipeline
    from detente.incidents.reports import report_of
    coded, links = devscore.dated_articles(bench)
    reports = [report_of(e, c.article, links.get(c.article.doc_id)) for c in coded for e in c.events]
    incident = {e: i.incident_id for i in pipeline.link_incidents(reports) for e in i.event_ids}
    rows = [dict(doc_id=e.doc_id, path=c.article.path, story_id=links.get(c.article.doc_id), event_id=e.event_id,
                 event_type=e.event_type, status=e.status, date=e.date.value, date_source=e.date.source,
                 date_note=e.date.note, source_country=e.source.country,
                 target_country=e.target.country if e.target else None, incident_id=incident[e.event_id],
                 sentence_idx=e.evidence.sentence_index, trigger=e.evidence.trigger,
                 sentence=e.evidence.sentence, trigger_start=e.evidence.trigger_start)
            for c in coded for e in c.events]
    return sorted(rows, key=lambda r: (r["doc_id"], r["trigger_start"], r["event_id"]))


def matched_rows(rows: list[dict], gold_path: str, score) -> list[tuple[str, dict]]:
    """(gold incident, row) for each interstate row that matches a gold event; `order` on each row is
    how many gold events with incident ids of its document it matches (above 1: labelled by row order)."""
    gold = {g["doc"]: g for g in score.read_jsonl(gold_path)}
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        r = dict(row, type=row["event_type"], source=row["source_country"], target=row["target_country"])
        by_doc[os.path.basename(r["path"])].append(r)
    out = []
    for name, g in gold.items():
        used: set[int] = set()
        for r in by_doc.get(name, []):
            if not (r["source"] and r["target"] and r["source"] != r["target"]):
                continue
            hit = score.gold_event_of(r, g["events"], used)
            if hit is not None and hit.get("incident"):
                order = sum(1 for ge in g["events"] if ge.get("incident") and score.matches(r, ge))
                out.append((f"{g.get('story')}/{hit['incident']}",
                            dict(r, doc=name, gold_date=hit.get("date"), gold_incident=hit["incident"], order=order)))
    return out


def _line(r: dict) -> str:
    return (f"    {r['doc']:<34} {r['type']:<9} {r['source']}->{r['target']} {str(r['date']):<10} "
            f"(gold {r['gold_date']} {r.get('gold_incident', '')}) {r['date_source']:<11} inc={r['incident_id'][:9]} story={str(r['story_id'])[:9]} "
            f"s{r['sentence_idx']}{_order(r)} | {r['date_note'][:90]}"
            + (f"\n      '{r['trigger']}': {r['sentence'][:160]}" if r.get("sentence") else ""))


def _order(r: dict) -> str:
    """' order k' when the scorer labelled the row by its place among k gold events (see the docstring)."""
    return f" order {r['order']}" if r.get("order", 1) > 1 else ""


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
    by_order = sum(1 for i in merged if _by_order(i, pairs))
    lines.append(f"{len(merged)} stored incidents merge gold ones ({by_order} only by the scorer's row order):")
    for incident, golds in sorted(merged.items()):
        lines.append(f"  {incident[:9]}: {', '.join(sorted(golds))}" + (" (row order)" if _by_order(incident, pairs) else ""))
        lines += [_line(r) for gold, r in pairs if r["incident_id"] == incident]
    return "\n".join(lines)


def _by_order(incident: str, pairs: list[tuple[str, dict]]) -> bool:
    """Whether each gold incident the stored one merges is told by its rows only in documents where the
    scorer labels them by row order, and in a document shared with another of the merged gold incidents."""
    rows = [(gold, r) for gold, r in pairs if r["incident_id"] == incident]
    docs: dict[str, set[str]] = defaultdict(set)
    for gold, r in rows:
        docs[r["doc"]].add(gold)
    return all(r.get("order", 1) > 1 and len(docs[r["doc"]]) > 1 for _, r in rows)


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    if "--score" in argv:
        args.remove(argv[argv.index("--score") + 1])
    if not args or len(args) > 2 or not os.path.isdir(args[-1]):
        print(__doc__, file=sys.stderr)
        return 2
    bench = args[-1]
    here = os.path.dirname(os.path.abspath(__file__))
    score_path = argv[argv.index("--score") + 1] if "--score" in argv else \
        os.path.join(here, "..", "..", "shared", "bench", "score.py")
    if not os.path.exists(score_path):
        print(f"no scorer at {score_path}: give --score PATH", file=sys.stderr)
        return 3
    sys.path.insert(0, here)
    rows = stored_rows(args[0]) if len(args) == 2 else coded_rows(bench)
    print(report(matched_rows(rows, os.path.join(bench, "gold.jsonl"), _scorer(score_path))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
