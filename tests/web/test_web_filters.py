"""The page's filters are the options of `detente events`: undated events can be kept in a date-filtered
view (and are counted when they are not), and --min-confidence is min_confidence."""
from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from detente.store.queries import EventFilter, select_events, undated_events
from detente.web.app import create_app

from tests.web.web_corpus import build_store


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("filters") / "web.duckdb")
    build_store(path)  # one event without a date: the talks article's proposal
    return path


@pytest.fixture(scope="module")
def client(db):
    return TestClient(create_app(db))


def _ids(response) -> set[str]:
    assert response.status_code == 200, response.text
    return {e["event_id"] for e in response.json()["events"]}


@pytest.mark.parametrize("params, filt", [
    ({"since": "2024"}, EventFilter(since="2024")),
    ({"since": "2024", "include_undated": "true"}, EventFilter(since="2024", include_undated=True)),
    ({"until": "2023", "include_undated": "true"}, EventFilter(until="2023", include_undated=True)),
    ({"min_confidence": "0.9"}, EventFilter(min_confidence=0.9)),
    ({"min_confidence": "0.95"}, EventFilter(min_confidence=0.95)),
])
def test_the_api_keeps_undated_events_and_a_confidence_floor_as_the_cli_does(client, db, params, filt):
    expected = {e.event_id for e, _ in select_events(db, filt)}
    assert _ids(client.get("/api/events", params=params)) == expected


def test_a_date_filter_counts_the_undated_events_it_left_out_and_keeping_them_adds_them(client, db):
    dated = client.get("/api/events", params={"since": "2024"}).json()
    kept = client.get("/api/events", params={"since": "2024", "include_undated": "true"}).json()
    assert dated["undated_left_out"] == undated_events(db, EventFilter(since="2024")) == 1
    assert kept["undated_left_out"] == 0 and kept["total"] == dated["total"] + 1
    assert [e["date"] for e in kept["events"] if not e["date"]] == [None]
    assert client.get("/api/events").json()["undated_left_out"] == 0  # no date filter: nothing left out


@pytest.mark.parametrize("path", ["/api/timeline", "/api/dyads", "/api/map", "/api/stories", "/api/incidents"])
def test_every_view_takes_the_new_filters(client, path):
    for params in ({"since": "2024", "include_undated": "true"}, {"min_confidence": "0.5"}):
        assert client.get(path, params=params).status_code == 200, (path, params)


@pytest.mark.parametrize("value", ["1.5", "-0.1", "high"])
def test_a_confidence_that_is_no_probability_is_a_400_naming_the_parameter(client, value):
    response = client.get("/api/events", params={"min_confidence": value})
    assert response.status_code == 400 and "min_confidence" in response.json()["error"]


def test_the_json_download_records_the_filters_it_was_made_with(client):
    response = client.get("/api/events.json", params={"since": "2024", "include_undated": "true",
                                                      "min_confidence": "0.5"})
    body = json.loads(response.text)
    assert body["filters"] == {"since": "2024", "include_undated": "true", "min_confidence": "0.5"}
    assert any(e["date"] is None for e in body["events"])


def test_several_bad_filters_are_named_together(client):
    # newcomer review, session 14: a link with a bad country, type and date named only the country
    answer = client.get("/api/events", params={"country": "XXQ", "type": "HUG", "since": "2024-13", "status": "done"})
    assert answer.status_code == 400
    error = answer.json()["error"]
    # session 18 (newcomer7): the page checks every parameter before any route runs, so it says "parameters"
    assert error.startswith("4 parameters are wrong: ")
    for name in ("country 'XXQ'", "type 'HUG'", "since '2024-13'", "status 'done'"):
        assert name in error and f"--{name}" not in error


def test_one_bad_filter_is_named_alone(client):
    error = client.get("/api/events", params={"since": "2024-13", "country": "KEN"}).json()["error"]
    assert error.startswith("since '2024-13'")
