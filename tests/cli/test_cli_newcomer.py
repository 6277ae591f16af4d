"""A newcomer following the README: options that cannot apply are refused rather than ignored, the event
filters are declared once and listed alike by every command, and values are checked wherever they are taken."""
from __future__ import annotations

import csv
import io

import pytest
import typer

from detente.cli.main import app
from tests.cli.test_cli_polish import db, errors, run  # noqa: F401  (db is a fixture)

FILTERS = ["--country", "--dyad", "--type", "--since", "--until", "--status", "--min-confidence", "--include-undated"]


def _first_id(db: str, command: str) -> str:  # noqa: F811
    rows = list(csv.DictReader(io.StringIO(run(command, "--db", db, "-f", "csv").stdout)))
    assert rows, f"the fixture database has no {command}"
    return next(iter(rows[0].values()))


@pytest.mark.parametrize("extra, named", [(["--country", "KEN"], "--country"), (["--since", "2020"], "--since"),
                                          (["--include-undated"], "--include-undated"), (["--limit", "5"], "--limit"),
                                          (["--type", "AGREE", "--status", "asserted"], "--type, --status")])
def test_an_incident_id_with_list_filters_is_a_usage_error_naming_them(db, extra, named):  # noqa: F811
    incident = _first_id(db, "incidents")
    assert run("incidents", incident, "--db", db).exit_code == 0
    refused = run("incidents", incident, "--db", db, *extra)
    assert refused.exit_code == 2
    assert errors(refused) and errors(refused)[0].startswith(f"error: {named} select")
    assert incident not in refused.stdout  # nothing shown as if it had matched


def test_an_agreement_id_with_list_filters_is_a_usage_error(db):  # noqa: F811
    agreement = _first_id(db, "agreements")
    assert run("agreements", agreement, "--db", db).exit_code == 0
    for extra in (["--stage", "signed"], ["--country", "KEN"], ["--limit", "1"]):
        refused = run("agreements", agreement, "--db", db, *extra)
        assert refused.exit_code == 2 and extra[0] in errors(refused)[0], extra


def test_agreements_check_and_normalise_the_country_like_every_filter(db):  # noqa: F811
    assert run("agreements", "--db", db, "--country", "Kenya1").exit_code == 2
    upper = run("agreements", "--db", db, "--country", "KEN", "-f", "csv").stdout
    assert run("agreements", "--db", db, "--country", "ken", "-f", "csv").stdout == upper
    assert len(upper.splitlines()) >= 2  # the fixture's agreement, found from the lower-case code too


@pytest.mark.parametrize("command", ["events", "incidents", "export", "plot"])
def test_every_command_lists_the_event_filters_in_one_order_right_after_its_own_options(command):
    params = typer.main.get_command(app).commands[command].params
    names = [p.opts[0] for p in params]
    start = names.index("--country")
    assert names[start:start + len(FILTERS)] == FILTERS


@pytest.mark.parametrize("value, option", [("PAK-U5A", "--dyad"), ("12", "--country")])
def test_a_malformed_code_names_the_option_it_came_from(db, value, option):  # noqa: F811
    result = run("events", "--db", db, option, value)
    assert result.exit_code == 2 and errors(result)[0].startswith(f"error: {option} ")


def test_the_ingest_summary_counts_inputs_documents_and_what_was_set_aside_consistently(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Kenya and Tanzania signed a trade accord in Arusha on Tuesday, officials said.\n")
    (folder / "empty.txt").write_text("")
    (folder / "wire.jsonl").write_text('{"text": "Uganda and Kenya held border talks in Kampala, officials said."}\n'
                                       '{"text": broken\n', encoding="utf-8")
    result = run("ingest", str(folder), "--db", str(tmp_path / "n.duckdb"), "--workers", "1")
    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("2 new documents, ")
    assert lines[1].startswith("3 inputs (0 done in an earlier run), 0 duplicate documents skipped, ")
    assert lines[2] == "2 set aside (files, JSONL lines or WARC records): 2 could not be read or coded"
    assert "IngestOptions" not in result.stdout


def test_a_jsonl_field_of_the_wrong_type_is_noted_with_its_line_and_is_no_failure(tmp_path):
    (tmp_path / "wire.jsonl").write_text('{"url": 5, "text": "Uganda and Kenya held border talks in Kampala, '
                                         'officials said."}\n', encoding="utf-8")
    db = str(tmp_path / "n.duckdb")
    result = run("ingest", str(tmp_path / "wire.jsonl"), "--db", db, "--workers", "1")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[2] == "1 kept without a field of the wrong type (bad_field: not a failure)"
    rows = run("sql", "SELECT line, reason, detail FROM rejects", "--db", db, "--format", "tsv").stdout
    assert "1\tbad_field\tfield 'url' is a number (5), not a string" in rows


@pytest.mark.parametrize("command", [None, *sorted(typer.main.get_command(app).commands)])
def test_every_help_says_what_each_option_takes_in_words_not_python_types(command):
    result = run(*([command] if command else []), "--help")
    assert result.exit_code == 0
    for noise in ("<bool>", "<str>", "<list", "<int", "<float", "1000000000000"):
        assert noise not in result.stdout, (command, noise)


@pytest.mark.parametrize("args", [("events", "--limit", "-1"), ("incidents", "--limit", "1000000000001"),
                                  ("sql", "SELECT 1", "--max-rows", "-5")])
def test_a_limit_that_is_no_number_of_rows_is_still_a_usage_error(db, args):  # noqa: F811
    result = run(*args, "--db", db)
    assert result.exit_code == 2 and "is not a number of rows" in errors(result)[0]


def test_show_cuts_the_context_at_white_space_and_marks_the_cuts(tmp_path):
    from detente.store.queries import select_events
    from tests.web.web_corpus import PAD, build_store

    path = str(tmp_path / "w.duckdb")
    build_store(path)  # the pact sentence sits between long runs of padding
    event = next(e for e, _ in select_events(path) if e.event_type == "AGREE" and e.evidence.trigger == "signed")
    lines = run("show", event.event_id, "--db", path).stdout.splitlines()
    context = " ".join(lines[lines.index(next(x for x in lines if x.startswith("evidence ("))) + 1:])
    assert context.startswith("…") and context.endswith("…")
    words = set(PAD.split())
    assert context[1:].split()[0] in words and context[:-1].split()[-1] in words  # whole words at both cuts
    assert "(None)" not in lines[0]


def test_an_incident_reported_on_one_day_says_that_day_once(db):  # noqa: F811
    incident = _first_id(db, "incidents")
    shown = run("incidents", incident, "--db", db).stdout
    assert "reported " in shown and " – " not in shown.split("reported ")[1].split(";")[0]


@pytest.mark.parametrize("what, extra, start, hint", [
    ("incidents", ["--since", "2024"], "error: --since selects events", "`detente incidents … -f csv`"),
    ("documents", ["--type", "AGREE", "--limit", "3"], "error: --type, --limit select events", None),
])
def test_exporting_a_whole_table_with_event_filters_names_them_and_where_to_go(db, what, extra, start, hint):  # noqa: F811
    result = run("export", what, "--db", db, *extra)
    assert result.exit_code == 2 and errors(result)[0].startswith(start)
    assert hint is None or hint in errors(result)[0]


@pytest.mark.parametrize("args, start", [(["pie"], "error: FIGURE 'pie': choose one of dyad, timeline, map"),
                                         (["map", "--unit", "reports"], "error: --unit 'reports': choose one of")])
def test_plot_refuses_a_figure_or_unit_in_the_words_of_its_help(db, args, start):  # noqa: F811
    result = run("plot", *args, "--db", db)
    assert result.exit_code == 2 and errors(result)[0].startswith(start)
