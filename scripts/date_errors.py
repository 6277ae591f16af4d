"""List the date disagreements of a development benchmark: found core gold events none of whose matching
extracted events carries the gold date (the scorer's date agreement, imported, not copied).

    .venv/bin/python scripts/date_errors.py BENCH_DIR [--ner]

One block per disagreement: the gold event and date, the page's publication date, and each matching
extracted event's date, precision, source, note and sentence, so the error can be put in a class
(docs/quality.md, "Event dates"). Prints the texts' sentences: development sets only, never held-out ones.
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from devscore import dated_articles  # noqa: E402
from miss_classes import gold_pages, opened_bench  # noqa: E402

USAGE = "usage: date_errors.py BENCH_DIR [--ner]"


def main(argv: list[str]) -> int:
    if (opened := opened_bench(argv, USAGE)) is None:
        return 2
    bench, scorer = opened
    coded, _ = dated_articles(bench, ner="--ner" in argv)
    by_name = {os.path.basename(c.article.path or ""): c for c in coded}
    dated = wrong = 0
    for g in gold_pages(bench).values():
        article = by_name.get(g["doc"])
        rows = [(_row(e, scorer), e) for e in (article.events if article else ())]
        for ge in (ge for ge in g["events"] if ge.get("core", True) and ge.get("date")):
            hits = [e for row, e in rows if row["source"] and row["target"] and row["source"] != row["target"] and scorer.matches(row, ge)]
            if not hits:
                continue
            dated += 1
            if any(scorer.date_agrees(e.date.value, ge["date"]) for e in hits):
                continue
            wrong += 1
            _print(g["doc"], ge, article, hits)
    print(f"{wrong} of {dated} dated core events found with no agreeing date")
    return 0


def _row(event, scorer) -> dict:
    return {"type": event.event_type, "source": scorer.country(_actor(event.source)),
            "target": scorer.country(_actor(event.target))}


def _actor(actor) -> dict | None:
    return {"country": actor.country} if actor is not None else None


def _print(name: str, gold_event: dict, article, hits: list) -> None:
    pub = article.article.published
    print(f"{name}: {gold_event['type']} {gold_event.get('source')} {gold_event.get('target')} gold {gold_event['date']}"
          f" | page {pub.value} ({pub.source}) | {gold_event.get('note', '')}")
    for e in hits:
        print(f"    {e.date.value} [{e.date.precision}/{e.date.source}] {e.date.note}")
        print(f"      > {e.evidence.sentence[:300]}")
        print(f"      trigger {e.evidence.trigger!r} at {e.evidence.trigger_start - e.evidence.start}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
