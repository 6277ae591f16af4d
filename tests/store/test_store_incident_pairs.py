"""An incident whose reports name several pairs ("Bolivia asked Argentina and Peru": one incident BOL -> ARG)
is found by any of its reports' pairs and countries, and lists the other pairs; incidents with no country on
either side come last. The DuckDB file and the Parquet dataset read the same (newcomer review, session 15)."""
from __future__ import annotations

import dataclasses

import pytest

from detente import store
from detente.records import Actor, CodedArticle, Incident
from detente.store.queries import EventFilter
from detente.stories import fingerprint

from tests.conftest import make_article, make_event

ASK = "The Ostrian cabinet asked two of its neighbours for rescue helicopters after the floods, its minister said."
VOWS = "A spokesman vowed that the other side would pay for the attack, without naming either side."


def _incident(incident_id: str, events, source: str | None, target: str | None, date: str) -> Incident:
    return Incident(incident_id, events[0].event_type, None, "asserted", date, "day", source, None, target, None,
                    None, None, len(events), 1, 1, date, date, 0.9, (), tuple(sorted(e.event_id for e in events)))


def several_pairs_store(target: str) -> None:
    """BOL asks ARG and PER (one incident, BOL -> ARG), an older unresolved threat, an older CAN -> NIC act."""
    ask, vows = make_article(ASK), make_article(VOWS)
    asks = [make_event(ask, "REQUEST", "BOL", other, "2024-03-11") for other in ("ARG", "PER")]
    unresolved = make_event(vows, "THREATEN", "KEN", "TZA", "2024-01-05")
    unresolved = dataclasses.replace(unresolved, source=Actor("a spokesman", None, None), target=None)
    lone = make_event(vows, "SANCTION", "CAN", "NIC", "2024-01-02")
    coded = [CodedArticle(ask, 1, 1, tuple(asks), fingerprint(ask)),
             CodedArticle(vows, 1, 1, (unresolved, lone), fingerprint(vows))]
    if target.endswith("/"):
        store.write_part(target, coded)
    else:
        store.write_batch(target, coded, [])
    store.write_incidents(target, [_incident("i-ask", asks, "BOL", "ARG", "2024-03-11"),
                                   _incident("i-vow", [unresolved], None, None, "2024-01-05"),
                                   _incident("i-can", [lone], "CAN", "NIC", "2024-01-02")])


@pytest.fixture(params=["file", "dataset"])
def db(request, tmp_path) -> str:
    path = str(tmp_path / "news.duckdb") if request.param == "file" else str(tmp_path / "news") + "/"
    several_pairs_store(path)
    return path


@pytest.mark.parametrize("filt, ids", [(EventFilter(dyad="BOL-PER"), ["i-ask"]), (EventFilter(dyad="PER-BOL"), ["i-ask"]),
                                       (EventFilter(dyad="BOL-ARG"), ["i-ask"]), (EventFilter(country="PER"), ["i-ask"]),
                                       (EventFilter(dyad="ARG-PER"), []), (EventFilter(country="NIC"), ["i-can"])])
def test_a_pair_or_country_filter_matches_an_incident_by_any_report(db, filt, ids):
    assert [i.incident_id for i in store.incidents(db, filt)] == ids


def test_the_other_pairs_its_reports_name_are_read_with_the_incident(db):
    listed = {i.incident_id: i.other_pairs for i in store.incidents(db)}
    assert listed == {"i-ask": ("BOL-PER",), "i-vow": (), "i-can": ()}


def test_incidents_with_no_country_on_either_side_come_after_the_resolved_ones(db):
    # the unresolved threat is newer than CAN -> NIC, and still comes last
    assert [i.incident_id for i in store.incidents(db)] == ["i-ask", "i-can", "i-vow"]
