"""The pair series, the map counts, sorting and downloads of `detente web`, on the hand-written store."""
from __future__ import annotations

import csv
import io
import json

import pytest
from fastapi.testclient import TestClient

from detente.web.app import create_app

from tests.web.web_corpus import build_store


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("series") / "series.duckdb")
    build_store(db)
    return TestClient(create_app(db))


def test_pair_series_has_both_directions_over_the_same_months(client):
    body = client.get("/api/series", params={"dyad": "TZA-KEN"}).json()
    assert body["dyad"] == "TZA-KEN" and body["months"] == ["2024-03"]
    tza_ken, ken_tza = body["directions"]["TZA-KEN"], body["directions"]["KEN-TZA"]
    assert [m["month"] for m in tza_ken["months"]] == body["months"] == [m["month"] for m in ken_tza["months"]]
    assert (ken_tza["months"][0]["verbal_cooperation"], ken_tza["months"][0]["goldstein"]) == (2, 8)  # 2 x AGREE +4
    assert (tza_ken["months"][0]["material_cooperation"], tza_ken["months"][0]["goldstein"]) == (1, 6)  # COOPERATE
    wide = client.get("/api/series", params={"dyad": "KEN-UGA"}).json()  # one direction only: the other is zeros
    assert [m["events"] for m in wide["directions"]["UGA-KEN"]["months"]] == [1]
    assert [m["events"] for m in wide["directions"]["KEN-UGA"]["months"]] == [0]


def test_pair_series_counts_conflict_negative_and_keeps_year_only_events_apart(client):
    body = client.get("/api/series", params={"dyad": "ETH-SOM"}).json()
    assert body["months"] == []
    eth_som = body["directions"]["ETH-SOM"]
    assert eth_som["undated_or_year_only"]["verbal_conflict"] == 1 and eth_som["undated_or_year_only"]["goldstein"] == -4
    assert body["directions"]["SOM-ETH"]["undated_or_year_only"]["events"] == 0
    uga = client.get("/api/series", params={"dyad": "UGA-KEN"}).json()["directions"]["UGA-KEN"]["months"]
    assert [(m["month"], m["goldstein"]) for m in uga] == [("2024-06", -10)]  # ASSAULT, CAMEO 190


def test_pair_series_follows_the_other_filters_and_needs_a_dyad(client):
    body = client.get("/api/series", params={"dyad": "KEN-TZA", "status": "pending"}).json()
    assert [m["events"] for m in body["directions"]["KEN-TZA"]["months"]] == [1]
    missing = client.get("/api/series")
    assert missing.status_code == 400 and "dyad" in missing.json()["error"]


def test_map_counts_events_by_located_country_and_counts_the_rest(client):
    body = client.get("/api/map").json()
    assert [(c["country"], c["events"]) for c in body["countries"]] == [("TZA", 2), ("KEN", 1)]
    assert body["countries"][1]["material_conflict"] == 1 and body["unlocated"] == 4
    assert body["points"] == [{"place": "Arusha", "country": "TZA", "lat": -3.37, "lon": 36.68, "precision": "city",
                               "events": 2}]  # "the border" has no coordinates: shading only
    assert client.get("/api/map", params={"status": "asserted"}).json()["countries"][0]["events"] == 1
    assert body["basis"] == "places"
    # the frame of the map (web.extent): Kenya and Tanzania and their neighbours, not the world
    west, south, east, north = body["extent"]
    assert west < 33 < 41 < east and south < -6 < 4 < north and east - west < 90


def test_a_selection_with_no_known_place_shades_the_countries_taking_part_and_says_so(client):
    """The ETH-SOM talks name no place: an empty map read as "nothing happened" (session 9 newcomer pass),
    so the map counts each country on either side once, and `basis` tells the page what it shows."""
    body = client.get("/api/map", params={"country": "SOM"}).json()
    assert body["basis"] == "parties" and body["unlocated"] == 2 and body["points"] == []
    assert [(c["country"], c["events"]) for c in body["countries"]] == [("SOM", 2), ("ETH", 1)]
    assert body["countries"][1]["verbal_conflict"] == 1  # ETH's REJECT keeps its quad class
    some_placed = client.get("/api/map", params={"country": "KEN"}).json()
    assert some_placed["basis"] == "places" and "ETH" not in {c["country"] for c in some_placed["countries"]}


@pytest.mark.parametrize("sort", ["date", "type", "status", "confidence", "mode", "source", "target", "outlet"])
@pytest.mark.parametrize("order", ["asc", "desc"])
def test_every_sort_orders_the_whole_set_and_pages_do_not_overlap(client, sort, order):
    key = {"type": "event_type", "source": "source", "target": "target"}.get(sort, sort)
    pages = [client.get("/api/events", params={"sort": sort, "order": order, "limit": 3, "offset": o}).json()
             for o in (0, 3, 6)]
    events = [e for p in pages for e in p["events"]]
    assert len({e["event_id"] for e in events}) == 7
    pick = {"source": lambda e: (e["source"] or {}).get("country"), "target": lambda e: (e["target"] or {}).get("country"),
            "outlet": lambda e: e["cite"]["outlet"]}.get(key, lambda e: e[key])
    values = [pick(e) for e in events]
    present = [v for v in values if v is not None]
    assert present == sorted(present, reverse=order == "desc")
    assert values[len(present):] == [None] * (len(values) - len(present))  # nulls last either way


def test_table_rows_carry_confidence_outlet_quad_class_and_goldstein(client):
    events = client.get("/api/events", params={"sort": "outlet", "order": "asc"}).json()["events"]
    assert [e["cite"]["outlet"] for e in events][:3] == ["Border Post", "Border Post", "East Wire"]
    assert all(e["confidence"] == 0.9 for e in events)
    assault = next(e for e in events if e["event_type"] == "ASSAULT")
    assert assault["quad_class"] == "material_conflict" and assault["cameo"]["goldstein"] == -10
    assert assault["cite"]["url"] is None and events[2]["cite"]["url"] == "https://news.example/trade"


@pytest.mark.parametrize("params, message", [({"sort": "evidence"}, "sort 'evidence'"), ({"order": "up"}, "asc or desc")])
def test_bad_sort_is_400(client, params, message):
    response = client.get("/api/events", params=params)
    assert response.status_code == 400 and message in response.json()["error"]


def test_csv_download_is_the_whole_filtered_set_with_flat_columns(client):
    response = client.get("/api/events.csv", params={"country": "KEN", "sort": "type", "order": "asc"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["event_type"] for r in rows] == ["AGREE", "AGREE", "ASSAULT", "COOPERATE", "MOBILIZE"]
    assert {"source_country", "target_country", "location_country", "evidence_sentence", "confidence",
            "cite_outlet", "cameo_goldstein"} <= set(rows[0])
    assert {r["cite_outlet"] for r in rows} == {"East Wire", "Lake Daily", "Border Post"}
    assert next(r for r in rows if r["event_type"] == "ASSAULT")["location_text"] == "the border"


def test_json_download_names_its_filters_and_matches_the_table(client):
    params = {"status": "asserted", "type": "AGREE"}
    body = json.loads(client.get("/api/events.json", params=params).text)
    table = client.get("/api/events", params=params).json()
    assert body["filters"] == params and body["total"] == table["total"] == 1
    assert body["events"] == table["events"]
    assert client.get("/api/events.json", params={"since": "May"}).status_code == 400


@pytest.mark.parametrize("path", ["/api/events.csv", "/api/events.json"])
def test_a_download_beyond_the_cap_is_refused_saying_how_to_get_it(client, monkeypatch, path):
    from detente.web import app as web_app

    monkeypatch.setattr(web_app, "MAX_DOWNLOAD", 2)
    every = client.get("/api/events", params={"country": "KEN"}).json()
    assert every["total"] > 2 and every["max_download"] == 2  # the page greys its links out from these two
    refused = client.get(path, params={"country": "KEN"})
    assert refused.status_code == 413
    assert f"{every['total']} events match" in refused.json()["error"] and "detente export events" in refused.json()["error"]
    narrow = client.get(path, params={"country": "KEN", "type": "AGREE"})
    assert narrow.status_code == 200 and "AGREE" in narrow.text


def test_stories_follow_the_filters_and_a_story_filters_the_events(client):
    every = client.get("/api/stories").json()
    assert every["total"] == 2
    border = client.get("/api/stories", params={"type": "ASSAULT"}).json()
    assert border["total"] == 1 and border["stories"][0]["events"] == 1
    assert border["stories"][0]["members"][0]["title"] == "Border clash"
    trade = client.get("/api/stories", params={"status": "pending"}).json()["stories"]
    assert [(s["documents"], s["events"]) for s in trade] == [(2, 1)]  # both documents, one pending event
    story = trade[0]["story_id"]
    events = client.get("/api/events", params={"story": story}).json()["events"]
    assert len(events) == 3 and {e["story_id"] for e in events} == {story}
    assert client.get("/api/stories", params={"country": "FRA"}).json() == {"total": 0, "limit": 50, "offset": 0,
                                                                            "stories": []}


def test_a_database_written_before_coordinates_existed_still_has_a_map(tmp_path):
    import duckdb

    db = str(tmp_path / "old.duckdb")
    build_store(db)
    with duckdb.connect(db) as con:
        for column in ("location_lat", "location_lon", "geo_precision"):
            con.execute(f"ALTER TABLE events DROP COLUMN {column}")
    body = TestClient(create_app(db)).get("/api/map").json()
    assert body["points"] == [] and [c["country"] for c in body["countries"]] == ["TZA", "KEN"]
