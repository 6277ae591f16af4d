"""Golden test: invented articles where one speaker condemns a target and threatens it in one sentence.

"Iran's supreme leader called the Americans criminals and vowed severe revenge" is one statement, coded
ACCUSE and THREATEN: the accusation is grouped with the threat, which other outlets report alone; the
foreign minister's condemnation in a sentence of its own stays an incident apart.
"""
from __future__ import annotations

import pytest

from detente.store.queries import select_events
from tests.conftest import ingest_articles

ARTICLES = [
    {"outlet": "Gulf Courier", "url": "https://gulfcourier.example/2024/05/14/revenge", "date": "2024-05-14",
     "title": "Tehran answers the raid",
     "text": "Iran's supreme leader on Tuesday called the Americans criminals and vowed severe revenge against "
             "the United States. Separately, Iran's foreign minister condemned the United States for the raid."},
    {"outlet": "Caspian Wire", "url": "https://caspianwire.example/2024/05/14/leader", "date": "2024-05-14",
     "title": "Leader promises revenge",
     "text": "Iran's supreme leader vowed severe revenge against the United States on Tuesday after the raid "
             "near the border killed three officers."},
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return ingest_articles(tmp_path_factory.mktemp("golden_statement"), ARTICLES)



def test_the_leaders_accusation_is_part_of_his_threat_and_the_ministers_is_not(db):
    events = [e for e, _ in select_events(db) if e.source.country == "IRN" and
              e.target is not None and e.target.country == "USA"]
    kinds = {(e.event_type, e.evidence.sentence_index, e.doc_id): e.incident_id for e in events}
    threats = {i for (t, _, _), i in kinds.items() if t == "THREATEN"}
    assert len(threats) == 1, kinds
    leader = [i for (t, s, d), i in kinds.items() if t == "ACCUSE" and
              any(k[0] == "THREATEN" and k[1:] == (s, d) for k in kinds)]
    minister = [i for (t, s, d), i in kinds.items() if t == "ACCUSE" and
                not any(k[0] == "THREATEN" and k[1:] == (s, d) for k in kinds)]
    assert leader and set(leader) == threats, kinds
    assert minister and not set(minister) & threats, kinds
