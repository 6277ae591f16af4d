"""One error shape for the whole API: 4xx with {"error": message} in the API's terms, no database text."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from detente.web.app import create_app

from tests.web.web_corpus import build_store


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("errors") / "errors.duckdb")
    build_store(db)
    return TestClient(create_app(db))


@pytest.mark.parametrize("path", ["/api/nothing", "/nothing", "/api/events/x/y"])
def test_unknown_routes_are_404_in_the_one_error_shape(client, path):
    response = client.get(path)
    assert response.status_code == 404 and set(response.json()) == {"error"} and path in response.json()["error"]


def test_a_write_method_is_405_in_the_one_error_shape(client):
    response = client.post("/api/events")
    assert response.status_code == 405 and "read-only" in response.json()["error"]


@pytest.mark.parametrize("params", [{"offset": "99999999999999999999999"}, {"offset": str(10**9 + 1)},
                                    {"limit": "99999999999999999999999"}, {"offset": "1e3"}])
def test_huge_or_malformed_paging_is_400_without_database_text(client, params):
    response = client.get("/api/events", params=params)
    assert response.status_code == 400 and next(iter(params)) in response.json()["error"]
    assert "SELECT" not in response.text and "duckdb" not in response.text.lower()


def test_the_largest_offset_allowed_is_an_empty_page(client):
    body = client.get("/api/events", params={"offset": str(10**9)}).json()
    assert body["events"] == [] and body["total"] == 7


@pytest.mark.parametrize("params, name", [({"since": "March"}, "since"), ({"until": "2024/03"}, "until"),
                                          ({"dyad": "PAKUSA"}, "dyad")])
def test_messages_name_api_parameters_not_command_line_flags(client, params, name):
    message = client.get("/api/events", params=params).json()["error"]
    assert message.startswith(f"{name} ") and "--" not in message


def test_no_docs_page_that_needs_a_cdn_but_the_openapi_description_is_served(client):
    assert client.get("/api/docs").status_code == 404
    assert client.get("/docs").status_code == 404
    spec = client.get("/api/openapi.json").json()
    assert {"/api/events", "/api/series", "/api/map", "/api/events.csv"} <= set(spec["paths"])


@pytest.mark.parametrize("path", ["/api/events", "/api/incidents", "/api/timeline", "/api/events.csv"])
def test_a_mistyped_parameter_is_refused_not_ignored(client, path):
    # session 14 newcomer: /api/events?contry=KEN answered every event, as if unfiltered
    response = client.get(path, params={"contry": "KEN"})
    assert response.status_code == 400 and set(response.json()) == {"error"}
    assert "'contry'" in response.json()["error"] and "did you mean country?" in response.json()["error"]


def test_the_page_s_filter_bar_may_go_to_every_route(client):
    # the page sends unit (and the other filters) to routes that do not use it: let through, not refused
    assert client.get("/api/events", params={"unit": "events", "country": "KEN", "limit": 5}).status_code == 200
    assert client.get("/", params={"dyad": "KEN-TZA", "anything": "1"}).status_code == 200


@pytest.mark.parametrize("params, said", [({"min_confidence": "abc"}, "min_confidence 'abc': give a probability from 0 to 1"),
                                          ({"min_confidence": "1.5"}, "min_confidence '1.5': give a probability"),
                                          ({"limit": "-1"}, "limit '-1': give a whole number of rows from 1"),
                                          ({"offset": "x"}, "offset 'x': give a whole number from 0")])
def test_a_malformed_number_says_what_the_parameter_takes(client, params, said):
    # newcomer session 17: the page showed pydantic's "Input should be a valid number, unable to parse string"
    response = client.get("/api/events", params=params)
    assert response.status_code == 400 and said in response.json()["error"], response.json()
    assert "Input should" not in response.json()["error"]


@pytest.mark.parametrize("params, named", [
    # session 18 newcomer: each of these named only its first bad value
    ({"min_confidence": "abc", "type": "FOO"}, ["min_confidence 'abc'", "type 'FOO'"]),
    ({"type": "FOO", "sort": "bogus", "order": "up"}, ["type 'FOO'", "sort 'bogus'", "order 'up'"]),
    ({"min_confidence": "2", "since": "2026-13", "limit": "0"}, ["min_confidence '2'", "since '2026-13'", "limit '0'"]),
    ({"contry": "KEN", "tpye": "AGREE", "country": "XX"}, ["'contry' (did you mean country?)",
                                                           "'tpye' (did you mean type?)", "country 'XX'"]),
    ({"unit": "reports", "include_undated": "maybe", "dyad": "KENTZA"}, ["unit 'reports'", "include_undated 'maybe'",
                                                                          "dyad"]),
])
def test_every_bad_parameter_is_named_in_one_answer(client, params, named):
    response = client.get("/api/events", params=params)
    message = response.json()["error"]
    assert response.status_code == 400 and message.startswith(f"{len(named)} parameters are wrong: ")
    assert all(part in message for part in named) and "--" not in message


@pytest.mark.parametrize("path", ["/api/incidents", "/api/timeline", "/api/dyads", "/api/map", "/api/agreements"])
def test_every_route_names_every_bad_filter(client, path):
    message = client.get(path, params={"type": "FOO", "since": "soon"}).json()["error"]
    assert message.startswith("2 parameters are wrong") and "type 'FOO'" in message and "since 'soon'" in message


def test_one_bad_value_keeps_its_own_message_and_good_ones_still_answer(client):
    assert client.get("/api/events", params={"sort": "bogus"}).json() == {
        "error": "sort 'bogus': use one of date, type, status, confidence, mode, source, target, outlet"}
    good = {"type": "agree", "min_confidence": "0.5", "include_undated": "true", "sort": "confidence",
            "order": "asc", "unit": "events", "limit": "5", "offset": "0"}
    assert client.get("/api/events", params=good).status_code == 200
