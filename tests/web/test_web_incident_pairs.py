"""The page's incidents, pairs and pair series for an incident whose reports name several pairs, and for one
with no country on either side (newcomer review, session 15), read from a DuckDB file and a Parquet dataset."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from detente.web.app import create_app

from tests.store.test_store_incident_pairs import several_pairs_store


@pytest.fixture(scope="module", params=["file", "dataset"])
def client(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp("pairs")
    db = str(folder / "news.duckdb") if request.param == "file" else str(folder / "news") + "/"
    several_pairs_store(db)
    return TestClient(create_app(db))


def test_the_list_names_the_other_pairs_and_puts_the_unresolved_last(client):
    listed = client.get("/api/incidents").json()["incidents"]
    assert [(i["incident_id"], i["other_pairs"]) for i in listed] == [("i-ask", ["BOL-PER"]), ("i-can", []), ("i-vow", [])]
    assert client.get("/api/incidents/i-ask").json()["incident"]["other_pairs"] == ["BOL-PER"]


@pytest.mark.parametrize("params, ids", [({"dyad": "BOL-PER"}, ["i-ask"]), ({"country": "PER"}, ["i-ask"]),
                                         ({"dyad": "ARG-PER"}, [])])
def test_a_pair_or_country_filter_keeps_an_incident_any_report_names(client, params, ids):
    assert [i["incident_id"] for i in client.get("/api/incidents", params=params).json()["incidents"]] == ids


def test_the_pairs_table_counts_the_incident_under_each_pair_its_reports_name(client):
    body = client.get("/api/dyads").json()
    assert body["unit"] == "incidents"
    assert {d["dyad"]: d["events"] for d in body["dyads"]} == {"BOL-ARG": 1, "BOL-PER": 1, "CAN-NIC": 1}
    only = client.get("/api/dyads", params={"country": "PER"}).json()["dyads"]
    assert [(d["dyad"], d["events"]) for d in only] == [("BOL-PER", 1)]


def test_a_pair_series_counts_it_in_the_direction_its_report_names(client):
    series = client.get("/api/series", params={"dyad": "BOL-PER"}).json()
    ask = series["directions"]["BOL-PER"]["months"]
    assert series["unit"] == "incidents" and sum(m["events"] for m in ask) == 1
    assert sum(m["events"] for m in series["directions"]["PER-BOL"]["months"]) == 0


def test_the_timeline_counts_the_incident_once(client):
    for params in ({"country": "BOL"}, {"country": "PER"}, {}):
        months = client.get("/api/timeline", params=params).json()["months"]
        asked = [m["types"] for m in months if m["month"] == "2024-03"]
        assert asked == [{"REQUEST": 1}]


def test_the_map_shades_the_sides_of_the_pairs_the_filter_keeps(client):
    # no report has a place: the map shades the parties; under BOL-PER those are Bolivia and Peru
    body = client.get("/api/map", params={"dyad": "BOL-PER"}).json()
    assert body["basis"] == "parties" and {c["country"]: c["events"] for c in body["countries"]} == {"BOL": 1, "PER": 1}
    every = client.get("/api/map").json()["countries"]
    assert {c["country"]: c["events"] for c in every} == {"BOL": 1, "ARG": 1, "PER": 1, "CAN": 1, "NIC": 1}



@pytest.mark.parametrize("kind", ["file", "dataset"])
def test_the_readme_s_monthly_pair_counts_are_the_page_s(tmp_path, kind):
    """The README's `detente sql` recipe for incidents per pair, type and month counts what the pairs table counts
    (newcomer session 17: a researcher's first table, which no command prints)."""
    import re
    from pathlib import Path

    from detente.store.sql import run_sql
    db = str(tmp_path / "news.duckdb") if kind == "file" else str(tmp_path / "news") + "/"
    several_pairs_store(db)
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    (query,) = re.findall(r'detente sql "(SELECT substr\(i\.date[^"]+)"', readme)
    result = run_sql(db, query, max_rows=0)
    counted: dict[str, int] = {}
    for row in result.rows:
        record = dict(zip(result.columns, row))
        dyad = f"{record['source_country']}-{record['target_country']}"
        counted[dyad] = counted.get(dyad, 0) + record["incidents"]
    page = TestClient(create_app(db))
    assert counted == {d["dyad"]: d["events"] for d in page.get("/api/dyads").json()["dyads"]}
    dated = {i["date"][:7] for i in page.get("/api/incidents").json()["incidents"] if i["source_country"] and i["target_country"]}
    assert {r[0] for r in result.rows} == dated  # the month of each incident's own date
