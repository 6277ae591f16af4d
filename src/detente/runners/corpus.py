"""The end of every ingest: the corpus-level stages over everything stored.

First the batches the run staged move into the keyed tables (store.merge_staged), then 6 stories, 6b
story dates (a page without a publication day dated by its story), 7 incidents (which read the story and
date of each event), 8 agreements, so stories and incidents span runs and their ids do not depend on
order. Both engines end their ingest here, after their workers have exited: checking the keys (the whole
index of every stored event) no longer adds to two models' worth of memory (docs/scaling.md, Memory).

Each stage reads what it needs from the database and writes its result back, so on a large corpus each
runs in a fresh process of its own (`ISOLATE_EVENTS`). Run one after the other in one process, a stage
starts from what the ones before it left behind: DuckDB's buffers and the heap pages glibc keeps after
the merge (which peaked at 737 MB at 50,000 replayed documents) under the next stage's own peak, so the
process reached 1,126 MB there (benchmarks/memory.py). A fresh process starts from its imports.
"""
from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
from collections.abc import Callable

from detente import pipeline, store
from detente.errors import StoreError
from detente.runners.orphans import exit_with_parent

# Stored and staged events from which each stage runs in a process of its own. A fresh process costs
# about a second and its own imports and DuckDB (about 120 MB), and the parent keeps its own heap (about
# 220 MB after the writes) beside it, so on a small corpus it loses: at 10,000 replayed documents (164,900
# events) the stages peaked at 476 MB in one process against 587 MB in fresh ones; at 50,000 (824,500)
# the leftovers decide (benchmarks/memory.py, docs/scaling.md). Between the two, about 15,000 documents.
ISOLATE_EVENTS = 250_000

OnStage = Callable[[str], None]  # told each stage's name as it starts (benchmarks/memory.py)


def merge(db: str) -> None:
    store.merge_staged(db)


def link_stories(db: str) -> None:
    store.write_stories(db, pipeline.link_stories(store.fingerprints(db)))


def date_stories(db: str) -> None:
    """Re-dated and written a slice of documents at a time (store.story_date_slices): memory bounded by the
    slice, not by the corpus or its largest story; every slice sees every page, for the stories' days."""
    pages = store.page_dates(db)
    for docs in store.story_date_slices(db):
        store.write_story_dates(db, pipeline.date_from_stories(pages, store.date_reports(db, docs)), docs)


def link_incidents(db: str) -> None:
    """Grouped and written a slice of stories at a time (store.incident_slices: stories that cannot share an
    incident with another slice's): memory bounded by the slice, not by the corpus (docs/scaling.md)."""
    for stories in store.incident_slices(db):
        store.write_incident_slice(db, pipeline.link_incidents(store.slice_reports(db, stories)), stories)
    store.drop_stale_incidents(db)


def follow_agreements(db: str) -> None:
    store.write_agreements(db, pipeline.follow_agreements(store.agreement_reports(db)))


STAGES: tuple[tuple[str, Callable[[str], None]], ...] = (
    ("merge", merge), ("stories", link_stories), ("story dates", date_stories),
    ("incidents", link_incidents), ("agreements", follow_agreements))


def link_corpus(db: str, on_stage: OnStage | None = None, isolate: bool | None = None) -> None:
    """Run the corpus-level stages over `db` in order. `isolate`: each in a fresh process (default: when
    the database holds at least ISOLATE_EVENTS events, staged ones included). The rows are the same."""
    if isolate is None:
        isolate = stored_events(db) >= ISOLATE_EVENTS
    for name, stage in STAGES:
        if on_stage is not None:
            on_stage(name)
        try:
            if isolate:
                in_fresh_process(name, stage, db)
            else:
                stage(db)
        except StoreError as exc:  # say where: session 11's out-of-memory error at 50,000 documents named no step
            raise type(exc)(f"{exc} (in the end-of-run stage '{name}')") from exc


def stored_events(db: str) -> int:
    """Events in the keyed tables and in staging (a Parquet dataset has no staging)."""
    staged = "" if store.is_dataset(db) else " + (SELECT count(*) FROM staging.events)"
    with store.opened(db, read_only=store.is_dataset(db), must_exist=False) as con:
        return con.execute(f"SELECT (SELECT count(*) FROM events){staged}").fetchone()[0]


def in_fresh_process(name: str, stage: Callable[[str], None], db: str) -> None:
    """`stage(db)` in a spawned process (a clean heap, not a fork of this one), which exits when it is done.
    Its errors are raised here; a process that dies (killed, out of memory) is a StoreError that says
    which stage: every stage commits whole transactions, so running the ingest again finishes the work."""
    spawn = multiprocessing.get_context("spawn")
    with cf.ProcessPoolExecutor(1, mp_context=spawn, initializer=exit_with_parent) as pool:  # no orphan if killed
        try:
            pool.submit(stage, db).result()
        except cf.process.BrokenProcessPool as exc:
            raise StoreError(f"{db}: the process of the corpus-level stage '{name}' died (killed, or out of "
                             "memory?); what it had not committed is not stored: run the same ingest again to "
                             "finish it") from exc
