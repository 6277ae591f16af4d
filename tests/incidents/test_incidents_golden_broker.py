"""Golden test: invented articles on an accord that a third state brokered.

Three outlets report Ethiopia and Eritrea signing a border accord; one of them also reports that Qatar
hosted the talks with both and signed the accord beside each as a guarantor. Qatar's talks and its
signature are one mediation (one incident), apart from the accord between the two parties.
"""
from __future__ import annotations

import pytest

from detente import store
from detente.store.queries import EventFilter
from tests.conftest import ingest_articles

_WHY = "The accord ends two years of clashes along the shared border and reopens the crossings at Zalambessa."
ARTICLES = [
    {"outlet": "Horn Courier", "url": "https://horncourier.example/2025/03/14/accord", "date": "2025-03-14",
     "title": "Ethiopia and Eritrea sign border accord in Doha",
     "text": f"Ethiopia and Eritrea signed a border accord in Doha on Friday, officials said. {_WHY}"},
    {"outlet": "Gulf Ledger", "url": "https://gulfledger.example/doha-border-accord", "date": "2025-03-14",
     "title": "Qatar brokers Ethiopia-Eritrea border accord",
     "text": "Qatar hosted talks with Ethiopia and Eritrea in Doha this week, the Qatari foreign ministry said. "
             f"Qatar signed the accord with Ethiopia and Eritrea on Friday as a guarantor. {_WHY}"},
    {"outlet": "Red Sea Wire", "url": "https://redseawire.example/2025/03/15/doha", "date": "2025-03-15",
     "title": "Border accord signed in Doha",
     "text": f"Ethiopia and Eritrea signed a border accord in Doha on Friday after talks hosted by Qatar. {_WHY}"},
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return ingest_articles(tmp_path_factory.mktemp("golden_broker"), ARTICLES)


def _rows(db, incident) -> set[tuple[str, str, str]]:
    return {(e.event_type, e.source.country, e.target.country if e.target else None)
            for e, _ in store.incident_reports(db, incident.incident_id)}


def test_the_brokers_talks_and_signature_with_each_party_are_one_mediation(db):
    qatar = [i for i in store.incidents(db, EventFilter()) if "QAT" in (i.source_country, i.target_country)]
    assert len(qatar) == 1
    assert _rows(db, qatar[0]) == {("CONSULT", "QAT", "ETH"), ("CONSULT", "QAT", "ERI"),
                                   ("AGREE", "QAT", "ETH"), ("AGREE", "QAT", "ERI")}


def test_the_accord_between_the_two_parties_stays_its_own_incident(db):
    (accord,) = [i for i in store.incidents(db, EventFilter(event_type="AGREE"))
                 if {i.source_country, i.target_country} == {"ETH", "ERI"}]
    assert _rows(db, accord) == {("AGREE", "ETH", "ERI")}
    assert (accord.n_documents, accord.date) == (2, "2025-03-14")
