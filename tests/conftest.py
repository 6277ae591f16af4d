"""Shared test helpers: paths to ../shared and small hand-built records."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from detente import ids
from detente.records import (Actor, Article, CodedArticle, DateInfo, Event, Evidence, Segment)

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DETENTE_SHARED", REPO.parent / "shared"))
SEEDS = SHARED / "seeds"
BENCH = SHARED / "bench"


def need_shared() -> None:
    if not (SEEDS / "gold.jsonl").exists():
        pytest.skip(f"{SHARED} (seeds and benchmarks) is not beside the repository")


def make_article(text: str, doc: str | None = None, published: str | None = "2024-03-05") -> Article:
    doc = doc or ids.doc_id(text)
    date = DateInfo(published, "day", "metadata") if published else DateInfo(None)
    return Article(doc, f"{doc}.txt", None, "text", text, (Segment(0, "body", 0, len(text)),), date)


def make_event(article: Article, event_type: str = "AGREE", source: str = "KEN", target: str = "TZA",
               date: str | None = "2024-03-05") -> Event:
    trigger = article.text.find(" ") + 1
    ev = Evidence("body", 0, 0, article.text, 0, len(article.text), "x", trigger, trigger + 1)
    return Event(ids.event_id(article.doc_id, trigger, event_type, source, target), article.doc_id, event_type,
                 None, None, "asserted", DateInfo(date, "day" if date else "none", "sentence"),
                 Actor("Kenya", source, "GOV"), Actor("Tanzania", target, "GOV"), None, "officials said",
                 "anonymous", 0.9, ev, "test")


def make_coded(text: str, events: int = 1) -> CodedArticle:
    from detente.stories import fingerprint

    article = make_article(text)
    evs = tuple(make_event(article, t) for t in ("AGREE", "CONSULT", "AID")[:events])
    return CodedArticle(article, 1, 1, evs, fingerprint(article))


def ingest_articles(folder: Path, articles: list[dict]) -> str:
    """Write invented articles as one JSONL dump in `folder`, ingest it with one worker, return the database path
    (the golden tests of incidents and agreements read what a user's `detente ingest` would store)."""
    import json

    from detente.runners.local import RunOptions, run_ingest
    path = folder / "wire.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    db = str(folder / "golden.duckdb")
    run_ingest([str(path)], RunOptions(db=db, workers=1))
    return db

