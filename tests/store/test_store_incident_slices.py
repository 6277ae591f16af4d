"""The incidents stage read, grouped and written one slice of stories at a time stores the rows one write of
every incident stores (issue #13: the stage's memory bounded by a slice)."""
from __future__ import annotations

import dataclasses

from detente import pipeline, store
from detente.records import CodedArticle
from detente.runners import corpus
from detente.store import incident_io
from detente.stories import fingerprint

from tests.conftest import make_article, make_event

# (event type, source, target, stated day) of each page's one event: the first two are one agreement told on
# neighbouring days by two pages (two stories), the third another two days on; the talks are one meeting
# whichever side each page names first; the accusation stands alone.
PAGES = [("AGREE", "KEN", "TZA", "2024-03-05"), ("AGREE", "KEN", "TZA", "2024-03-06"),
         ("AGREE", "KEN", "TZA", "2024-03-09"), ("CONSULT", "TZA", "KEN", "2024-03-05"),
         ("CONSULT", "KEN", "TZA", "2024-03-05"), ("ACCUSE", "KEN", "UGA", "2024-03-05")]


def _stored(db: str) -> None:
    """One page, with no story of its own yet (its story key is its doc id), for each of PAGES."""
    coded = []
    for k, (kind, source, target, day) in enumerate(PAGES):
        article = make_article(f"Page {k}: officials of both states met and spoke on the day.")
        coded.append(CodedArticle(article, 1, 1, (make_event(article, kind, source, target, day),), fingerprint(article)))
    store.write_batch(db, coded, [])


def _dump(db: str) -> tuple[list, list]:
    with store.opened(db, read_only=True) as con:
        return (con.execute("SELECT * FROM incidents ORDER BY incident_id").fetchall(),
                con.execute("SELECT event_id, incident_id FROM events ORDER BY event_id").fetchall())


def test_incidents_written_slice_by_slice_are_those_written_at_once(tmp_path, monkeypatch):
    whole, sliced = str(tmp_path / "whole.duckdb"), str(tmp_path / "sliced.duckdb")
    for db in (whole, sliced):
        _stored(db)
    store.write_incidents(whole, pipeline.link_incidents(store.reports(whole)))
    monkeypatch.setattr(incident_io, "INCIDENT_EVENTS", 1)
    assert sorted(len(s) for s in store.incident_slices(sliced)) == [1, 1, 2, 2]
    for _ in range(2):  # a rerun rewrites the same rows
        corpus.link_incidents(sliced)
        assert _dump(sliced) == _dump(whole)
    incidents, members = _dump(whole)
    assert len(incidents) == 4 and all(incident for _, incident in members)


def test_a_slice_replaces_the_incidents_its_events_pointed_at_and_stale_ones_go(tmp_path, monkeypatch):
    db = str(tmp_path / "t.duckdb")
    _stored(db)
    one = pipeline.link_incidents(store.reports(db))
    merged = dataclasses.replace(one[0], incident_id="i-old", event_ids=tuple(sorted(
        e for i in one for e in i.event_ids)))
    store.write_incidents(db, [merged, dataclasses.replace(one[0], incident_id="i-orphan", event_ids=())])
    monkeypatch.setattr(incident_io, "INCIDENT_EVENTS", 1)
    corpus.link_incidents(db)
    incidents, members = _dump(db)
    assert {row[0] for row in incidents} == {i.incident_id for i in one}
    assert sorted(members) == sorted((e, i.incident_id) for i in one for e in i.event_ids)


def test_a_database_without_events_is_one_slice_that_leaves_no_incident(tmp_path):
    db = str(tmp_path / "empty.duckdb")
    store.write_batch(db, [], [])
    assert store.incident_slices(db) == [None]
    corpus.link_incidents(db)
    assert _dump(db) == ([], [])
