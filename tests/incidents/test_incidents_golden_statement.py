"""Golden test: invented articles where one speaker condemns a target and threatens it in one sentence.

"Iran's supreme leader called the Americans criminals and vowed severe revenge" is coded ACCUSE and
THREATEN, two acts of one sentence: the threat is one incident with the other outlet's report of it, and
the accusation is not grouped into it (session 10: acts of one sentence with different types are distinct
happenings; grouping the accusation as the threat cost held-out wire7 incident F1 once coordinated acts
were coded with their shared target).
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



def test_the_leaders_threat_is_one_incident_and_no_accusation_joins_it(db):
    events = [e for e, _ in select_events(db) if e.source.country == "IRN" and
              e.target is not None and e.target.country == "USA"]
    kinds = {(e.event_type, e.evidence.sentence_index, e.doc_id): e.incident_id for e in events}
    threats = {i for (t, _, _), i in kinds.items() if t == "THREATEN"}
    assert len(threats) == 1 and len({d for (t, _, d) in kinds if t == "THREATEN"}) == 2, kinds
    accusations = {i for (t, _, _), i in kinds.items() if t == "ACCUSE"}
    assert accusations and not accusations & threats, kinds
