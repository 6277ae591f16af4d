"""Developer loop: run stages 1–7 in-process on a benchmark folder and score it (no DuckDB, no CLI).

    .venv/bin/python scripts/devscore.py ../shared/seeds [--show-errors] [--no-prefilter] [--ner]

`--ner`: entities from the model's recogniser instead of the rules (the default); `--fast` is accepted
and ignored (it was the rules' flag before they became the default).

The real path is `../shared/bench/run.sh BENCH_DIR` (ingest → export → score); this one skips the
store so stage work can be measured in seconds.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import replace

from detente import pipeline
from detente.export.contract import document_json, event_json
from detente.events.story_dates import date_report_of, page_date_of
from detente.incidents.reports import report_of
from detente.records import CodedArticle, Document, Reject
from detente.runners.local import chunks, code_chunk


USAGE = "usage: devscore.py BENCH_DIR [--show-errors] [--no-prefilter] [--ner]"


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help") or not os.path.isdir(argv[0]):
        print(USAGE if not argv or argv[0].startswith("-") else f"{argv[0]}: no such benchmark folder\n{USAGE}",
              file=sys.stderr)
        return 0 if argv and argv[0] in ("-h", "--help") else 2
    bench = argv[0]
    prefilter, ner = "--no-prefilter" not in argv, "--ner" in argv
    rest = [a for a in argv[1:] if a not in ("--no-prefilter", "--ner", "--fast")]
    events, documents = code_bench(bench, prefilter, ner)
    with tempfile.TemporaryDirectory() as tmp:
        ev_path, doc_path = os.path.join(tmp, "events.jsonl"), os.path.join(tmp, "documents.jsonl")
        with open(ev_path, "w") as evf, open(doc_path, "w") as docf:
            docf.writelines(json.dumps(d) + "\n" for d in documents)
            evf.writelines(json.dumps(e) + "\n" for e in events)
        score = _score_script(bench)
        return subprocess.call([sys.executable, score, "--gold", os.path.join(bench, "gold.jsonl"),
                                "--events", ev_path, "--documents", doc_path, *rest])


def code_bench(bench: str, prefilter: bool = True, ner: bool = False) -> tuple[list[dict], list[dict]]:
    """The exported event and document rows of a benchmark folder, as `detente export` would write them."""
    coded, links = dated_articles(bench, prefilter, ner)
    reports = [report_of(e, c.article, links.get(c.article.doc_id)) for c in coded for e in c.events]
    incident = {e: i.incident_id for i in pipeline.link_incidents(reports) for e in i.event_ids}
    documents = [document_json(c.article, links.get(c.article.doc_id)) for c in coded]
    events = [event_json(replace(e, incident_id=incident[e.event_id]), links.get(c.article.doc_id))
              for c in coded for e in sorted(c.events, key=export_order)]
    return events, documents


def export_order(event) -> tuple:
    """A document's rows in the order `detente export` writes them (store/queries.py: doc_id, trigger_start,
    event_id), not the coder's: the scorer labels a document's rows of one type and pair by their order, so
    the coder's order gave realnews incident F1 0.898 where ../shared/bench/run.sh measures 0.900."""
    return event.doc_id, event.evidence.trigger_start, event.event_id


def dated_articles(bench: str, prefilter: bool = True, ner: bool = False
                   ) -> tuple[list[CodedArticle], dict[str, str]]:
    """The coded articles of a benchmark folder with their events' dates as the story-dates stage leaves
    them, and doc id -> story id (scripts/date_errors.py reads the dates' notes from these)."""
    coded = coded_articles(bench, prefilter, ner)
    links = {l.doc_id: l.story_id for l in pipeline.link_stories(c.fingerprint for c in coded)}
    redated = {r.event_id: r.date for r in pipeline.date_from_stories(
        [page_date_of(c.article, links.get(c.article.doc_id)) for c in coded],
        [date_report_of(e) for c in coded for e in c.events])}
    coded = [replace(c, events=tuple(replace(e, date=redated.get(e.event_id, e.date)) for e in c.events))
             for c in coded]
    return coded, links


def coded_articles(bench: str, prefilter: bool = True, ner: bool = False) -> list[CodedArticle]:
    """Every document of a benchmark folder (texts/ or *.txt), coded in-process; rejects are printed."""
    texts = os.path.join(bench, "texts")
    paths = [texts] if os.path.isdir(texts) else sorted(
        os.path.join(bench, f) for f in os.listdir(bench) if f.endswith(".txt"))
    documents = [d for d in pipeline.read(paths) if isinstance(d, Document)]
    results = [r for part in chunks(documents) for r in code_chunk(part, prefilter, ner)]
    for r in results:
        if isinstance(r, Reject):
            print(f"rejected {r.path}: {r.reason}: {r.detail}", file=sys.stderr)
    return [r for r in results if isinstance(r, CodedArticle)]


def _score_script(bench: str) -> str:
    """The scorer of ../shared beside the checkout, or of the benchmark's own shared folder."""
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    beside_bench = os.path.join(os.path.dirname(os.path.abspath(bench)), "bench", "score.py")
    beside_repo = os.path.join(os.path.dirname(repo), "shared", "bench", "score.py")
    return beside_bench if os.path.exists(beside_bench) else beside_repo


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
