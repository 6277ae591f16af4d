"""Golden test: invented articles where two ministers of one state condemn the same neighbour on one day,
and the state summons the neighbour's envoy.

The foreign minister's condemnation, reported by two outlets, is one incident; the defence minister's
accusation the same day is another, though its type, pair and day are the same; the summons, coded
ACCUSE too, is a third (incidents/apart.py).
"""
from __future__ import annotations

import pytest

from detente.store.queries import select_events
from tests.conftest import ingest_articles

ARTICLES = [
    {"outlet": "Lakeside Herald", "url": "https://lakeside.example/2024/05/14/raid", "date": "2024-05-14",
     "title": "Nairobi protests border raid",
     "text": "Kenyan Foreign Minister Grace Wanjiru on Tuesday condemned Somalia for the raid on the border post "
             "at Mandera. She said the attack was a grave violation of Kenyan territory."},
    {"outlet": "Coast Wire", "url": "https://coastwire.example/2024/05/14/ministers", "date": "2024-05-14",
     "title": "Two ministers speak on the raid",
     "text": "Kenyan Foreign Minister Grace Wanjiru condemned Somalia on Tuesday over the raid on the Mandera post. "
             "Kenyan Defence Minister Peter Otieno accused Somalia on Tuesday of arming the raiders."},
    {"outlet": "Rift Daily", "url": "https://riftdaily.example/2024/05/15/envoy", "date": "2024-05-15",
     "title": "Envoy called in",
     "text": "Kenya summoned Somalia's ambassador on Tuesday and accused Mogadishu of sheltering the raiders. "
             "The ambassador was told that Nairobi expected an explanation within a week."},
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return ingest_articles(tmp_path_factory.mktemp("golden_apart"), ARTICLES)


def _accusations(db):
    return [e for e, _ in select_events(db) if e.source.country == "KEN" and e.target is not None
            and e.target.country == "SOM" and e.event_type == "ACCUSE"]


def test_each_ministers_condemnation_is_an_incident_of_its_own(db):
    events = [e for e in _accusations(db) if "summon" not in e.evidence.sentence]
    by_person = {}
    for e in events:
        by_person.setdefault("otieno" if "Otieno" in e.source.resolution else "wanjiru", set()).add(e.incident_id)
    assert len(by_person.get("wanjiru", ())) == 1 and len(by_person.get("otieno", ())) == 1, \
        [(e.source.text, e.source.resolution, e.incident_id) for e in events]
    assert by_person["wanjiru"] != by_person["otieno"]
    assert len({e.doc_id for e in events if e.incident_id in by_person["wanjiru"]}) == 2  # both outlets


def test_the_summons_is_an_incident_apart(db):
    events = _accusations(db)
    summons = {e.incident_id for e in events if "summon" in e.evidence.sentence}
    others = {e.incident_id for e in events if "summon" not in e.evidence.sentence}
    assert len(summons) == 1 and others and not summons & others, \
        [(e.evidence.trigger, e.rule, e.incident_id) for e in events]
    assert {e.doc_id for e in events if e.incident_id in summons} == {e.doc_id for e in events
                                                                       if "summon" in e.evidence.sentence}
