"""Golden test: invented articles with one agreement trigger coded for several country pairs.

"Chile and Peru signed a fisheries agreement with Ecuador and Colombia" is one signing of one four-party
deal, coded for every pair across the two sides: one incident. "Kenya signed separate trade accords with
Uganda and Rwanda" has one party on one side: two bilateral accords, two incidents.
"""
from __future__ import annotations

import pytest

from detente import store
from tests.conftest import ingest_articles
from detente.store.queries import EventFilter

ARTICLES = [
    {"outlet": "Pacific Ledger", "url": "https://pacificledger.example/2024/05/14/fisheries", "date": "2024-05-14",
     "title": "Four states sign fisheries deal",
     "text": "Chile and Peru signed a fisheries agreement with Ecuador and Colombia in Lima on Tuesday, ending a "
             "decade of disputes over the southern Pacific catch. Officials said quotas would be shared."},
    {"outlet": "Lakes Bulletin", "url": "https://lakesbulletin.example/2024/05/14/trade", "date": "2024-05-14",
     "title": "Nairobi signs two trade accords",
     "text": "Kenya signed separate trade accords with Uganda and Rwanda in Nairobi on Tuesday, the trade "
             "ministry said. The accords cut tariffs on tea and maize."},
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return ingest_articles(tmp_path_factory.mktemp("golden_sides"), ARTICLES)


def _agreements(db: str, *countries: str) -> list:
    found = store.incidents(db, EventFilter(event_type="AGREE"))
    return [i for i in found if {i.source_country, i.target_country} <= set(countries)]


def test_a_deal_between_two_sides_of_two_states_is_one_incident(db):
    (deal,) = _agreements(db, "CHL", "PER", "ECU", "COL")
    assert deal.n_mentions == 4 and deal.date == "2024-05-14"


def test_accords_of_one_state_with_two_partners_are_two_incidents(db):
    accords = _agreements(db, "KEN", "UGA", "RWA")
    assert sorted(frozenset((i.source_country, i.target_country)) for i in accords) == sorted(
        [frozenset(("KEN", "UGA")), frozenset(("KEN", "RWA"))], key=sorted)
