"""Stage 6b in the store: story dates are written by idempotent updates, and the coded date comes back."""
from __future__ import annotations

from pathlib import Path

from detente import pipeline, store
from detente.runners import corpus
from detente.runners.local import RunOptions, link_corpus, run_ingest
from detente.store import story_date_io as store_db

LEAD = """Ruritania and Freedonia agree to reopen their border after talks in Geneva

{dateline}The foreign ministers of Ruritania and Freedonia met in Geneva on Tuesday and agreed to reopen the border \
crossings closed since the dispute over river water last year.

Ruritania's foreign minister said the two governments would restore flights between their capitals, and Freedonia \
pledged to release fishermen detained in the border lake.

The talks, mediated by Switzerland, were the first between the two ministers in three years.
"""


def write_story(folder: Path) -> list[str]:
    """Three invented pages of one story: two with a date line (6 and 8 March 2024), one without."""
    folder.mkdir(exist_ok=True)
    for name, dateline in (("a", "March 6, 2024\n\n"), ("b", "March 8, 2024\n\n"), ("c", "")):
        (folder / f"{name}.txt").write_text(LEAD.format(dateline=dateline), encoding="utf-8")
    return [str(folder)]


def dates(db: str) -> list[tuple]:
    with store.opened(db, read_only=True) as con:
        return con.execute("SELECT e.event_id, d.path, e.date, e.date_precision, e.date_source, e.date_note, "
                           "e.date_start, e.incident_id FROM events e JOIN documents d USING (doc_id) ORDER BY 1"
                           ).fetchall()


def coded(db: str) -> list[tuple]:
    with store.opened(db, read_only=True) as con:
        return con.execute("SELECT * FROM coded_dates ORDER BY event_id").fetchall()


def test_the_undated_page_takes_its_storys_day_and_a_rerun_changes_nothing(tmp_path):
    db = str(tmp_path / "story.duckdb")
    run_ingest(write_story(tmp_path / "in"), RunOptions(db=db, workers=1))
    first = dates(db)
    undated = [r for r in first if r[1].endswith("c.txt")]
    assert undated and all(r[2] == "2024-03-05" and r[4] == "story" for r in undated)
    assert all(str(r[6]) == "2024-03-05" for r in undated)  # date_start follows
    assert all(r[4] != "story" for r in first if not r[1].endswith("c.txt"))
    # one meeting, reported by three outlets: one incident for each act whatever page dated it
    assert len({r[7] for r in undated}) == len({r[7] for r in first if r[1].endswith("a.txt")})
    kept = coded(db)
    assert sorted(r[0] for r in kept) == sorted(r[0] for r in undated) and all(r[3] == "none" for r in kept)

    link_corpus(db)  # the corpus-level stages again (a rerun, or a run restarted after a kill)
    assert dates(db) == first and coded(db) == kept


def test_an_event_that_no_longer_borrows_a_day_gets_its_coded_date_back(tmp_path):
    db = str(tmp_path / "story.duckdb")
    run_ingest(write_story(tmp_path / "in"), RunOptions(db=db, workers=1))
    first = dates(db)
    store.write_story_dates(db, [])  # as when the page's story had lost its dated pages
    restored = {r[0]: r for r in dates(db)}
    assert coded(db) == []
    assert all(restored[r[0]][2] is None and restored[r[0]][4] == "none" and restored[r[0]][6] is None
               for r in first if r[1].endswith("c.txt"))
    link_corpus(db)
    assert [r[:7] for r in dates(db)] == [r[:7] for r in first]


def test_the_undated_pages_events_are_streamed_not_held(tmp_path):
    """Stage 6b reads every event of an undated page with its sentence; store.date_reports yields them as
    read (a list held them all: the largest step of the corpus-level stages at 50,000 documents)."""
    db = str(tmp_path / "story.duckdb")
    run_ingest(write_story(tmp_path / "in"), RunOptions(db=db, workers=1))
    found = store.date_reports(db)
    assert iter(found) is found  # an iterator, not a list
    undated = [r for r in dates(db) if r[1].endswith("c.txt")]
    reports = list(found)
    assert sorted(r.event_id for r in reports) == sorted(r[0] for r in undated)
    assert all(r.sentence and r.coded.source == "none" for r in reports)  # the date it was coded with


def test_a_yearless_date_line_is_read_from_the_store_and_dates_its_page(tmp_path):
    # session 13: the store's page dates carry the date line before the lead paragraph, as page_date_of does
    folder = tmp_path / "in"
    write_story(folder)
    (folder / "d.txt").write_text(LEAD.format(dateline="GENEVA, March 9 (Wire) - ").replace("on Tuesday", "yesterday"),
                                  encoding="utf-8")
    db = str(tmp_path / "story.duckdb")
    run_ingest([str(folder)], RunOptions(db=db, workers=1))
    lines = {p.doc_id: p.line for p in store.page_dates(db)}
    assert "GENEVA, March 9 (Wire) - " in lines.values()
    lined = [r for r in dates(db) if r[1].endswith("d.txt")]
    assert lined and all(r[2] == "2024-03-08" and r[4] == "story" for r in lined if r[3] == "day")


def _two_undated_pages(tmp_path) -> str:
    db, folder = str(tmp_path / "story.duckdb"), tmp_path / "in"
    write_story(folder)
    (folder / "e.txt").write_text(LEAD.format(dateline="") + "\nThe ministers will meet again in May.\n", encoding="utf-8")
    run_ingest([str(folder)], RunOptions(db=db, workers=1))
    return db


def test_the_stage_written_a_page_at_a_time_leaves_the_rows_of_one_write(tmp_path):
    """Stage 6b re-dates and writes a slice of documents per transaction (one transaction of 787,705 events ran
    out of the 256 MB write limit at 50,000 documents): the slices cover every document, each write touches
    only its own, and together they leave what one write over every document leaves."""
    db = _two_undated_pages(tmp_path)
    first, kept = dates(db), coded(db)
    undated = {r[1] for r in first if r[4] == "story"}
    assert {p.rsplit("/", 1)[1] for p in undated} == {"c.txt", "e.txt"}
    slices = store.story_date_slices(db, events=1)
    assert len(slices) == 2 and slices[0][0] is None and slices[-1][1] is None and slices[0][1] == slices[1][0]
    read = [{r.doc_id for r in store.date_reports(db, docs)} for docs in slices]
    assert all(len(docs) == 1 for docs in read) and read[0] != read[1]  # each slice reads its own page's events

    store.write_story_dates(db, [], slices[0])  # one slice's events get their coded dates back, not the other's
    restored = {r[1] for r in dates(db) if r[4] == "story"}
    assert len(restored) == 1 and restored < undated

    pages = store.page_dates(db)
    for docs in slices:
        store.write_story_dates(db, pipeline.date_from_stories(pages, store.date_reports(db, docs)), docs)
    assert dates(db) == first and coded(db) == kept


def test_the_stage_writes_each_slice_in_a_transaction_of_its_own(tmp_path, monkeypatch):
    """corpus.date_stories: one write per slice of STORY_DATE_EVENTS (here one event: a page a slice), each
    holding only its own pages' events, and the rows of one write over every document."""
    db = _two_undated_pages(tmp_path)
    first, kept = dates(db), coded(db)
    store.write_story_dates(db, [])
    monkeypatch.setattr(store_db, "STORY_DATE_EVENTS", 1)
    writes = []
    write = store.write_story_dates
    monkeypatch.setattr(store, "write_story_dates", lambda path, found, docs: writes.append(found) or write(path, found, docs))
    corpus.date_stories(db)
    pages = [{x.event_id for x in found} for found in writes]
    assert len(pages) == 2 and all(pages) and not pages[0] & pages[1]
    assert dates(db) == first and coded(db) == kept
