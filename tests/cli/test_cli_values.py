"""Values as a newcomer types them: a decimal comma in --min-confidence is answered with the number to
write, and a missing value reads "-" in every table (`sql` showed it blank, `events` as "-")."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from detente import store
from detente.cli.main import app
from detente.cli.options import probability
from detente.records import CodedArticle
from detente.stories import fingerprint

from tests.conftest import make_article, make_event

RUNNER = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("values") / "news.duckdb")
    article = make_article("Chile and Peru signed a fisheries accord in Lima on Monday, officials said.")
    store.write_batch(path, [CodedArticle(article, 1, 1, (make_event(article, "AGREE"),), fingerprint(article))], [])
    return path


@pytest.mark.parametrize("typed, said", [("0,9", "write 0.9"), (",75", "write 0.75"), ("high", "not a number")])
def test_a_probability_not_written_as_a_number_is_told_how_to_write_it(db, typed, said):
    result = RUNNER.invoke(app, ["events", "--db", db, "--min-confidence", typed])
    assert result.exit_code == 2 and said in result.output and "pydantic" not in result.output.lower()


def test_a_probability_written_with_a_point_filters():
    assert probability("0.9") == 0.9 and probability(" 1 ") == 1.0
    result = RUNNER.invoke(app, ["events", "--db", "x.duckdb", "--min-confidence", "2"])
    assert result.exit_code != 0 and "between 0 and 1" in result.output


def test_sql_shows_a_missing_value_as_events_does_and_an_empty_text_as_empty(db):
    table = RUNNER.invoke(app, ["sql", "SELECT NULL AS gone, '' AS blank, 7 AS n", "--db", db]).output
    row = next(line for line in table.splitlines() if "7" in line)
    assert [cell.strip() for cell in row.strip("│ ").split("│")] == ["-", "", "7"]
    csv = RUNNER.invoke(app, ["sql", "SELECT NULL AS gone, 7 AS n", "--db", db, "--format", "csv"]).output
    assert csv.splitlines()[1] == ",7"  # a file keeps NULL empty: only the table marks it


@pytest.mark.parametrize("args", [["events", "-f", "CSV"], ["incidents", "-f", "Json"],
                                  ["agreements", "--stage", "SIGNED"],
                                  ["export", "events", "-f", "GDELT"], ["export", "events", "-f", " Plover "],
                                  ["sql", "SELECT 1 AS n", "-f", "TSV"]])
def test_a_listed_word_is_taken_in_any_case_as_status_and_type_are(db, args):
    # session 14 newcomer: --status PENDING and --type agree were taken, -f CSV and --stage SIGNED refused
    result = RUNNER.invoke(app, args + ["--db", db])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("args", [["export", "events", "-f", "xlsx"], ["plot", "map", "-f", "pdf"],
                                  ["events", "-f", "xml"]])
def test_a_bad_format_is_named_by_its_option_in_every_command(db, args, tmp_path):
    # session 14 newcomer: "unknown format 'GDELT'", "format 'pdf'" and "--format 'CSV'" for one mistake
    result = RUNNER.invoke(app, args + ["--db", db] + (["-o", str(tmp_path / "fig")] if args[0] == "plot" else []))
    assert result.exit_code == 2 and f"--format '{args[-1]}'" in result.output, result.output
