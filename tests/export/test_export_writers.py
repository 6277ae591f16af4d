import csv
import json

import pyarrow.parquet as pq
import pytest

from detente import store
from detente.errors import ConfigError
from detente.export import export
from detente.export.contract import DOCUMENT_FIELDS, EVENT_FIELDS
from detente.store.queries import EventFilter
from detente.store.rows import DOCUMENT_COLUMNS

from tests.conftest import make_coded

TEXT = "Kenya and Tanzania signed a trade agreement in Arusha on Tuesday, officials said."


@pytest.fixture()
def db(tmp_path):
    path = str(tmp_path / "t.duckdb")
    store.write_batch(path, [make_coded(TEXT, events=2)], [])
    return path


def test_events_jsonl_follows_the_contract(db, tmp_path):
    out = tmp_path / "e.jsonl"
    assert export(db, "events", "jsonl", str(out)) == 2
    rows = [json.loads(l) for l in out.read_text().splitlines()]
    assert all(tuple(r) == EVENT_FIELDS for r in rows)
    r = rows[0]
    assert r["source"] == {"text": "Kenya", "country": "KEN", "sector": "GOV"}
    assert {"segment_role", "sentence", "start", "end", "sentence_number", "trigger"} <= set(r["evidence"])
    assert TEXT[r["evidence"]["start"]:r["evidence"]["end"]] == r["evidence"]["sentence"]
    ev = r["evidence"]
    assert TEXT[ev["trigger_start"]:ev["trigger_end"]] and ev["sentence_number"] == 1
    assert r["date_start"] == "2024-03-05" and r["confidence"] == 0.9 and r["cite"]["published"] == "2024-03-05"
    assert {(r["event_type"], r["quad_class"], r["cameo"]["code"]) for r in rows} == {
        ("AGREE", "verbal_cooperation", "030"), ("CONSULT", "verbal_cooperation", "040")}


def test_documents_jsonl_follows_the_contract(db, tmp_path):
    out = tmp_path / "d.jsonl"
    export(db, "documents", "jsonl", str(out))
    (row,) = [json.loads(l) for l in out.read_text().splitlines()]
    assert tuple(row)[:len(DOCUMENT_FIELDS)] == DOCUMENT_FIELDS and row["published"] == "2024-03-05"
    assert set(row) == set(DOCUMENT_COLUMNS) | {"story_id"}  # every column of the table, the text included
    assert row["text"] == TEXT and row["sentences"] >= 1 and row["fmt"]


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_documents_export_every_column_in_flat_formats(db, tmp_path, fmt):
    out = tmp_path / f"d.{fmt}"
    export(db, "documents", fmt, str(out))
    columns = (pq.read_table(out).column_names if fmt == "parquet"
               else out.read_text().splitlines()[0].split(","))
    assert set(columns) == set(DOCUMENT_COLUMNS) | {"story_id"}


@pytest.mark.parametrize("fmt,delimiter", [("csv", ","), ("tsv", "\t")])
def test_delimited_exports_flatten_actors(db, tmp_path, fmt, delimiter):
    out = tmp_path / f"e.{fmt}"
    export(db, "events", fmt, str(out))
    rows = list(csv.DictReader(out.open(), delimiter=delimiter))
    assert len(rows) == 2 and rows[0]["source_country"] == "KEN" and rows[0]["target_country"] == "TZA"


def test_parquet_export(db, tmp_path):
    out = tmp_path / "e.parquet"
    export(db, "events", "parquet", str(out))
    table = pq.read_table(out)
    assert table.num_rows == 2 and "evidence_sentence" in table.column_names


def test_unknown_format_is_a_config_error(db, tmp_path):
    with pytest.raises(ConfigError):
        export(db, "events", "xml", str(tmp_path / "x"))


def test_flat_exports_have_one_column_per_contract_leaf(db, tmp_path):
    from detente.export.contract import flat_columns

    out = tmp_path / "e.csv"
    export(db, "events", "csv", str(out))
    header = out.read_text().splitlines()[0].split(",")
    assert tuple(header) == flat_columns() and "location_latitude" in header and "cameo_goldstein" in header


def test_parquet_keeps_numbers_and_dates_typed(db, tmp_path):
    out = tmp_path / "e.parquet"
    export(db, "events", "parquet", str(out))
    schema = pq.read_schema(out)
    assert str(schema.field("date_start").type) == "date32[day]"
    assert str(schema.field("confidence").type) == "double" and str(schema.field("evidence_start").type) == "int64"


@pytest.mark.parametrize("what", ["stories", "sources", "rejects", "incidents"])
@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_other_tables_export(db, tmp_path, what, fmt):
    out = tmp_path / f"{what}.{fmt}"
    n = export(db, what, fmt, str(out))
    assert out.exists() and n == (0 if what in ("rejects", "incidents") else 1)


def test_a_table_a_later_stage_writes_is_a_clear_error_until_it_exists(db, tmp_path):
    import duckdb

    with duckdb.connect(db) as con:  # a file written before the incidents stage existed
        con.execute("DROP TABLE incidents")
    with pytest.raises(ConfigError, match="no incidents table"):
        export(db, "incidents", "jsonl", str(tmp_path / "i.jsonl"))
    assert not list(tmp_path.glob("i.jsonl*"))


def test_a_failed_export_leaves_no_file_behind(db, tmp_path, monkeypatch):
    from detente.export import writers

    def broken(*_args):
        yield {"event_id": "x"}
        raise OSError("disk full")

    monkeypatch.setattr(writers, "event_records", broken)
    with pytest.raises(OSError):
        export(db, "events", "jsonl", str(tmp_path / "e.jsonl"))
    assert not list(tmp_path.glob("e.jsonl*"))


def test_standard_output(db, capsys):
    assert export(db, "events", "jsonl", "-") == 2
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_export_takes_the_events_filters_and_a_limit(db, tmp_path):
    from detente.store.queries import EventFilter

    out = str(tmp_path / "e.jsonl")
    assert export(db, "events", "jsonl", out, EventFilter(event_type="CONSULT")) == 1
    assert export(db, "events", "jsonl", out, EventFilter(dyad="TZA-KEN", status="asserted", until="2024")) == 2
    assert export(db, "events", "jsonl", out, limit=1) == 1
    with pytest.raises(ConfigError):
        export(db, "events", "jsonl", out, limit=-1)
    with pytest.raises(ConfigError):
        export(db, "rejects", "gdelt", out)


@pytest.mark.parametrize("name", ["e.xlsx", "e.jsonl.gz", "e.xml"])
def test_an_output_named_for_a_format_detente_does_not_write_is_refused(db, tmp_path, name):
    with pytest.raises(ConfigError, match="name the file with one of those extensions"):
        export(db, "events", None, str(tmp_path / name))
    assert not (tmp_path / name).exists() and not list(tmp_path.glob("*.partial"))



@pytest.mark.parametrize("what, fmt", [("events", None), ("events", "plover"), ("documents", None), ("sources", None)])
def test_a_json_file_holds_one_json_array_of_the_jsonl_records(db, tmp_path, what, fmt):
    # Session 7 newcomer: `-o events.json` used to get JSON Lines, which json.load refuses ("Extra data").
    as_array, as_lines = tmp_path / f"{what}.json", tmp_path / f"{what}.jsonl"
    n = export(db, what, fmt, str(as_array))
    export(db, what, fmt, str(as_lines))
    rows = json.loads(as_array.read_text())
    assert isinstance(rows, list) and len(rows) == n >= 1
    assert rows == [json.loads(line) for line in as_lines.read_text().splitlines()]  # the same records


def test_an_empty_selection_to_a_json_file_is_an_empty_array(db, tmp_path):
    out = tmp_path / "none.json"
    assert export(db, "events", None, str(out), EventFilter(country="ISL")) == 0
    assert json.loads(out.read_text()) == []


def test_standard_output_stays_json_lines(db, capsys):
    export(db, "events", "jsonl", "-")
    assert len([json.loads(line) for line in capsys.readouterr().out.splitlines()]) == 2


def test_a_whole_file_source_exports_an_empty_line_as_documents_do(db, tmp_path):
    import json

    for what in ("sources", "documents"):
        export(db, what, "jsonl", str(tmp_path / f"{what}.jsonl"))
    source, = [json.loads(line) for line in (tmp_path / "sources.jsonl").read_text().splitlines()]
    document, = [json.loads(line) for line in (tmp_path / "documents.jsonl").read_text().splitlines()]
    assert source["line"] is None and document["line"] is None and source["path"] == document["path"]


def test_a_whole_file_reject_exports_without_a_line_number(db, tmp_path):
    from detente.records import Reject

    store.write_batch(db, [], [Reject("notes.txt", None, "empty", "the file is empty"),
                               Reject("feed.jsonl", 3, "bad_json", "not valid JSON")])
    out = tmp_path / "rejects.csv"
    assert export(db, "rejects", "csv", str(out)) == 2
    rows = list(csv.DictReader(out.open()))
    assert [(r["path"], r["line"], r["reason"]) for r in rows] == [("feed.jsonl", "3", "bad_json"), ("notes.txt", "", "empty")]


def test_export_counts_the_written_events_by_status_and_notes_what_gdelt_cannot_say(db, tmp_path):
    from collections import Counter

    from detente.export import export_notes
    statuses = Counter()
    out = str(tmp_path / "g.csv")
    assert export(db, "events", "gdelt", out, limit=1, statuses=statuses) == 1
    assert statuses == Counter(asserted=1)  # what was written, under --limit too
    (tab,) = export_notes("gdelt", out, statuses)  # all asserted: only the separator
    assert "tab-separated" in tab
    notes = export_notes(None, "-", Counter(asserted=3, pending=2))  # jsonl to standard output: nothing to add
    assert notes == [] and export_notes("icews", "-", Counter(pending=2))[0].startswith("note: 2 pending")
    assert export_notes("icews", "-", Counter(pending=2), status_filtered=True) == []
