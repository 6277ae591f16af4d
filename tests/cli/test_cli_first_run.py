"""What a newcomer met on a first run (session 7): an empty folder ingested silently, no sign of life from an
ingest whose output is not a terminal, DuckDB's words for a --db that is not a database, an id of one kind
given to the command of another, and a date range that cannot match answered as if the data were empty."""
from __future__ import annotations

import json

import pytest

from detente.ids import other_kind_hint
from tests.cli.test_cli_polish import db, errors, run  # noqa: F401  (db is a fixture)

PAGE = "Kenya and Tanzania signed a trade accord in Arusha on Tuesday, officials said.\n"


def test_an_empty_folder_is_a_usage_error_and_makes_no_database(tmp_path):
    (tmp_path / "in").mkdir()
    result = run("ingest", str(tmp_path / "in"), "--db", str(tmp_path / "n.duckdb"))
    assert result.exit_code == 2
    assert errors(result)[0].startswith("error: nothing to ingest: ") and ".txt" in errors(result)[0]
    assert not (tmp_path / "n.duckdb").exists()


def test_a_path_that_does_not_exist_is_a_usage_error_and_makes_no_database(tmp_path):
    result = run("ingest", str(tmp_path / "nothere.txt"), "--db", str(tmp_path / "n.duckdb"))
    assert result.exit_code == 2
    assert errors(result)[0].startswith("error: no such file or folder: ") and "nothere.txt" in errors(result)[0]
    assert not (tmp_path / "n.duckdb").exists()


def test_a_missing_path_beside_a_real_one_is_a_reject_and_the_run_goes_on(tmp_path):
    (tmp_path / "a.txt").write_text(PAGE)
    result = run("ingest", str(tmp_path / "a.txt"), str(tmp_path / "nothere.txt"), "--db", str(tmp_path / "n.duckdb"),
                 "--workers", "1")
    assert result.exit_code == 1, result.output
    assert "nothere.txt" in result.output and (tmp_path / "n.duckdb").exists()


def test_an_ingest_whose_output_is_not_a_terminal_says_what_it_runs(tmp_path):
    (tmp_path / "a.txt").write_text(PAGE)
    result = run("ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "n.duckdb"), "--workers", "1")
    assert result.exit_code == 0, result.output
    assert f"ingest: 1 input → {tmp_path / 'n.duckdb'}" in result.stderr  # the runner's stderr is no terminal
    assert result.stdout.splitlines()[0].startswith("1 new document, ")  # the summary stays on stdout


@pytest.mark.parametrize("command", [("events",), ("sql", "SELECT 1"), ("ingest", "IN")])
def test_a_db_that_is_not_a_duckdb_file_is_named_as_such(tmp_path, command):
    wrong = tmp_path / "wire.jsonl"
    wrong.write_text(json.dumps({"text": PAGE}) + "\n")
    args = [str(wrong) if a == "IN" else a for a in command]
    result = run(*args, "--db", str(wrong))
    assert result.exit_code == 3
    assert errors(result)[0].startswith(f"error: --db {wrong} is not a DuckDB database file")
    assert "in-memory" not in result.output and wrong.read_text() == json.dumps({"text": PAGE}) + "\n"


@pytest.mark.parametrize("command, other, says", [("incidents", "events", "an event id: try `detente show"),
                                                 ("show", "incidents", "an incident id: try `detente incidents"),
                                                 ("explain", "incidents", "an incident id"),
                                                 ("agreements", "events", "an event id")])
def test_an_id_of_another_kind_is_named_with_the_command_that_takes_it(db, command, other, says):  # noqa: F811
    listed = run(other, "--db", db, "-f", "json").stdout
    given = json.loads(listed)[0][f"{other[:-1]}_id"][:10]
    result = run(command, given, "--db", db)
    assert result.exit_code == 2 and says in errors(result)[0], result.output


def test_the_hint_is_only_for_ids_of_another_kind():
    assert other_kind_hint("e082f7ee", "i").startswith("; 'e082f7ee' looks like an event id")
    assert other_kind_hint("e082f7ee", "e") == ""  # the right kind, just not in the file
    assert other_kind_hint("everything", "i") == "" and other_kind_hint("x123", "e") == ""


@pytest.mark.parametrize("command", ["events", "incidents", "export"])
def test_a_since_after_until_is_refused_naming_both(db, command):  # noqa: F811
    args = [command] + (["events"] if command == "export" else [])
    result = run(*args, "--db", db, "--since", "2024-04", "--until", "2024-03-31")
    assert result.exit_code == 2
    assert errors(result)[0] == "error: --since 2024-04 is after --until 2024-03-31: nothing can match; swap them, or drop one"
    for since, until in (("2024-03", "2024"), ("2024-03-05", "2024-03"), ("2024-03-05", "2024-03-05")):
        assert run(*args, "--db", db, "--since", since, "--until", until).exit_code == 0, (since, until)


def test_sql_says_how_to_read_a_table_too_wide_to_show(db):  # noqa: F811
    wide = run("sql", "SELECT * FROM events", "--db", db)
    assert wide.exit_code == 0 and "columns do not fit" in wide.stderr and "--format csv" in wide.stderr
    assert "columns do not fit" not in run("sql", "SELECT event_id, event_type FROM events", "--db", db).stderr
    assert "columns do not fit" not in run("sql", "SELECT * FROM events", "--db", db, "-f", "csv").stderr


def test_an_agreement_s_lifecycle_shows_the_sentence_of_each_step(db):  # noqa: F811
    agreement = json.loads(run("agreements", "--db", db, "-f", "json").stdout)[0]
    shown = run("agreements", agreement["agreement_id"], "--db", db)
    assert shown.exit_code == 0 and "evidence" in shown.stdout
    step = agreement["stages"][0]
    sentence = json.loads(run("events", "--db", db, "-f", "json").stdout)
    said = next(e["evidence"]["sentence"] for e in sentence if e["event_id"] == step["event_id"])
    assert said[:40] in shown.stdout
