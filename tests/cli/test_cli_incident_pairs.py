"""`detente incidents` names the other pairs an incident's reports name ("ARG (+PER)"), finds it by them, and
lists incidents with no country on either side last, saying so (newcomer review, session 15)."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from detente.cli.main import app

from tests.store.test_store_incident_pairs import several_pairs_store

RUNNER = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("pairs") / "news.duckdb")
    several_pairs_store(path)
    return path


def test_the_table_shows_the_other_pairs_and_the_pair_filter_finds_the_incident(db):
    result = RUNNER.invoke(app, ["incidents", "--db", db, "--dyad", "BOL-PER"])
    assert result.exit_code == 0, result.output
    assert "ARG (+PER)" in result.stdout and result.stdout.splitlines()[-1] == "1 incident"


def test_one_incident_names_the_other_pairs_beside_its_own(db):
    result = RUNNER.invoke(app, ["incidents", "i-ask", "--db", db])
    assert result.exit_code == 0 and "BOL → ARG (+PER)" in result.stdout


def test_json_carries_the_other_pairs(db):
    result = RUNNER.invoke(app, ["incidents", "--db", db, "-f", "jsonl"])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["incident_id"], r["other_pairs"]) for r in records] == [("i-ask", ["BOL-PER"]), ("i-can", []), ("i-vow", [])]


def test_unresolved_incidents_come_last_and_are_counted_on_stderr(db):
    result = RUNNER.invoke(app, ["incidents", "--db", db])
    rows = [line for line in result.stdout.splitlines() if "│ i-" in line]
    assert [row.split("│")[1].strip() for row in rows] == ["i-ask", "i-can", "i-vow"]
    assert "1 incident with no country on either side is listed last" in result.stderr
