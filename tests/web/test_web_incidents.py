"""Incidents on the page: the list with reports, outlets and contradictions, one incident's reports,
and pairs, series and timeline counting incidents when the database has them."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from detente.web.app import create_app

from tests.web.web_corpus import build_store, build_store_with_incidents


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("incidents") / "incidents.duckdb")
    build_store_with_incidents(db)
    return TestClient(create_app(db))


def test_incidents_list_newest_first_with_counts_and_the_contradiction_marker(client):
    body = client.get("/api/incidents").json()
    assert body["available"] and body["total"] == 2
    shelling, pact = body["incidents"]
    assert (shelling["incident_id"], shelling["contradicted"], shelling["contradictions"]) == ("i-shelling", False, [])
    assert (pact["n_mentions"], pact["n_outlets"], pact["contradicted"]) == (2, 2, True)
    assert pact["contradictions"][0]["field"] == "status" and pact["quad_class"] == "verbal_cooperation"


@pytest.mark.parametrize("params, ids", [
    ({"type": "ASSAULT"}, ["i-shelling"]), ({"dyad": "TZA-KEN"}, ["i-pact"]), ({"country": "UGA"}, ["i-shelling"]),
    ({"since": "2024-04"}, ["i-shelling"]), ({"status": "pending"}, []), ({"limit": 1, "offset": 1}, ["i-pact"]),
])
def test_incidents_follow_the_filters(client, params, ids):
    assert [i["incident_id"] for i in client.get("/api/incidents", params=params).json()["incidents"]] == ids


def test_a_story_keeps_the_incidents_it_reports(client):
    story = client.get("/api/stories", params={"type": "AGREE"}).json()["stories"][0]["story_id"]
    assert [i["incident_id"] for i in client.get("/api/incidents", params={"story": story}).json()["incidents"]] == \
        ["i-pact"]


def test_one_incident_has_its_reports_with_outlet_date_status_and_event_ids(client):
    body = client.get("/api/incidents/i-pact").json()
    assert body["incident"]["incident_id"] == "i-pact"
    reports = body["reports"]
    assert [(r["outlet"], r["published"], r["status"]) for r in reports] == \
        [("East Wire", "2024-03-05", "asserted"), ("Lake Daily", "2024-03-06", "pending")]
    assert all("Kenya signed a new trade pact" in r["sentence"] and r["trigger"] == "signed" for r in reports)
    # the page names a report without outlet or title by its file (newcomer session 12: it showed the doc id)
    assert all(r["path"] == f"{r['doc_id']}.txt" for r in reports)
    evidence = client.get(f"/api/events/{reports[1]['event_id']}").json()
    assert evidence["document"]["outlet"] == "Lake Daily"


def test_unknown_incident_is_404(client):
    response = client.get("/api/incidents/i-none")
    assert response.status_code == 404 and "no incident" in response.json()["error"]


def test_pairs_series_and_timeline_count_incidents_by_default_and_events_on_request(client):
    pairs = client.get("/api/dyads").json()
    assert pairs["unit"] == "incidents"
    assert [(d["dyad"], d["events"]) for d in pairs["dyads"]] == [("KEN-TZA", 1), ("UGA-KEN", 1)]
    assert pairs["dyads"][0]["goldstein"] == 4  # one agreement (CAMEO 030), not its two reports
    by_event = client.get("/api/dyads", params={"unit": "events"}).json()
    assert by_event["unit"] == "events" and by_event["dyads"][0] == {**by_event["dyads"][0], "dyad": "KEN-TZA",
                                                                      "events": 2}
    series = client.get("/api/series", params={"dyad": "KEN-TZA"}).json()
    assert series["unit"] == "incidents" and series["directions"]["KEN-TZA"]["months"][0]["events"] == 1
    timeline = client.get("/api/timeline").json()
    assert [m["types"] for m in timeline["months"]] == [{"AGREE": 1}, {}, {}, {"ASSAULT": 1}]
    assert timeline["undated_or_year_only"] == {}


def test_a_database_without_incidents_counts_events_and_says_so(tmp_path):
    db = str(tmp_path / "plain.duckdb")
    build_store(db)
    plain = TestClient(create_app(db))
    assert plain.get("/api/incidents").json()["available"] is False
    assert plain.get("/api/dyads").json()["unit"] == "events"
    refused = plain.get("/api/dyads", params={"unit": "incidents"})
    assert refused.status_code == 400 and "no incidents" in refused.json()["error"]
    assert plain.get("/api/timeline", params={"unit": "stories"}).status_code == 400
    assert plain.get("/api/incidents/i-pact").status_code == 404


def test_the_map_counts_what_the_pairs_count(client):
    """The map counted reports while the pairs beside it counted incidents (session 7 review): the pact's two
    reports at Arusha are one incident, and each country is shaded by the unit the pairs and timeline use."""
    body = client.get("/api/map").json()
    assert body["unit"] == client.get("/api/dyads").json()["unit"] == "incidents"
    assert [(c["country"], c["events"]) for c in body["countries"]] == [("KEN", 1), ("TZA", 1)]
    assert [(p["place"], p["events"]) for p in body["points"]] == [("Arusha", 1)]  # two reports, one incident
    by_event = client.get("/api/map", params={"unit": "events"}).json()
    assert by_event["unit"] == "events" and [(c["country"], c["events"]) for c in by_event["countries"]] == [
        ("TZA", 2), ("KEN", 1)]
    assert [(p["place"], p["events"]) for p in by_event["points"]] == [("Arusha", 2)]
    asserted = client.get("/api/map", params={"status": "asserted", "country": "TZA"}).json()
    assert [(c["country"], c["events"]) for c in asserted["countries"]] == [("TZA", 1)]  # the filters still apply


def test_a_map_without_incidents_counts_events_and_says_so(tmp_path):
    db = str(tmp_path / "plain.duckdb")
    build_store(db)
    body = TestClient(create_app(db)).get("/api/map").json()
    assert body["unit"] == "events" and [(c["country"], c["events"]) for c in body["countries"]] == [("TZA", 2), ("KEN", 1)]


def test_reports_without_an_outlet_are_labelled_by_their_file(client):
    """The page's outlet column and report lists name a .txt input by its file (newcomer review, session 12);
    the CSV download keeps the export's columns."""
    events = client.get("/api/events", params={"type": "REJECT"}).json()["events"]
    assert [e["label"] for e in events] == [f"{events[0]['doc_id']}.txt"] and events[0]["cite"]["outlet"] is None
    border = client.get("/api/events", params={"type": "ASSAULT"}).json()["events"][0]
    assert border["label"] == "Border Post"
    assert "label" not in client.get("/api/events.csv", params={"type": "REJECT"}).text.splitlines()[0]
    (report,) = client.get("/api/incidents/i-shelling").json()["reports"]
    assert report["label"] == "Border Post"
    members = [m for s in client.get("/api/stories").json()["stories"] for m in s["members"]]
    assert {m["label"] for m in members} >= {"East Wire", "Lake Daily", "Border Post"}
