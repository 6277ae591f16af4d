"""The flat incident rows name the other pairs an incident's reports name, as its table does ("BOL → ARG (+PER)").

`detente incidents --country PER -f csv` listed the request "Bolivia asked Argentina and Peru" as BOL, ARG and
nothing else, so a row chosen for Peru named no Peru; `export incidents` (csv, tsv, parquet) lost the pair for
every count made from the file (newcomer review, session 30).
"""
from __future__ import annotations

import csv
import io

import duckdb
import pytest
from typer.testing import CliRunner

from detente.cli.main import app
from detente.export.writers import export

from tests.store.test_store_incident_pairs import several_pairs_store

RUNNER = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("flat-pairs") / "news.duckdb")
    several_pairs_store(path)
    return path


def _rows(text: str, delimiter: str = ",") -> dict[str, dict]:
    return {r["incident_id"]: r for r in csv.DictReader(io.StringIO(text), delimiter=delimiter)}


def test_a_row_listed_for_the_other_country_names_it(db):
    result = RUNNER.invoke(app, ["incidents", "--db", db, "--country", "PER", "-f", "csv"])
    assert result.exit_code == 0, result.output
    [row] = _rows(result.stdout).values()
    assert (row["source_country"], row["target_country"], row["other_pairs"]) == ("BOL", "ARG", "BOL-PER")


def test_the_export_carries_the_other_pairs_in_every_flat_format(db, tmp_path):
    tsv = tmp_path / "incidents.tsv"
    export(db, "incidents", None, str(tsv))
    rows = _rows(tsv.read_text(encoding="utf-8"), "\t")
    assert rows["i-ask"]["other_pairs"] == "BOL-PER" and rows["i-can"]["other_pairs"] == ""
    parquet = tmp_path / "incidents.parquet"
    export(db, "incidents", None, str(parquet))
    found = duckdb.sql(f"SELECT incident_id, other_pairs FROM read_parquet('{parquet}') ORDER BY 1").fetchall()
    assert found == [("i-ask", "BOL-PER"), ("i-can", None), ("i-vow", None)]


def test_the_list_and_the_export_have_the_same_columns(db, tmp_path):
    listed = RUNNER.invoke(app, ["incidents", "--db", db, "-f", "csv"]).stdout.splitlines()[0]
    out = tmp_path / "incidents.csv"
    export(db, "incidents", None, str(out))
    assert out.read_text(encoding="utf-8").splitlines()[0] == listed and listed.endswith(",other_pairs")


def test_the_json_export_gives_the_contradictions_as_json_not_as_a_string_of_it(db, tmp_path):
    """`export incidents -f jsonl` wrote "contradictions": "[]" (a string to parse again), where `detente
    incidents -f jsonl` gives the list (newcomer review, session 30); its other pairs are a list there too."""
    import json

    out = tmp_path / "incidents.jsonl"
    export(db, "incidents", None, str(out))
    exported = {r["incident_id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    listed = RUNNER.invoke(app, ["incidents", "--db", db, "-f", "jsonl"]).stdout.splitlines()
    for record in map(json.loads, listed):
        assert exported[record["incident_id"]]["contradictions"] == record["contradictions"]
        assert isinstance(exported[record["incident_id"]]["contradictions"], list)
        assert exported[record["incident_id"]]["other_pairs"] == record["other_pairs"]  # lists both
    array = tmp_path / "incidents.json"
    export(db, "incidents", None, str(array))
    assert all(isinstance(r["contradictions"], list) for r in json.loads(array.read_text(encoding="utf-8")))
    csv_out = tmp_path / "incidents.csv"
    export(db, "incidents", None, str(csv_out))
    assert all(r["contradictions"] == "[]" for r in _rows(csv_out.read_text(encoding="utf-8")).values())
