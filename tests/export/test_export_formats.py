"""The formats of the field against golden files (written by hand-checked runs; regenerate with
DETENTE_UPDATE_GOLDEN=1 and read the diff before committing it)."""
from __future__ import annotations

import csv
import dataclasses
import json
import os
from pathlib import Path

import pytest

from detente import store
from detente.export import export
from detente.export.formats import GDELT_COLUMNS, ICEWS_COLUMNS
from detente.places import locate
from detente.records import CodedArticle

from tests.conftest import make_article, make_event

GOLDEN = Path(__file__).parent / "golden"
TEXT = "Kenyan troops shelled positions near Arusha on Tuesday, the Tanzanian army said."


def _database(path: str) -> str:
    article = make_article(TEXT)
    event = dataclasses.replace(make_event(article, "ASSAULT"), mode="artillery", rule="verb:shell src=subj",
                                location=locate("Arusha", "TZA"))
    store.write_batch(path, [CodedArticle(article, 1, 1, (event,))], [])
    return path


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return _database(str(tmp_path_factory.mktemp("formats") / "f.duckdb"))


@pytest.mark.parametrize("fmt,name", [("plover", "plover.jsonl"), ("gdelt", "gdelt.tsv"), ("icews", "icews.tsv")])
def test_format_matches_its_golden_file(db, tmp_path, fmt, name):
    out = tmp_path / name
    export(db, "events", fmt, str(out))
    if os.environ.get("DETENTE_UPDATE_GOLDEN"):
        (GOLDEN / name).write_text(out.read_text(encoding="utf-8"), encoding="utf-8")
    assert out.read_text(encoding="utf-8") == (GOLDEN / name).read_text(encoding="utf-8")


def test_plover_record_has_the_specification_fields(db, tmp_path):
    out = tmp_path / "p.jsonl"
    export(db, "events", "plover", str(out))
    (rec,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert rec["event"] == "ASSAULT" and rec["mode"] == "artillery" and rec["quad_code"] == 4
    assert rec["actor"] == {"code": "KEN", "sector": "GOV", "entity_text": "Kenya"}
    assert rec["recipient"]["code"] == "TZA" and rec["text_info"]["sentence_number"] == 1
    assert rec["location"]["geo_precision"] == "city" and -4 < rec["location"]["latitude"] < -3


def test_gdelt_row_carries_cameo_goldstein_and_place(db, tmp_path):
    out = tmp_path / "g.tsv"
    export(db, "events", "gdelt", str(out))
    (row,) = list(csv.DictReader(out.open(encoding="utf-8"), delimiter="\t"))
    assert tuple(row) == GDELT_COLUMNS and len(GDELT_COLUMNS) == 61
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == ("194", "194", "19")
    assert row["QuadClass"] == "4" and row["GoldsteinScale"] == "-10.0" and row["SQLDATE"] == "20240305"
    assert row["Actor1Code"] == "KENGOV" and row["ActionGeo_Type"] == "4" and row["ActionGeo_CountryCode"] == "TZ"


def test_icews_row_names_countries_and_the_city(db, tmp_path):
    out = tmp_path / "i.tsv"
    export(db, "events", "icews", str(out))
    (row,) = list(csv.DictReader(out.open(encoding="utf-8"), delimiter="\t"))
    assert tuple(row) == ICEWS_COLUMNS
    assert row["Source Country"] == "Kenya" and row["Target Country"] == "Tanzania" and row["City"] == "Arusha"
    assert row["CAMEO Code"] == "194" and row["Intensity"] == "-10.0" and row["Event Date"] == "2024-03-05"
    assert row["Source Sectors"] == "Government" and row["Target Sectors"] == "Government"


def test_icews_sectors_are_names_from_the_data_file():
    """ICEWS writes sector names ("Government,Military"), not CAMEO codes (newcomer7 found "MIL")."""
    from detente.export.cameo import icews_sectors

    assert icews_sectors("MIL") == "Government,Military" and icews_sectors("COP") == "Government,Police"
    assert icews_sectors(None) == "" and icews_sectors("XYZ") == "XYZ"


def test_every_sector_the_actor_tables_give_has_an_icews_name():
    from detente.export.cameo import icews_sector_table

    roles = Path(__file__).parents[2] / "src" / "detente" / "actors" / "data" / "roles.tsv"
    codes = {line.split("\t")[1] for line in roles.read_text(encoding="utf-8").splitlines()[1:]
             if line.strip() and not line.startswith("#") and line.split("\t")[0] != "term"}
    assert codes - {"-"} <= set(icews_sector_table()), sorted(codes - {"-"} - set(icews_sector_table()))
    assert set(icews_sector_table()) >= {"GOV", "MIL", "COP", "LEG", "JUD", "IGO"}


def test_incident_counts_reach_the_records_and_gdelt(tmp_path):
    import duckdb

    db = _database(str(tmp_path / "incidents.duckdb"))
    con = duckdb.connect(db)
    con.execute("INSERT INTO incidents (incident_id, event_type, n_mentions, n_documents, n_outlets, contradictions) "
                "VALUES ('iabc', 'ASSAULT', 4, 3, 2, '[]')")
    con.execute("UPDATE events SET incident_id = 'iabc'")
    con.close()
    out = tmp_path / "e.jsonl"
    export(db, "events", "jsonl", str(out))
    (rec,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert rec["incident_id"] == "iabc" and rec["incident"] == {"mentions": 4, "documents": 3, "outlets": 2}
    export(db, "events", "gdelt", str(tmp_path / "g.tsv"))
    (row,) = list(csv.DictReader((tmp_path / "g.tsv").open(encoding="utf-8"), delimiter="\t"))
    assert (row["NumMentions"], row["NumArticles"], row["NumSources"]) == ("4", "3", "2")
    assert export(db, "incidents", "csv", str(tmp_path / "i.csv")) == 1


def test_an_inferred_actor_is_named_by_its_country_not_its_code():
    from detente.export.formats import actor_name, gdelt_row, icews_row

    assert actor_name({"text": "TZA", "country": "TZA", "sector": None}) == "Tanzania"
    assert actor_name({"text": "Kenyan troops", "country": "KEN", "sector": "MIL"}) == "Kenyan troops"
    assert actor_name({"text": "NATO", "country": "NATO", "sector": None}) == "NATO"  # no country to name
    assert actor_name(None) == ""
    record = {"event_id": "e1", "date_start": "2024-03-05", "cameo": None, "location": None, "incident": None,
              "story_id": None, "evidence": {"sentence_number": 1}, "cite": {"url": None, "outlet": None},
              "source": {"text": "Kenyan troops", "country": "KEN", "sector": "MIL"},
              "target": {"text": "TZA", "country": "TZA", "sector": None}}
    assert icews_row(record)["Target Name"] == "Tanzania" and icews_row(record)["Source Name"] == "Kenyan troops"
    assert gdelt_row(record)["Actor2Name"] == "TANZANIA" and gdelt_row(record)["Actor2CountryCode"] == "TZA"


def test_a_saved_page_s_canonical_address_reaches_sourceurl_and_the_cite_url(tmp_path):
    """An HTML file carries no URL of its own: its <link rel=canonical> fills GDELT SOURCEURL (newcomer7)."""
    from detente.pipeline import code_document
    from detente.records import Document

    page = ("<!DOCTYPE html><html><head><title>Kenya shells Tanzanian post</title>"
            '<link rel="canonical" href="https://lakeside.example/world/shelling"></head><body><article>'
            "<h1>Kenyan troops shelled a Tanzanian border post</h1><p>Kenyan troops shelled a Tanzanian border post "
            "near Arusha on Tuesday, wounding two soldiers, the Tanzanian army said in a statement.</p></article>"
            "</body></html>")
    coded = code_document(Document("dpage", "shelling.html", None, "html", page))
    db = str(tmp_path / "page.duckdb")
    store.write_batch(db, [coded], [])
    out = tmp_path / "g.tsv"
    export(db, "events", "gdelt", str(out))
    rows = list(csv.DictReader(out.open(encoding="utf-8"), delimiter="\t"))
    assert rows and {r["SOURCEURL"] for r in rows} == {"https://lakeside.example/world/shelling"}
    out = tmp_path / "p.jsonl"
    export(db, "events", "plover", str(out))
    assert json.loads(out.read_text(encoding="utf-8").splitlines()[0])["cite_info"]["url"] == \
        "https://lakeside.example/world/shelling"


def test_a_capital_standing_for_its_state_is_named_by_the_state():
    """A GDELT export's Actor2Name read "BEIJING": the capital the coder read as China stood in the name column
    as if the other side were a city (session 24 newcomer lead). Other words stay the article's."""
    from detente.export.formats import actor_name, gdelt_row, icews_row

    assert actor_name({"text": "Beijing", "country": "CHN", "sector": "GOV"}) == "China"
    assert actor_name({"text": "Ankara", "country": "TUR", "sector": "GOV"}) == "Turkey"
    assert actor_name({"text": "Beijing", "country": "TWN", "sector": "GOV"}) == "Beijing"  # not its capital
    assert actor_name({"text": "Chinese coast guard", "country": "CHN", "sector": "COP"}) == "Chinese coast guard"
    record = {"event_id": "e1", "date_start": "2024-04-02", "cameo": None, "location": None, "incident": None,
              "story_id": None, "evidence": {"sentence_number": 1}, "cite": {"url": None, "outlet": None},
              "source": {"text": "Manila", "country": "PHL", "sector": "GOV"},
              "target": {"text": "Beijing", "country": "CHN", "sector": "GOV"}}
    gdelt = gdelt_row(record)
    assert (gdelt["Actor1Name"], gdelt["Actor2Name"], gdelt["Actor2Code"]) == ("PHILIPPINES", "CHINA", "CHNGOV")
    assert (icews_row(record)["Source Name"], icews_row(record)["Target Name"]) == ("Philippines", "China")


def test_a_pronoun_or_an_unnamed_doer_is_no_name():
    """realnews' GDELT export had Actor1Name "IT", "HE", "THEY" and "UNNAMED" (session 24 newcomer): words
    that name nobody. The name column holds the actor's country, or nothing when that is unknown."""
    from detente.events.coder import UNNAMED
    from detente.export.formats import UNNAMED_TEXT, actor_name, gdelt_row

    assert UNNAMED.text == UNNAMED_TEXT
    assert actor_name({"text": "he", "country": "ISR", "sector": "GOV"}) == "Israel"
    assert actor_name({"text": "They", "country": "IND", "sector": "MIL"}) == "India"
    assert actor_name({"text": "it", "country": None, "sector": None}) == ""
    assert actor_name({"text": "unnamed", "country": None, "sector": None}) == ""
    assert actor_name({"text": "Hebron council", "country": "PSE", "sector": None}) == "Hebron council"
    record = {"event_id": "e1", "date_start": "2024-04-02", "cameo": None, "location": None, "incident": None,
              "story_id": None, "evidence": {"sentence_number": 1}, "cite": {"url": None, "outlet": None},
              "source": {"text": "unnamed", "country": None, "sector": None},
              "target": {"text": "it", "country": "KEN", "sector": None}}
    assert (gdelt_row(record)["Actor1Name"], gdelt_row(record)["Actor2Name"]) == ("", "KENYA")
