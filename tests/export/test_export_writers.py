import csv
import json

import pyarrow.parquet as pq
import pytest

from detente import store
from detente.errors import ConfigError
from detente.export import export
from detente.export.contract import DOCUMENT_FIELDS, EVENT_FIELDS

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
    assert set(r["evidence"]) == {"segment_role", "sentence", "start", "end"}
    assert TEXT[r["evidence"]["start"]:r["evidence"]["end"]] == r["evidence"]["sentence"]


def test_documents_jsonl_follows_the_contract(db, tmp_path):
    out = tmp_path / "d.jsonl"
    export(db, "documents", "jsonl", str(out))
    (row,) = [json.loads(l) for l in out.read_text().splitlines()]
    assert tuple(row) == DOCUMENT_FIELDS and row["published"] == "2024-03-05"


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
