"""Golden test: invented articles from several outlets through the whole pipeline into incidents.

Three outlets report that Kenya and Tanzania signed a maritime boundary agreement, one of them on
another day; a fourth reports Tanzania's denial. A different story from one of the same outlets
(Chile recalls its ambassador from Peru) stays apart.
"""
from __future__ import annotations

import pytest

from detente import store
from detente.runners.local import RunOptions, run_ingest
from tests.conftest import ingest_articles
from detente.store.queries import EventFilter

ARTICLES = [
    {"outlet": "Coast Herald", "url": "https://coastherald.example/kenya-tanzania-maritime", "date": "2024-05-14",
     "title": "Kenya and Tanzania sign maritime boundary deal",
     "text": "Kenya and Tanzania signed a maritime boundary agreement in Mombasa on Monday, ending a decade-long "
             "dispute over fishing waters off the Pemba channel. The agreement sets a median line for the exclusive "
             "economic zones of both countries and creates a joint patrol commission. Fishing communities on both "
             "sides of the border welcomed the deal."},
    {"outlet": "Lake Times", "url": "https://laketimes.example/news/sea-border-deal", "date": "2024-05-14",
     "title": "Tanzania, Kenya settle sea border dispute",
     "text": "Tanzania and Kenya signed an agreement on their maritime boundary in Mombasa on Monday, settling the "
             "dispute over fishing waters near the Pemba channel. Under the deal a joint patrol commission will "
             "police the exclusive economic zones of the two countries. Fishing communities welcomed the agreement."},
    {"outlet": "Pwani Post", "url": "https://pwanipost.example/2024/05/14/pemba-channel", "date": "2024-05-14",
     "title": "Pemba channel fishing dispute ends with boundary pact",
     "text": "Kenya and Tanzania signed a maritime boundary agreement in Mombasa on Sunday to end their dispute over "
             "the fishing waters of the Pemba channel, with a joint patrol commission for the exclusive economic "
             "zones of both countries."},
    {"outlet": "Daily Ledger", "url": "https://dailyledger.example/2024/05/15/pemba", "date": "2024-05-15",
     "title": "Tanzania says no maritime boundary deal was signed",
     "text": "Tanzania did not sign a maritime boundary agreement with Kenya, a government spokesman in Dodoma said "
             "on Tuesday, contradicting reports from Mombasa. The spokesman said talks on the exclusive economic "
             "zones and the fishing waters of the Pemba channel would continue, and a joint patrol commission was "
             "still under discussion."},
    {"outlet": "Coast Herald", "url": "https://coastherald.example/chile-peru", "date": "2024-05-14",
     "title": "Chile recalls ambassador from Peru",
     "text": "Chile recalled its ambassador from Peru on Monday after a fishing dispute off the Pacific coast "
             "escalated, the foreign ministry in Santiago said, citing seized trawlers and detained crews."},
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return ingest_articles(tmp_path_factory.mktemp("golden"), ARTICLES)


def _signing(db):
    (incident,) = store.incidents(db, EventFilter(dyad="KEN-TZA", event_type="AGREE"))
    return incident


def test_the_signing_is_one_incident_reported_by_four_outlets(db):
    incident = _signing(db)
    assert (incident.n_documents, incident.n_outlets) == (4, 4)
    assert incident.status == "asserted" and incident.date == "2024-05-13"
    assert incident.first_reported == "2024-05-14" and incident.last_reported == "2024-05-15"
    assert incident.confidence > max(e.confidence for e, _ in store.incident_reports(db, incident.incident_id))


def test_the_denial_and_the_other_day_are_flagged_with_who_says_what(db):
    disputes = {c.field: {k.value: k.outlets for k in c.claims} for c in _signing(db).contradictions}
    assert disputes["status"] == {"asserted": ("Coast Herald", "Lake Times", "Pwani Post"),
                                  "negated": ("Daily Ledger",)}
    assert disputes["date"] == {"2024-05-12": ("Pwani Post",), "2024-05-13": ("Coast Herald", "Lake Times")}


def test_every_event_names_its_incident_and_the_other_story_stays_apart(db):
    reported = [e for i in store.incidents(db) for e in i.event_ids]
    events = [e for e, _ in store.incident_reports(db, _signing(db).incident_id)]
    assert len(reported) == len(set(reported)) == store.queries.counts(db)["events"]
    assert all(e.incident_id == _signing(db).incident_id for e in events)
    (recall,) = store.incidents(db, EventFilter(dyad="CHL-PER"))
    assert recall.n_documents == 1 and recall.contradictions == ()


def test_a_second_ingest_of_the_same_input_keeps_the_same_incidents(db):
    before = store.incidents(db)
    path = store.queries.iter_documents(db).__next__()["path"]
    run_ingest([path], RunOptions(db=db, workers=1))
    assert store.incidents(db) == before
