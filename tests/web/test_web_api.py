"""The JSON endpoints of `detente web`, against a small store written with detente.store."""
from __future__ import annotations

import subprocess
import sys
import time

import pytest
from fastapi.testclient import TestClient

from detente.events.lexicon import PLOVER_TYPES
from detente.store.queries import EventFilter, select_events
from detente.web import queries as web_queries
from detente.web.app import create_app
from detente.web.quads import QUAD_CLASSES, quad_table

from tests.web.web_corpus import build_store


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("web") / "web.duckdb")
    coded = build_store(db)
    return db, coded


@pytest.fixture(scope="module")
def client(built):
    return TestClient(create_app(built[0]))


def ids_of(response) -> set[str]:
    assert response.status_code == 200, response.text
    return {e["event_id"] for e in response.json()["events"]}


def test_summary_counts_dates_countries_and_types(client):
    s = client.get("/api/summary").json()
    assert s["counts"] == {"documents": 4, "events": 7, "rejects": 0, "stories": 2}
    assert s["event_dates"] == {"first": "2023", "last": "2024-06-10", "outside": 0,  # none far out: web.span
                                "earliest": "2023", "latest": "2024-06-10"}
    assert s["published"] == {"first": "2023", "last": "2024-06-10"}
    top = {t["country"]: t["events"] for t in s["top_countries"]}
    assert top == {"KEN": 5, "TZA": 3, "SOM": 2, "UGA": 1, "ETH": 1}
    assert s["top_countries"][0]["country"] == "KEN"
    types = {t["event_type"]: t["events"] for t in s["event_types"]}
    assert set(types) == set(PLOVER_TYPES) and sum(types.values()) == 7 and types["AGREE"] == 2
    assert s["statuses"] == {"asserted": 5, "pending": 1, "negated": 1}


def test_events_are_contract_records_newest_first_with_story_ids(client, built):
    body = client.get("/api/events").json()
    assert body["total"] == 7 and len(body["events"]) == 7
    dates = [e["date"] for e in body["events"] if e["date"]]
    assert dates == sorted(dates, reverse=True) and body["events"][-1]["date"] is None
    first = body["events"][0]
    assert set(first) >= {"event_id", "doc_id", "story_id", "event_type", "status", "source", "target", "evidence"}
    trade_doc = built[1]["trade"].article.doc_id
    stories = {e["story_id"] for e in body["events"] if e["doc_id"] == trade_doc}
    assert stories == {"s" + trade_doc[1:]}


def test_events_page_with_limit_and_offset(client):
    pages = [client.get("/api/events", params={"limit": 3, "offset": o}).json() for o in (0, 3, 6)]
    assert [len(p["events"]) for p in pages] == [3, 3, 1] and all(p["total"] == 7 for p in pages)
    seen = [e["event_id"] for p in pages for e in p["events"]]
    assert len(set(seen)) == 7


@pytest.mark.parametrize("params", [
    {"country": "ken"}, {"dyad": "TZA-KEN"}, {"dyad": "SOM-ETH"}, {"type": "agree"}, {"since": "2024-03-06"},
    {"until": "2024-03"}, {"since": "2024", "until": "2024-05"}, {"status": "negated"},
    {"country": "KEN", "type": "ASSAULT"},
])
def test_event_filters_match_the_store_queries(client, built, params):
    names = {"type": "event_type"}
    expected = {e.event_id for e, _ in select_events(built[0], EventFilter(**{names.get(k, k): v for k, v in params.items()}))}
    assert expected, f"fixture has no events for {params}"
    assert ids_of(client.get("/api/events", params=params)) == expected


def test_event_filters_narrow_as_expected(client):
    assert {e["event_type"] for e in client.get("/api/events", params={"dyad": "KEN-TZA"}).json()["events"]} == \
        {"AGREE", "COOPERATE"}
    assert client.get("/api/events", params={"country": "FRA"}).json() == \
        {"total": 0, "limit": 100, "offset": 0, "sort": "date", "order": "desc", "max_download": 50_000,
         "undated_left_out": 0, "events": []}


@pytest.mark.parametrize("path", ["/api/events", "/api/timeline", "/api/dyads"])
@pytest.mark.parametrize("params, message", [
    ({"country": "Pakistan"}, "not a country code"), ({"dyad": "PAKUSA"}, "two codes"),
    ({"since": "March"}, "YYYY"), ({"until": "2024/03"}, "YYYY"), ({"type": "FIGHT"}, "not a PLOVER event type"),
    ({"status": "maybe"}, "asserted, pending, negated"),
])
def test_bad_filter_values_are_400_with_the_message(client, path, params, message):
    response = client.get(path, params=params)
    assert response.status_code == 400
    assert message in response.json()["error"]


@pytest.mark.parametrize("path", ["/api/events", "/api/dyads", "/api/stories"])
@pytest.mark.parametrize("params", [{"limit": "0"}, {"limit": "many"}, {"limit": "5000"}, {"offset": "-1"}])
def test_bad_paging_values_are_400(client, path, params):
    if path == "/api/dyads" and "offset" in params:
        params = {"limit": "-1"}
    response = client.get(path, params=params)
    assert response.status_code == 400 and next(iter(params)) in response.json()["error"]


def test_event_detail_has_document_context_and_trigger_offsets(client, built):
    coded = built[1]["trade"]
    event = next(e for e in coded.events if e.event_type == "AGREE")
    d = client.get(f"/api/events/{event.event_id}").json()
    assert d["event"]["event_id"] == event.event_id and d["event"]["story_id"] == "s" + coded.article.doc_id[1:]
    assert d["document"]["title"] == "Trade pact signed" and d["document"]["url"] == "https://news.example/trade"
    assert d["document"]["published"] == "2024-03-05" and d["document"]["outlet"] == "East Wire"
    ev, text = d["evidence"], coded.article.text
    assert ev["context_start"] == ev["sentence_start"] - 300 and ev["context_end"] == ev["sentence_end"] + 300
    assert ev["context"] == text[ev["context_start"]:ev["context_end"]] and ev["text_chars"] == len(text)
    rel = lambda offset: offset - ev["context_start"]  # noqa: E731
    assert ev["context"][rel(ev["trigger_start"]):rel(ev["trigger_end"])] == "signed" == ev["trigger"]
    assert ev["context"][rel(ev["sentence_start"]):rel(ev["sentence_end"])] == event.evidence.sentence
    assert d["explain"]["quad_class"] == "verbal_cooperation" and d["explain"]["attribution_kind"] == "anonymous"
    assert d["explain"]["target_how"] is None  # its rule gives its target (events/explain.py: target_how)


def test_event_detail_context_is_clipped_at_the_text_edges(client, built):
    coded = built[1]["border"]
    ev = client.get(f"/api/events/{coded.events[0].event_id}").json()["evidence"]
    assert ev["context_start"] == 0 and ev["context"] == coded.article.text
    assert ev["context"][ev["trigger_start"]:ev["trigger_end"]] == "shelled"


def test_unknown_event_id_is_404(client):
    response = client.get("/api/events/e0000000000000000")
    assert response.status_code == 404 and "no event" in response.json()["error"]
    assert "--db" not in response.json()["error"] and "detente events" not in response.json()["error"]


def test_timeline_counts_months_types_and_keeps_unplaced_events_apart(client):
    t = client.get("/api/timeline").json()
    assert [m["month"] for m in t["months"]] == ["2024-03", "2024-04", "2024-05", "2024-06"]
    assert t["months"][0]["types"] == {"AGREE": 2, "COOPERATE": 1} and t["months"][1]["types"] == {}
    assert t["months"][3]["types"] == {"ASSAULT": 1, "MOBILIZE": 1}
    assert t["undated_or_year_only"] == {"REJECT": 1, "REQUEST": 1}
    assert t["quad_of_type"]["ASSAULT"] == "material_conflict"


def test_timeline_filters(client):
    t = client.get("/api/timeline", params={"country": "UGA"}).json()
    assert t["months"] == [{"month": "2024-06", "types": {"ASSAULT": 1}}] and t["undated_or_year_only"] == {}
    assert client.get("/api/timeline", params={"dyad": "ETH-SOM"}).json()["months"] == []
    assert client.get("/api/timeline", params={"type": "agree"}).json()["months"][0]["types"] == {"AGREE": 2}


def test_dyads_are_directed_split_by_quad_class_and_skip_domestic(client):
    dyads = client.get("/api/dyads").json()["dyads"]
    assert [d["dyad"] for d in dyads] == ["KEN-TZA", "ETH-SOM", "TZA-KEN", "UGA-KEN"]
    ken_tza = dyads[0]
    assert (ken_tza["source"], ken_tza["target"]) == ("KEN", "TZA")
    assert (ken_tza["events"], ken_tza["cooperation"], ken_tza["conflict"]) == (2, 2, 0)
    assert (ken_tza["verbal_cooperation"], ken_tza["material_cooperation"], ken_tza["goldstein"]) == (2, 0, 8)
    assert (dyads[2]["material_cooperation"], dyads[2]["goldstein"]) == (1, 6)  # TZA→KEN cooperates materially
    assert dyads[1]["verbal_conflict"] == 1 and (dyads[3]["material_conflict"], dyads[3]["goldstein"]) == (1, -10)
    assert client.get("/api/dyads", params={"status": "asserted", "limit": 1}).json()["dyads"][0]["events"] == 1


def test_stories_largest_first_with_documents_and_outlets(client, built):
    s = client.get("/api/stories").json()
    assert s["total"] == 2 and [st["documents"] for st in s["stories"]] == [2, 1]
    first = s["stories"][0]
    assert first["outlets"] == ["East Wire", "Lake Daily"] and first["events"] == 3
    assert [m["published"] for m in first["members"]] == ["2024-03-05", "2024-03-06"]
    assert client.get("/api/stories", params={"offset": 1}).json()["stories"][0]["documents"] == 1


def test_every_quad_class_entry_is_the_plover_type_list_and_counts_in_dyads(tmp_path):
    from tests.web.web_corpus import _article, _event  # one event of every type for one pair

    from detente import store
    from detente.records import CodedArticle

    table = quad_table()
    assert tuple(table) == PLOVER_TYPES and {q.quad_class for q in table.values()} == set(QUAD_CLASSES)
    article = _article("border")
    events = tuple(_event(article, "troops", t, "UGA", "KEN", "2024-06-10") for t in table)
    db = str(tmp_path / "all.duckdb")
    store.write_batch(db, [CodedArticle(article, 1, 1, events)], [])
    (pair,) = TestClient(create_app(db)).get("/api/dyads").json()["dyads"]
    for quad in QUAD_CLASSES:
        assert pair[quad] == sum(q.quad_class == quad for q in table.values())
    assert (pair["cooperation"], pair["conflict"]) == (7, 9)
    # one event of each type: the sum of the Goldstein values of their default CAMEO codes
    assert pair["goldstein"] == round(4 + 1 + 3.5 + 5 + 6 + 7 + 7 - 5 - 2 - 4 - 4.4 - 6.5 - 4 - 7.2 - 7 - 10, 2)


def test_busy_database_is_503_with_a_clear_message(built, monkeypatch):
    monkeypatch.setattr(web_queries, "WAIT_SECONDS", 0.3)
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time\n"
                               f"con = duckdb.connect({built[0]!r}); print('ready', flush=True); time.sleep(30)"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        response = TestClient(create_app(built[0])).get("/api/summary")
        assert response.status_code == 503 and "another detente process" in response.json()["error"]
    finally:
        holder.kill()
        holder.wait()
    time.sleep(0.1)
    assert TestClient(create_app(built[0])).get("/api/summary").status_code == 200


def test_a_duckdb_file_without_detente_tables_is_a_json_500(tmp_path):
    import duckdb

    other = str(tmp_path / "other.duckdb")
    duckdb.connect(other).close()
    response = TestClient(create_app(other)).get("/api/events")
    assert response.status_code == 500 and "detente database" in response.json()["error"]
    assert "SELECT" not in response.text and "Catalog" not in response.text and "events" not in response.text



def test_a_malformed_quad_class_line_names_the_file_and_line():
    from detente.errors import KnowledgeError
    from detente.web.quads import parse_row

    with pytest.raises(KnowledgeError, match=r"quad_classes.tsv:7"):
        parse_row("AGREE\tfriendly\tcooperation", 7)

