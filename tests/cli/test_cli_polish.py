"""What a demanding new user meets: every list command in every format, the same options under the same
names, `sql` that runs one statement and hints only when the hint helps, `--db` values that are not a
database said in words, counts written as English, and date filters that say what they left out."""
from __future__ import annotations

import csv
import io
import json

import pytest
import typer
from typer.testing import CliRunner

from detente import store
from detente.cli.main import app
from detente.records import CodedArticle
from detente.runners.local import link_corpus
from detente.stories import fingerprint
from detente.store.rows import INCIDENT_COLUMNS

from tests.conftest import make_article, make_event

RUNNER = CliRunner()
DATED = "Kenya and Tanzania signed a trade agreement in Arusha on Tuesday, officials said."
UNDATED = "Ugandan and Kenyan officials met to discuss the border, a spokesman said."


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    """One document with a dated event, one (no publication date) whose two events have no date."""
    path = str(tmp_path_factory.mktemp("polish") / "news.duckdb")
    dated, undated = make_article(DATED), make_article(UNDATED, published=None)
    coded = [CodedArticle(dated, 1, 1, (make_event(dated, "AGREE"),), fingerprint(dated)),
             CodedArticle(undated, 1, 1, (make_event(undated, "CONSULT", "UGA", "KEN", date=None),
                                          make_event(undated, "ACCUSE", "KEN", "UGA", date=None)),
                          fingerprint(undated))]
    store.write_batch(path, coded, [])
    link_corpus(path)
    return path


def run(*args: str):
    result = RUNNER.invoke(app, list(args))
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def errors(result) -> list[str]:
    return [line for line in result.output.splitlines() if line.startswith("error:")]


# 1. incidents (and agreements) in the formats of `detente events`
def test_incidents_print_csv_json_and_jsonl_of_the_same_rows(db):
    rows = list(csv.DictReader(io.StringIO(run("incidents", "--db", db, "-f", "csv").stdout)))
    as_json = json.loads(run("incidents", "--db", db, "--format", "json").stdout)
    as_jsonl = [json.loads(line) for line in run("incidents", "--db", db, "-f", "jsonl").stdout.splitlines()]
    assert len(rows) == len(as_json) == len(as_jsonl) == 3
    assert tuple(rows[0]) == (*INCIDENT_COLUMNS, "other_pairs")  # the columns of `detente export incidents -f csv`
    assert [r["incident_id"] for r in rows] == [i["incident_id"] for i in as_json] == [i["incident_id"] for i in as_jsonl]
    assert json.loads(rows[0]["contradictions"]) == []


def test_one_incident_as_json_carries_its_reports(db):
    """`incidents ID -f json` gives what the table view shows: the incident and each of its reports."""
    listed = json.loads(run("incidents", "--db", db, "-f", "json").stdout)
    agree = next(i for i in listed if i["event_type"] == "AGREE")
    [one] = json.loads(run("incidents", agree["incident_id"], "--db", db, "-f", "json").stdout)
    assert one["incident_id"] == agree["incident_id"] and len(one["reports"]) == agree["n_mentions"] >= 1
    assert one["reports"][0]["event_type"] == "AGREE" and "Arusha" in one["reports"][0]["evidence"]


def test_agreements_print_csv_and_take_a_limit(db):
    result = run("agreements", "--db", db, "-f", "csv", "--limit", "1")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].startswith("agreement_id,name,aliases,parties")
    assert len(result.stdout.splitlines()) <= 2


def test_agreements_csv_has_the_table_s_reports_column(db):
    """The table counts each agreement's dated reports; its CSV lacked them (newcomer review, session 12)."""
    from detente.store.rows import AGREEMENT_COLUMNS

    rows = list(csv.DictReader(io.StringIO(run("agreements", "--db", db, "-f", "csv").stdout)))
    assert rows and tuple(rows[0]) == AGREEMENT_COLUMNS + ("reports",)
    table = run("agreements", "--db", db).stdout
    assert all(r["reports"].isdigit() and int(r["reports"]) >= 1 for r in rows) and "reports" in table


@pytest.mark.parametrize("command", ["events", "incidents", "agreements"])
def test_every_list_command_prints_the_formats_of_sql(db, command):
    from detente.cli import cmd_agreements, cmd_events, cmd_incidents
    from detente.cli.output import TABLE_FORMATS

    assert cmd_events.FORMATS == cmd_incidents.FORMATS == cmd_agreements.FORMATS == TABLE_FORMATS
    tsv = run(command, "--db", db, "-f", "tsv")
    assert tsv.exit_code == 0 and "\t" in tsv.stdout.splitlines()[0] and "," not in tsv.stdout.splitlines()[0]
    as_csv = run(command, "--db", db, "-f", "csv").stdout.splitlines()
    assert tsv.stdout.splitlines()[0].split("\t") == as_csv[0].split(",") and len(as_csv) == len(tsv.stdout.splitlines())


# 2. one option, one name, one meaning
def _commands() -> dict:
    return typer.main.get_command(app).commands


def test_options_shared_by_commands_have_one_name_one_flag_and_one_help():
    seen: dict[str, tuple] = {}
    for name, command in _commands().items():
        for param in command.params:
            if param.name in ("db", "country", "dyad", "type", "since", "until", "status", "min_confidence",
                              "include_undated") and name not in ("ingest", "agreements"):
                shape = (tuple(param.opts), param.help)
                assert seen.setdefault(param.name, shape) == shape, (name, param.name)
            if param.name == "format":
                assert set(param.opts) == {"--format", "-f"}, name
            if param.name == "output":
                assert set(param.opts) == {"--output", "-o"}, name
            if param.name == "limit":
                assert "--limit" in param.opts and param.callback is not None, name  # options.rows: 0 or more
    assert {"db", "since", "min_confidence", "include_undated"} <= set(seen)


@pytest.mark.parametrize("command", ["events", "incidents", "export", "plot"])
def test_every_event_filter_is_offered_wherever_events_are_filtered(command):
    params = {p.name for p in _commands()[command].params}
    assert {"country", "dyad", "type", "since", "until", "status", "min_confidence", "include_undated"} <= params


def test_sql_takes_limit_like_every_other_command_and_keeps_max_rows(db):
    for option in ("--limit", "--max-rows"):
        result = run("sql", "SELECT * FROM range(5)", "--db", db, "-f", "csv", option, "1")
        assert result.stdout.splitlines() == ["range", "0"], option
        assert "stopped at 1 row;" in result.output


# 3, 4. sql: one statement; a hint only where it helps
@pytest.mark.parametrize("query, hint, not_hint", [
    ("SELECT * FROM nowhere", "SHOW TABLES", "only reads"),
    ("SELECT nothing FROM events", "DESCRIBE events", "only reads"),
    ("SELECT content FROM documents", "DESCRIBE documents", "DESCRIBE events"),  # the table it read (session 20)
    ("SELEC 1", None, "only reads"),
    ("DELETE FROM events", "is read-only: it runs SELECT", "list the tables"),
    ("SELECT * FROM read_csv('/etc/hostname')", "only reads", "list the tables"),
])
def test_sql_hints_only_when_the_hint_helps(db, query, hint, not_hint):
    result = run("sql", query, "--db", db)
    assert result.exit_code == 2
    (line,) = errors(result)
    assert (hint is None or hint in line) and not_hint not in line, line


@pytest.mark.parametrize("query", ["SELECT 1; SELECT 2", "SELECT 1; DELETE FROM events", "SHOW TABLES;;SELECT 3"])
def test_sql_refuses_more_than_one_statement(db, query):
    result = run("sql", query, "--db", db)
    assert result.exit_code == 2 and result.stdout == ""
    (line,) = errors(result)
    assert "statements" in line and "one at a time" in line
    assert run("sql", "SELECT 'a;b' AS x;", "--db", db, "-f", "csv").stdout.splitlines() == ["x", "a;b"]


# 5, 6. --db that names no database
def test_a_folder_that_is_not_a_dataset_is_said_so(db, tmp_path):
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "a.txt").write_text("x")
    for command in (["events"], ["incidents"], ["export", "events"], ["sql", "SELECT 1"]):
        result = run(*command, "--db", str(tmp_path / "notes") + "/")
        assert result.exit_code == 3, (command, result.output)
        assert "not a detente Parquet dataset" in errors(result)[0] and "--db takes" in errors(result)[0]
    missing = run("events", "--db", str(tmp_path / "nowhere") + "/")
    assert missing.exit_code == 2 and "does not exist" in errors(missing)[0]


def test_a_parquet_file_as_db_explains_what_db_takes(db, tmp_path):
    exported = tmp_path / "events.parquet"
    assert run("export", "events", "--db", db, "-o", str(exported)).exit_code == 0
    renamed = tmp_path / "events.data"
    renamed.write_bytes(exported.read_bytes())  # found by its content too, not only by its name
    for path in (exported, renamed):
        result = run("events", "--db", str(path))
        assert result.exit_code == 2
        (line,) = errors(result)
        assert "is a Parquet file" in line and "DuckDB file" in line and "dataset folder" in line
    writing = run("ingest", str(tmp_path / "none.txt"), "--db", str(tmp_path / "new.parquet"))
    assert writing.exit_code == 2 and "is a Parquet file" in errors(writing)[0]
    assert not (tmp_path / "new.parquet").exists()


# 7. counts in English
def test_counts_of_one_are_singular(db, tmp_path):
    assert run("events", "--db", db, "--type", "AGREE").stdout.splitlines()[-1] == "1 event"
    assert run("events", "--db", db).stdout.splitlines()[-1] == "3 events"
    assert run("incidents", "--db", db, "--type", "AGREE").stdout.splitlines()[-1] == "1 incident"
    wrote = run("export", "events", "--db", db, "--type", "AGREE", "-o", str(tmp_path / "e.jsonl"))
    assert f"wrote 1 event to {tmp_path / 'e.jsonl'}" in wrote.output
    assert "wrote 2 documents" in run("export", "documents", "--db", db, "-o", str(tmp_path / "d.csv")).output
    stories = run("export", "stories", "--db", db, "-o", str(tmp_path / "s.csv")).output
    assert "wrote 2 stories" in stories


# 8. date filters say what they leave out
@pytest.mark.parametrize("command, what", [(["events"], "events"), (["incidents"], "incidents"),
                                           (["export", "events"], "events")])
def test_date_filters_count_the_undated_rows_they_leave_out(db, command, what):
    result = run(*command, "--db", db, "--since", "2024", "-f", "jsonl")
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 1  # the dated AGREE only
    assert f"2 undated {what} left out by --since/--until; add --include-undated" in result.stderr
    kept = run(*command, "--db", db, "--since", "2024", "--include-undated", "-f", "jsonl")
    assert len(kept.stdout.splitlines()) == 3 and "undated" not in kept.stderr
    plain = run(*command, "--db", db, "-f", "jsonl")
    assert "undated" not in plain.stderr  # nothing is left out without a date filter
    narrow = run(*command, "--db", db, "--since", "2024", "--country", "TZA", "-f", "jsonl")
    assert "undated" not in narrow.stderr  # the undated rows are not TZA's: not counted as left out


def test_a_figure_says_how_many_undated_events_its_date_filter_left_out(db, tmp_path):
    result = run("plot", "timeline", "--db", db, "--since", "2024", "-o", str(tmp_path / "t"), "-f", "svg")
    assert result.exit_code == 0, result.output
    assert "2 undated events left out" in result.stderr and (tmp_path / "t.svg").exists()


# Text from the database, paths and resolutions are shown as written: rich would read "[...]" as a style tag
def test_brackets_in_stored_text_and_explanations_are_shown_not_swallowed(db):
    event_id = json.loads(run("events", "--db", db, "--type", "AGREE", "-f", "json").stdout)[0]["event_id"]
    explained = run("explain", event_id, "--db", db).stdout
    assert "[default: reported as having happened]" in explained
    table = run("sql", "SELECT '[Reuters] Kenya [bold]signed[/bold]' AS v", "--db", db).stdout
    assert "[Reuters] Kenya [bold]signed[/bold]" in table


@pytest.mark.parametrize("value", ["\x00", "a\x00.parquet"])
def test_a_db_value_that_is_no_path_is_a_usage_error(value):
    result = run("events", "--db", value)
    assert result.exit_code == 2 and "internal error" not in result.output


def test_sql_reads_a_parquet_dataset_and_writes_nothing_into_it(tmp_path):
    from tests.conftest import make_coded

    root = str(tmp_path / "news") + "/"
    store.write_part(root, [make_coded("Kenya and Tanzania signed a trade agreement on Tuesday, officials said.", 2)])
    before = sorted(p.name for p in (tmp_path / "news").rglob("*"))
    counted = run("sql", "SELECT count(*) AS n FROM events", "--db", root, "-f", "csv")
    assert counted.exit_code == 0 and counted.stdout.splitlines() == ["n", "2"], counted.output
    for query in (f"COPY events TO '{root}leak.csv'", f"ATTACH '{root}x.duckdb'", "CREATE TABLE t (a INT)"):
        refused = run("sql", query, "--db", root)
        assert refused.exit_code == 2 and "read-only" in errors(refused)[0], query
    outside = run("sql", "SELECT * FROM read_csv('/etc/hostname')", "--db", root)
    assert outside.exit_code == 2 and "only reads" in errors(outside)[0]
    assert sorted(p.name for p in (tmp_path / "news").rglob("*")) == before
