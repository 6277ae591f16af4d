"""Golden test: invented articles whose outlets name different parties of one act, or only one side.

Two outlets report one shelling of Armenian border posts, one naming the attacker, the other only the
victims; two outlets report Bolivia's suspension of a river accord, one naming Chile as the other party,
the other Peru (the accord is shared by three states). Each act is one incident.
"""
from __future__ import annotations

import pytest

from detente import store
from tests.conftest import ingest_articles
from detente.store.queries import EventFilter

_FIRE = "Residents said they heard artillery fire for several hours."
_WHY = "the foreign ministry in La Paz said, citing unpaid compensation for the river's waters."
ARTICLES = [
    {"outlet": "Highland Courier", "url": "https://highlandcourier.example/border-shelling", "date": "2024-09-11",
     "title": "Azerbaijani troops shell Armenian border posts",
     "text": "Azerbaijani troops shelled Armenian border posts near the village of Sotk on Tuesday, killing two "
             f"guards, the defence ministry in Yerevan said. {_FIRE}"},
    {"outlet": "Caspian Ledger", "url": "https://caspianledger.example/2024/09/11/sotk", "date": "2024-09-11",
     "title": "Two border guards killed near Sotk",
     "text": "Two Armenian border guards were killed on Tuesday near the village of Sotk, officials in Yerevan "
             f"said. {_FIRE}"},
    {"outlet": "Andes Wire", "url": "https://andeswire.example/2024/09/12/lauca", "date": "2024-09-12",
     "title": "Bolivia suspends Lauca river accord",
     "text": f"Bolivia suspended its participation in the Lauca river accord with Chile on Wednesday, {_WHY}"},
    {"outlet": "Pacific Daily", "url": "https://pacificdaily.example/lauca-accord", "date": "2024-09-12",
     "title": "La Paz walks away from river accord",
     "text": f"Bolivia suspended its participation in the Lauca river accord with Peru on Wednesday, {_WHY}"},
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return ingest_articles(tmp_path_factory.mktemp("golden_links"), ARTICLES)


def test_the_report_naming_only_the_victims_joins_the_attack_and_the_attacker_is_kept(db):
    (shelling,) = store.incidents(db, EventFilter(event_type="ASSAULT"))
    assert (shelling.source_country, shelling.target_country) == ("AZE", "ARM")
    assert (shelling.n_documents, shelling.n_outlets, shelling.date) == (2, 2, "2024-09-10")


def test_one_suspension_named_against_different_parties_is_one_incident(db):
    (suspension,) = store.incidents(db, EventFilter(event_type="REJECT"))
    assert suspension.source_country == "BOL" and suspension.target_country in {"CHL", "PER"}
    assert (suspension.n_documents, suspension.n_outlets) == (2, 2)
    events = {(e.target.country if e.target else None) for e, _ in store.incident_reports(db, suspension.incident_id)}
    assert events == {"CHL", "PER"}
