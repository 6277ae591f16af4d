"""Agreements on the page: parties and a dated lifecycle, with the same country, dyad and date filters."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from detente.web.agreements import STAGES, stage_name
from detente.web.app import create_app

from tests.web.web_corpus import add_agreements, build_store


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("agreements") / "agreements.duckdb")
    add_agreements(db, build_store(db))
    return TestClient(create_app(db))


def test_agreements_with_parties_aliases_and_steps_in_lifecycle_order(client):
    body = client.get("/api/agreements").json()
    assert body["available"] and body["stages"] == list(STAGES) and body["total"] == 2
    lake, port = body["agreements"]
    assert (lake["name"], lake["parties"], lake["aliases"], lake["stage"]) == \
        ("Lake Trade Pact", ["KEN", "TZA"], ["Arusha pact"], "signed")
    assert [(s["stage"], s["date"]) for s in lake["steps"]] == [("proposed", "2024-01"), ("signed", "2024-03-05")]
    assert lake["steps"][1]["event_id"] and lake["steps"][0]["event_id"] is None
    assert (port["parties"], port["stage"]) == (["ETH", "SOM"], "suspended")  # comma text, any case


@pytest.mark.parametrize("params, names", [
    ({"country": "som"}, ["Port Access Accord"]), ({"dyad": "TZA-KEN"}, ["Lake Trade Pact"]),
    ({"dyad": "KEN-SOM"}, []), ({"since": "2024"}, ["Lake Trade Pact"]), ({"until": "2023-06"}, ["Port Access Accord"]),
])
def test_agreements_follow_the_filters(client, params, names):
    assert [a["name"] for a in client.get("/api/agreements", params=params).json()["agreements"]] == names


def test_stage_names_written_otherwise_land_on_the_lifecycle():
    assert [stage_name(s) for s in ("In force", "Ratified", "entered-into-force", "EXPIRED", None)] == \
        ["in_force", "approved", "in_force", "expired", None]


def test_a_database_without_agreements_says_so(tmp_path):
    db = str(tmp_path / "plain.duckdb")
    build_store(db)
    assert TestClient(create_app(db)).get("/api/agreements").json()["available"] is False
