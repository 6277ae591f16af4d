"""Session 12 newcomer pass: the incident commands name the next step (all sentences are our own)."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from detente import store
from detente.cli.main import app
from detente.records import CodedArticle
from detente.runners.local import link_corpus
from detente.stories import fingerprint

from tests.conftest import make_article, make_event

RUNNER = CliRunner()
TALKS = "Kenya and Tanzania signed a border-trade agreement in Arusha on Tuesday, officials said."


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("newcomer12") / "news.duckdb")
    article = make_article(TALKS)
    store.write_batch(path, [CodedArticle(article, 1, 1, (make_event(article),), fingerprint(article))], [])
    link_corpus(path)
    return path


def test_the_incident_list_says_how_to_open_one(db):
    result = RUNNER.invoke(app, ["incidents", "--db", db])
    assert result.exit_code == 0 and result.stdout.splitlines()[-1] == "1 incident"  # the count stays last
    assert "`detente incidents INCIDENT_ID`" in result.stderr


def test_one_incident_says_how_to_see_a_report_s_evidence(db):
    incident = RUNNER.invoke(app, ["incidents", "--db", db, "-f", "csv"]).output.splitlines()[1].split(",")[0]
    result = RUNNER.invoke(app, ["incidents", incident, "--db", db])
    assert result.exit_code == 0 and "`detente show EVENT_ID`" in result.output and "`detente explain EVENT_ID`" in result.output


def test_an_empty_list_offers_no_id_to_open(db):
    result = RUNNER.invoke(app, ["incidents", "--db", db, "--type", "ASSAULT"])
    assert result.exit_code == 0 and "INCIDENT_ID" not in result.output


def test_incidents_by_dyad_match_any_report_s_pair_on_the_cli_and_the_page(tmp_path):
    """A report naming another pair brings its incident into that pair's list, on the CLI and the page alike.
    Session 12 kept the incident's own pair only (the CLI and page then disagreed); session 15's review found
    "Bolivia asked Argentina and Peru" hidden from BOL-PER, and the lead chose any report's pair."""
    import duckdb
    from fastapi.testclient import TestClient

    from detente.web.app import create_app
    from tests.web.web_corpus import build_store_with_incidents

    db = str(tmp_path / "pairs.duckdb")
    coded = build_store_with_incidents(db)
    stray = next(e.event_id for e in coded["talks"].events if e.event_type == "REJECT")  # ETH → SOM
    with duckdb.connect(db) as con:
        con.execute("UPDATE events SET incident_id = 'i-pact' WHERE event_id = ?", [stray])
        con.execute("UPDATE incidents SET contradictions = '[]'")  # the page's short form; the CLI reads claims whole
    page = TestClient(create_app(db))
    for dyad, ids in (("ETH-SOM", ["i-pact"]), ("SOM-ETH", ["i-pact"]), ("TZA-KEN", ["i-pact"]), ("ETH-KEN", [])):
        cli = RUNNER.invoke(app, ["incidents", "--db", db, "--dyad", dyad, "-f", "csv"])
        assert cli.exit_code == 0, cli.output
        assert [row.split(",")[0] for row in cli.stdout.splitlines()[1:]] == ids
        assert [i["incident_id"] for i in page.get("/api/incidents", params={"dyad": dyad}).json()["incidents"]] == ids
    cli = RUNNER.invoke(app, ["incidents", "--db", db, "--country", "ETH", "-f", "csv"])
    assert [row.split(",")[0] for row in cli.stdout.splitlines()[1:]] == ["i-pact"]
    assert page.get("/api/incidents", params={"country": "ETH"}).json()["total"] == 1


def test_the_dyad_help_says_an_incident_matches_by_any_report():
    import re

    help_text = re.sub(r"[│\s]+", " ", RUNNER.invoke(app, ["incidents", "--help"]).stdout)  # the box's wrapped lines as one
    assert "an incident matches when any of its reports names the pair" in help_text


def test_one_incident_names_its_reports_by_file_when_the_input_had_no_outlet(db):
    """A .txt input has no outlet: its report is named by its file, not by a bare document id (newcomer review,
    session 12)."""
    incident = RUNNER.invoke(app, ["incidents", "--db", db, "-f", "csv"]).output.splitlines()[1].split(",")[0]
    (report,) = store.incident_reports(db, incident)
    result = RUNNER.invoke(app, ["incidents", incident, "--db", db], terminal_width=250)
    assert result.exit_code == 0 and f"{report[0].doc_id}.txt" in result.output and "report" in result.output
