"""Mistakes a user makes, each answered with one line saying what is wrong and what to do, and the
README's exit code (2 usage error, 3 could not run). A few run as real processes, the way a user
meets them; the rest in-process."""
from __future__ import annotations

import socket
import subprocess
import sys

import duckdb
import pytest
from typer.testing import CliRunner

from detente import store
from detente.cli.main import app
from tests.conftest import make_coded

RUNNER = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("errors") / "news.duckdb")
    store.write_batch(path, [make_coded("Kenya and Tanzania signed a trade agreement on Tuesday, officials said.")], [])
    return path


@pytest.fixture(scope="module")
def other_db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("errors") / "other.duckdb")
    con = duckdb.connect(path)
    con.execute("CREATE TABLE measurements (x INTEGER)")
    con.close()
    return path


def message(result) -> str:
    return result.output.strip()  # typer's runner mixes standard error into output


def assert_one_line_error(text: str, *words: str) -> None:
    assert "Traceback" not in text
    lines = [line for line in text.splitlines() if line.startswith("error:")]
    assert len(lines) == 1, text
    for word in words:
        assert word in lines[0], (word, text)


@pytest.mark.parametrize("args, code, words", [
    (["export", "events", "-o", "/nonexistent_dir/e.jsonl"], 2, ["/nonexistent_dir", "does not exist"]),
    (["export", "events", "-o", "{tmp}"], 2, ["is a directory", "name a file"]),
    (["events", "--limit", "-5"], 2, []),
    (["events", "--db", "{other}"], 3, ["not one made by detente", "detente ingest"]),
    (["web", "--port", "99999"], 2, []),
])
def test_the_reported_tracebacks_are_messages_now(db, other_db, tmp_path, args, code, words):
    args = [a.format(tmp=tmp_path, other=other_db) for a in args]
    if "--db" not in args:
        args += ["--db", db]
    proc = subprocess.run([sys.executable, "-m", "detente", *args], capture_output=True, text=True, timeout=120)
    assert proc.returncode == code, (args, proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stdout + proc.stderr
    # typer's own usage errors too: one line naming the option and where to read about it
    assert_one_line_error(proc.stderr, *(words or [args[1], "--help"]))


@pytest.mark.parametrize("args, words", [
    (["events", "--type", "FOO"], ["'FOO'", "AGREE", "ASSAULT"]),
    (["events", "--status", "maybe"], ["'maybe'", "asserted, pending, negated"]),
    (["events", "--since", "2024-13"], ["2024-13", "YYYY-MM"]),
    (["events", "--since", "2024-02-30"], ["2024-02-30", "not a date"]),
    (["events", "--until", "2023-02-29"], ["2023-02-29", "not a date"]),
    # every bad filter at once, not the first only (newcomer review, session 14)
    (["events", "--country", "XXQ", "--type", "HUG", "--since", "2024-13"],
     ["3 filters are wrong", "--country 'XXQ'", "--type 'HUG'", "--since '2024-13'"]),
    (["ingest", "nothing.txt", "--engine", "foo"], ["'foo'", "local, spark"]),
    (["export", "events", "-f", "csv", "-o", "{tmp}/e.parquet"], ["--format csv", ".parquet", "--format parquet"]),
    (["export", "events", "-f", "gdelt", "-o", "{tmp}/e.jsonl"], ["--format gdelt", "--format jsonl or plover"]),
    (["export", "events", "-f", "xml", "-o", "{tmp}/e.xml"], ["'xml'", "jsonl, json, csv, tsv, parquet"]),
    (["export", "nonsense", "-o", "{tmp}/e.jsonl"], ["'nonsense'", "events, documents"]),
    (["export", "documents", "--type", "AGREE", "-o", "{tmp}/d.jsonl"], ["--type", "export documents"]),
    (["export", "rejects", "--country", "KEN", "-o", "{tmp}/d.jsonl"], ["--country", "export rejects"]),
    (["export", "documents", "--limit", "5", "-o", "{tmp}/d.jsonl"], ["--limit", "export documents"]),
    (["show", "e000"], ["no event 'e000'", "detente events"]),
    (["sql", ""], ["query is empty", "SHOW TABLES"]),
    (["sql", "SELECT 1", "--timeout", "1e300"], ["--timeout", "at most"]),
])
def test_bad_values_are_refused_naming_the_valid_choices(db, tmp_path, args, words):
    args = [a.format(tmp=tmp_path) for a in args] + ["--db", db]
    result = RUNNER.invoke(app, args)
    assert result.exit_code == 2, (args, message(result))
    assert_one_line_error(message(result), *words)
    assert not list(tmp_path.iterdir()), "a refused export wrote a file"


def test_a_database_that_does_not_exist_is_said_in_words(tmp_path):
    for command in (["events"], ["show", "e000"], ["explain", "e000"], ["export", "events", "-o", str(tmp_path / "e.jsonl")]):
        result = RUNNER.invoke(app, [*command, "--db", str(tmp_path / "absent.duckdb")])
        assert result.exit_code == 2, (command, message(result))
        assert_one_line_error(message(result), "absent.duckdb does not exist", "detente ingest")
        assert not (tmp_path / "absent.duckdb").exists(), "reading must not create the database"


def test_a_port_in_use_is_could_not_run(db):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = RUNNER.invoke(app, ["web", "--db", db, "--port", str(port)])
    assert result.exit_code == 3, message(result)
    assert_one_line_error(message(result), f"127.0.0.1:{port}", "another --port")


def test_the_output_extension_chooses_the_format_when_none_is_given(db, tmp_path):
    result = RUNNER.invoke(app, ["export", "events", "--db", db, "-o", str(tmp_path / "e.parquet")])
    assert result.exit_code == 0, message(result)
    assert (tmp_path / "e.parquet").read_bytes()[:4] == b"PAR1"


def test_filters_are_case_insensitive_where_the_vocabulary_is(db):
    result = RUNNER.invoke(app, ["events", "--db", db, "--type", "agree", "--status", "Asserted", "--country", "ken"])
    assert result.exit_code == 0, message(result)
    assert "1 event\n" in result.output


def test_an_unexpected_error_is_one_line_and_exit_3(db, monkeypatch):
    # A bug must not show a traceback either: it says so and how to see the details.
    from detente.cli import cmd_events

    def broken(*_args, **_kwargs):
        raise ValueError("boom")

    monkeypatch.setattr(cmd_events, "select_events", broken)
    result = RUNNER.invoke(app, ["events", "--db", db])
    assert result.exit_code == 3
    assert_one_line_error(message(result), "internal error", "ValueError: boom", "DETENTE_DEBUG=1")


@pytest.mark.parametrize("args, words", [
    (["events", "--limit", "x"], ["--limit", "integer", "detente events --help"]),
    (["events", "--no-such-option"], ["No such option", "detente events --help"]),
    (["show"], ["Missing argument", "detente show --help"]),
    (["no-such-command"], ["No such command", "--help"]),
])
def test_typer_usage_errors_are_one_line_like_every_other_error(args, words):
    result = CliRunner().invoke(app, args, prog_name="detente")
    assert result.exit_code == 2
    assert_one_line_error(message(result), *words)
    assert "╭" not in result.output


@pytest.mark.parametrize("args, words", [
    (["--country", "PAL"], ["--country 'PAL'", "no country or body", "POL"]),
    (["--dyad", "USA-XYZ"], ["--dyad 'USA-XYZ'", "no country or body"]),
    (["--country", "Kenya"], ["--country 'Kenya'", "Kenya is coded KEN"]),
    (["--dyad", "iran-usa"], ["--dyad 'iran-usa'", "iran is coded IRN"]),
])
def test_a_code_no_actor_can_have_is_refused_not_answered_with_zero_rows(db, args, words):
    result = RUNNER.invoke(app, ["events", "--db", db, *args])
    assert result.exit_code == 2, message(result)
    assert_one_line_error(message(result), *words)


def test_ingest_into_a_folder_that_does_not_exist_is_a_usage_error_before_any_input_is_read(tmp_path):
    # newcomer session 12: every input was read, then DuckDB's "IO Error: Cannot open file" ended the run with 3
    article = tmp_path / "a.txt"
    article.write_text("Kenya and Tanzania signed a trade agreement on Tuesday, officials said.", encoding="utf-8")
    db = tmp_path / "no" / "such" / "news.duckdb"
    result = RUNNER.invoke(app, ["ingest", str(article), "--db", str(db)])
    assert result.exit_code == 2
    assert_one_line_error(message(result), f"the folder {db.parent} does not exist", "mkdir -p")
    assert "ingest:" not in result.output and not db.parent.exists()
