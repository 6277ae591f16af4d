"""store/claim_labels.py: a dispute's source with no outlet or URL is stored by its report's file name, so the
`contradictions` JSON that `detente sql` reads names it as `detente incidents ID` does (incidents24 saw
"w21_03.txt" in one and "document:<id>" in the other)."""
from __future__ import annotations

import dataclasses
import json

import duckdb

from detente import pipeline, store
from detente.incidents.reports import report_of
from detente.records import CodedArticle
from detente.stories import fingerprint

from tests.conftest import make_article, make_event


def _stored(tmp_path, outlet: str | None = None) -> str:
    said = make_article("Ostrian gunboats fired on a Vardian ferry on Tuesday, the Vardian coast guard said.")
    said = dataclasses.replace(said, outlet=outlet)
    denied = make_article("Ostria on Wednesday denied that its gunboats had fired on any Vardian ferry.")
    hit, nope = make_event(said, "ASSAULT"), dataclasses.replace(make_event(denied, "ASSAULT"), status="negated")
    db = str(tmp_path / "news.duckdb")
    store.write_batch(db, [CodedArticle(a, 1, 1, (e,), fingerprint(a)) for a, e in ((said, hit), (denied, nope))], [])
    reports = [report_of(e, a, "s1") for a, e in ((said, hit), (denied, nope))]  # one story
    store.write_incident_slice(db, pipeline.link_incidents(reports), None)
    return db, said, denied


def _outlets(db: str) -> list[list[str]]:
    with duckdb.connect(db, read_only=True) as con:
        (text,) = con.execute("SELECT contradictions FROM incidents WHERE disputed").fetchone()
    return [k["outlets"] for c in json.loads(text) for k in c["claims"]]


def test_a_source_without_outlet_is_stored_by_its_file_name(tmp_path):
    db, said, denied = _stored(tmp_path)
    assert _outlets(db) == [[f"{said.doc_id}.txt"], [f"{denied.doc_id}.txt"]]
    shown = [k.outlets for k in store.incidents(db)[0].contradictions[0].claims]  # `incidents -f json`, `incidents ID`
    assert [list(o) for o in shown] == _outlets(db)


def test_a_named_outlet_stays_as_named(tmp_path):
    db, _said, denied = _stored(tmp_path, outlet="Coast Herald")
    assert _outlets(db) == [["Coast Herald"], [f"{denied.doc_id}.txt"]]
