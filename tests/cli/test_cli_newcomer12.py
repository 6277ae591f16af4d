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
