"""A newcomer's review of the CLI (session 7): an ingest that codes nothing says why, rejects are listed one
row per file (every one still stored with its path and line), an empty --db file is named in detente's
words, and `detente show` marks the trigger in plain text when its output is not a terminal."""
from __future__ import annotations

import dataclasses
import io
import json
from pathlib import Path

import duckdb
import pytest
from rich.console import Console
from typer.testing import CliRunner

from detente import store
from detente.cli import cmd_show
from detente.cli.main import app
from detente.records import CodedArticle
from detente.stories import fingerprint

from tests.conftest import make_article, make_event

RUNNER = CliRunner()
SENTENCE = "Kenya and Tanzania signed a trade agreement in Arusha on Tuesday, officials said."


def run(*args: str):
    result = RUNNER.invoke(app, list(args))
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def _gold_folder(folder: Path, files: dict[str, int], body: bool = False) -> Path:
    """A benchmark-like folder: JSONL files whose lines have no text field (gold and manifest files); with
    `body`, each line's text sits under "body", a misnamed field (each line a no_text failure)."""
    folder.mkdir()
    said = {"body": "The ministers of both states met at the border on Monday."} if body else {}
    for name, lines in files.items():
        rows = (json.dumps({"doc": f"{i:04d}.txt", "events": [], **said}) for i in range(lines))
        (folder / name).write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


# 1. an ingest that coded nothing says why, not "0 of 0 sentences parsed (the others cannot hold an event)"
def test_an_ingest_that_codes_nothing_says_why(tmp_path):
    folder = _gold_folder(tmp_path / "bench", {"gold.jsonl": 3})
    db = str(tmp_path / "news.duckdb")
    first = run("ingest", str(folder), "--db", db, "--workers", "1")
    # a gold file is set aside as not_article, one row and no failure (newcomer review, session 15)
    assert first.exit_code == 0 and "0 of 0" not in first.stdout and "not_article" in first.stdout
    assert "nothing was coded: no input held an article (see below)" in first.stdout
    again = run("ingest", str(folder), "--db", db, "--workers", "1")
    assert "nothing new to code: every input was read by an earlier run into this --db" in again.stdout
    assert "0 of 0" not in again.stdout
    # the rerun lists the same rejects and exits as the first run did (newcomer review, session 12)
    assert again.exit_code == 0 and "gold.jsonl" in again.stdout and "1 set aside" in again.stdout


def test_an_ingest_of_copies_says_they_were_already_stored(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "pact.txt").write_text(SENTENCE + "\n", encoding="utf-8")
    (tmp_path / "b" / "pact-copy.txt").write_text(SENTENCE + "\n", encoding="utf-8")
    db = str(tmp_path / "news.duckdb")
    assert "1 new document" in run("ingest", str(tmp_path / "a"), "--db", db, "--workers", "1").stdout
    copy = run("ingest", str(tmp_path / "b"), "--db", db, "--workers", "1")
    assert copy.exit_code == 0 and "1 duplicate document skipped" in copy.stdout
    assert "nothing new to code: every document was already stored" in copy.stdout


# 2. one row per reason and file in the terminal; one row per line in the rejects table
def test_rejects_are_listed_per_file_and_stored_per_line(tmp_path):
    folder = _gold_folder(tmp_path / "bench", {"gold.jsonl": 40, "manifest.jsonl": 7}, body=True)
    db = str(tmp_path / "news.duckdb")
    result = run("ingest", str(folder), "--db", db, "--workers", "1")
    rows = _table_rows(result.stdout)
    assert [reason for reason, _, _ in rows] == ["no_text", "no_text"], result.stdout  # not 47 rows
    assert {Path(path).name: n for _, path, n in rows} == {"gold.jsonl": 40, "manifest.jsonl": 7}
    assert "47 set aside" in result.stdout and "line 1: no text field" in result.stdout
    with duckdb.connect(db, read_only=True) as con:
        stored = con.execute("SELECT path, count(*), min(line), max(line) FROM rejects WHERE reason = 'no_text' "
                             "GROUP BY path ORDER BY path").fetchall()
    assert [(Path(p).name, n, lo, hi) for p, n, lo, hi in stored] == [("gold.jsonl", 40, 1, 40),
                                                                       ("manifest.jsonl", 7, 1, 7)]


def _table_rows(printed: str) -> list[tuple[str, str, int]]:
    """(reason, file, count) of the printed rejects table, a long path's folded lines joined again."""
    rows: list[list[str]] = []
    for line in printed.splitlines():
        cells = [c.strip() for c in line.split("│")[1:-1]]
        if len(cells) != 4:
            continue
        if cells[0]:
            rows.append(cells[:3])
        elif rows:
            rows[-1][1] += cells[1]
    return [(reason, path, int(n)) for reason, path, n in rows]


def test_many_files_of_rejects_are_summed_in_one_last_row(tmp_path):
    from detente.cli import cmd_ingest

    folder = _gold_folder(tmp_path / "bench", {f"part{i:02d}.jsonl": 2 for i in range(cmd_ingest.MAX_REJECT_ROWS + 3)},
                          body=True)
    result = run("ingest", str(folder), "--db", str(tmp_path / "news.duckdb"), "--workers", "1")
    rows = _table_rows(result.stdout)
    assert [reason for reason, _, _ in rows] == ["no_text"] * cmd_ingest.MAX_REJECT_ROWS + ["…"]
    assert rows[-1][1:] == ("3 more files", 6) and sum(n for _, _, n in rows) == 2 * (cmd_ingest.MAX_REJECT_ROWS + 3)


# 4. an empty or cut-short --db file is named in detente's words, by every command that opens it
@pytest.mark.parametrize("content, says", [(b"", "is an empty file (0 bytes)"), (b"DUCK", "holds only 4 bytes")])
@pytest.mark.parametrize("command", [["events"], ["incidents"], ["show", "e1"], ["sql", "SELECT 1"]])
def test_an_empty_db_file_is_said_in_detente_s_words(tmp_path, content, says, command):
    db = tmp_path / "news.duckdb"
    db.write_bytes(content)
    result = run(*command, "--db", str(db))
    assert result.exit_code != 0 and f"--db {db} {says}, not a DuckDB database" in result.output
    assert "detente ingest INPUT --db" in result.output and "IO Error" not in result.output


def test_ingest_into_an_empty_file_says_what_to_do(tmp_path):
    db = tmp_path / "made-by-touch.duckdb"
    db.write_bytes(b"")
    folder = _gold_folder(tmp_path / "bench", {"gold.jsonl": 1})
    result = run("ingest", str(folder), "--db", str(db), "--workers", "1")
    assert "is an empty file (0 bytes)" in result.output and "not a valid DuckDB" not in result.output


# 5. `detente show` marks the trigger when its output is not a terminal, and highlights it when it is
@pytest.fixture(scope="module")
def event_db(tmp_path_factory) -> tuple[str, str]:
    path = str(tmp_path_factory.mktemp("review") / "news.duckdb")
    article = make_article(SENTENCE)
    event = make_event(article, "AGREE")
    at = SENTENCE.index("signed")
    event = dataclasses.replace(event, evidence=dataclasses.replace(
        event.evidence, trigger="signed", trigger_start=at, trigger_end=at + len("signed")))
    store.write_batch(path, [CodedArticle(article, 1, 1, (event,), fingerprint(article))], [])
    return path, event.event_id


def test_show_marks_the_trigger_in_plain_text_output(event_db):
    db, event_id = event_db
    shown = run("show", event_id, "--db", db).stdout
    assert "Kenya and Tanzania »signed« a trade agreement" in shown.replace("\n", " ")
    at = SENTENCE.index("signed")
    assert f"trigger: signed (chars {at}-{at + 6})" in shown  # the words and span, for a script
    assert "trigger between » «" in shown


def test_show_on_a_terminal_highlights_the_trigger_without_marks(event_db, monkeypatch):
    db, event_id = event_db
    screen = io.StringIO()
    monkeypatch.setattr(cmd_show, "out", Console(file=screen, force_terminal=True, width=120, highlight=False,
                                                 markup=False))
    run("show", event_id, "--db", db)
    drawn = screen.getvalue()
    assert "»" not in drawn and "\x1b[1;7msigned" in drawn  # bold reverse video


# 4. a corpus folder as shipped (articles, its README and its gold file) ingests cleanly (newcomer review, s15)
def test_a_folder_with_its_readme_and_gold_file_ingests_with_exit_0(tmp_path):
    folder = _gold_folder(tmp_path / "corpus", {"gold.jsonl": 8})
    (folder / "README.md").write_text("# A corpus of our own\n\nPages and their expected events.\n", encoding="utf-8")
    (folder / "texts").mkdir()
    (folder / "texts" / "pact.txt").write_text(SENTENCE + "\n", encoding="utf-8")
    result = run("ingest", str(folder), "--db", str(tmp_path / "news.duckdb"), "--workers", "1")
    assert result.exit_code == 0, result.stdout
    rows = _table_rows(result.stdout)
    assert sorted((reason, Path(path).name, n) for reason, path, n in rows) == [("not_article", "README.md", 1),
                                                                               ("not_article", "gold.jsonl", 1)]
    assert "1 new document" in result.stdout
