"""Stage 6b's reads and writes (story dates), a slice of documents at a time: the events of pages without a
publication day of their own, re-dated from their story, are written per slice so that memory is bounded by
a slice, not by the corpus or its largest story (docs/scaling.md, sessions 12-13). Split from store/db.py
(session 14), which had grown past 600 lines.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from detente.records import DateReport, PageDate, Redated
from detente.store import dataset, rows
from detente.store.db import every_event_as, insert_all, opened, schema_sql, transaction

DocRange = tuple[str | None, str | None]  # doc ids [first, end), None: open (the story-dates slices)
ALL_DOCS: DocRange = (None, None)


def page_dates(path: str) -> list[PageDate]:
    """Every stored document's story and own publication date, with the lead paragraph of those without a
    day of their own (the story-dates stage, 6b)."""
    return list(every_event_as(path, rows.PAGE_DATE_SELECT, rows.page_date_from_row))


def date_reports(path: str, docs: DocRange = ALL_DOCS) -> Iterator[DateReport]:
    """Every stored event of a page without a publication day of its own (of the documents in `docs`), with
    the date it was coded with and its sentence, yielded as read: stage 6b keeps only those of pages that
    borrow their story's day. As a list, every undated page's sentences were held at once (at 50,000
    replayed undated documents, 824,500 of them, the largest step of the corpus-level stages:
    benchmarks/memory.py, docs/scaling.md). Consume it whole (the database stays open until then)."""
    where, params = _doc_range("d.doc_id", docs)
    return every_event_as(path, rows.DATE_REPORT_SELECT + (f" AND {where}" if where else ""), rows.date_report_from_row,
                           params=params)


# Events of pages without a day of their own re-dated and written per transaction by stage 6b. In one
# transaction, a real 50,000-document ingest whose 50,000 pages were one story re-dated 787,705 events and
# ran out of the 256 MB write limit (docs/scaling.md): a slice's memory is bounded by this, not by the corpus
# or by its largest story.
STORY_DATE_EVENTS = 20_000


def story_date_slices(path: str, events: int | None = None) -> list[DocRange]:
    """Ranges of doc ids, [first, end) (None: open), that together cover every document, each holding at most
    `events` (STORY_DATE_EVENTS) events of pages without a day of their own (more only when one page has more). A Parquet
    dataset is one range: its dates are one file, replaced whole (dataset.write_event_dates)."""
    if dataset.is_dataset(path):
        return [ALL_DOCS]
    with opened(path, must_exist=False) as con:
        counts = con.execute("SELECT e.doc_id, count(*) FROM events e JOIN documents d USING (doc_id) WHERE "
                             "d.published IS NULL OR d.published_precision IS DISTINCT FROM 'day' "
                             "GROUP BY 1 ORDER BY 1").fetchall()
    starts, held, events = [None], 0, events or STORY_DATE_EVENTS
    for doc_id, n in counts:
        if held and held + n > events:
            starts.append(doc_id)
            held = 0
        held += n
    return list(zip(starts, [*starts[1:], None]))


def _doc_range(column: str, docs: DocRange) -> tuple[str, list[str]]:
    """A WHERE condition (and its parameters) holding `column` in [first, end); '' for every document."""
    conditions = [(f"{column} >= ?", docs[0]), (f"{column} < ?", docs[1])]
    kept = [(sql, value) for sql, value in conditions if value is not None]
    return " AND ".join(sql for sql, _ in kept), [value for _, value in kept]


def write_story_dates(path: str, redated: Iterable[Redated], docs: DocRange = ALL_DOCS) -> None:
    """Set the dates stage 6b re-resolved for the events of the documents in `docs`, in one transaction: an
    event's coded date is kept in coded_dates the first time it changes (an event row is never rewritten,
    so that is the date it was coded with), and an event of those documents that no longer borrows its
    story's day gets it back. The result depends only on `redated`, whatever an earlier or interrupted run
    left; a run over the slices of story_date_slices leaves the rows one call over every document does."""
    redated = list(redated)
    if dataset.is_dataset(path):
        return dataset.write_event_dates(path, [rows.event_date_row(r) for r in redated], schema_sql())
    where, params = _doc_range("doc_id", docs)
    mine = f" AND event_id IN (SELECT event_id FROM events WHERE {where})" if where else ""
    with transaction(path) as con:
        con.execute(f"CREATE TEMP TABLE new_dates ({', '.join(c + ' VARCHAR' for c in rows.EVENT_DATE_COLUMNS[:-1])}, "
                    "date_start DATE)")
        insert_all(con, "new_dates", rows.EVENT_DATE_COLUMNS, map(rows.event_date_row, redated), mode="")
        con.execute("INSERT OR IGNORE INTO coded_dates SELECT e.event_id, e.date, e.date_precision, e.date_source, "
                    "e.date_note FROM events e JOIN new_dates USING (event_id)")
        con.execute("CREATE TEMP TABLE restored AS SELECT event_id FROM coded_dates WHERE event_id NOT IN "
                    f"(SELECT event_id FROM new_dates){mine}", params)
        con.execute("UPDATE events SET date = c.date, date_precision = c.date_precision, date_source = c.date_source, "
                    "date_note = c.date_note, date_start = " + rows.DATE_START.format("c.date") + " FROM coded_dates c "
                    "WHERE events.event_id = c.event_id AND c.event_id IN (SELECT event_id FROM restored)")
        con.execute("DELETE FROM coded_dates WHERE event_id IN (SELECT event_id FROM restored)")
        con.execute("UPDATE events SET date = n.date, date_precision = n.date_precision, date_source = n.date_source, "
                    "date_note = n.date_note, date_start = n.date_start FROM new_dates n "
                    "WHERE events.event_id = n.event_id AND (events.date_source IS DISTINCT FROM n.date_source "
                    "OR events.date_note IS DISTINCT FROM n.date_note OR events.date IS DISTINCT FROM n.date "
                    "OR events.date_precision IS DISTINCT FROM n.date_precision)")  # a rerun rewrites nothing
        con.execute("DROP TABLE new_dates")
        con.execute("DROP TABLE restored")
