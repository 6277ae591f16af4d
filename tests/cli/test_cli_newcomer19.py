"""Session 19 newcomer pass: "which incidents do the sources contradict?" is one option, not a read of the whole
list's last column (all sentences are our own)."""
from __future__ import annotations

import duckdb
import pytest
from typer.testing import CliRunner

from detente import store
from detente.cli.main import app
from detente.records import Claim, CodedArticle, Contradiction
from detente.runners.local import link_corpus
from detente.store.rows import contradictions_json
from detente.stories import fingerprint

from tests.conftest import make_article, make_event

RUNNER = CliRunner()
PAGES = (("Ghana and Togo signed a customs accord in Lome on Monday.", "AGREE", "GHA", "TGO"),
         ("Mali recalled its ambassador from Algeria on Friday.", "REJECT", "MLI", "DZA"))


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    """Two incidents; the recall's sources are then made to disagree on its date."""
    path = str(tmp_path_factory.mktemp("newcomer19") / "news.duckdb")
    coded = []
    for text, kind, source, target in PAGES:
        article = make_article(text)
        coded.append(CodedArticle(article, 1, 1, (make_event(article, kind, source, target),), fingerprint(article)))
    store.write_batch(path, coded, [])
    link_corpus(path)
    dispute = (Contradiction("date", (Claim("2025-02-06", ("e1",), ("d1",), ("Sahel Post",)),
                                      Claim("2025-02-07", ("e2",), ("d2",), ("Niger Courier",)))),)
    with duckdb.connect(path) as con:
        con.execute("UPDATE incidents SET contradictions = ?, date = '2024-02-01' WHERE event_type = 'REJECT'",
                    [contradictions_json(dispute)])  # older: the list shows the accord first
    return path


def _listed(db: str, *options: str) -> list[str]:
    result = RUNNER.invoke(app, ["incidents", "--db", db, "-f", "csv", *options])
    assert result.exit_code == 0, result.output
    return [line.split(",")[1] for line in result.stdout.splitlines()[1:]]  # event types


def test_disputed_lists_only_the_incidents_whose_sources_disagree(db):
    assert sorted(_listed(db)) == ["AGREE", "REJECT"]
    assert _listed(db, "--disputed") == ["REJECT"]
    assert _listed(db, "--disputed", "--type", "AGREE") == []


def test_disputed_is_applied_before_the_limit(db):
    assert _listed(db, "--limit", "1") == ["AGREE"]
    assert _listed(db, "--disputed", "--limit", "1") == ["REJECT"]  # a limit taken first would list nothing


def test_disputed_with_an_incident_id_is_refused_by_name(db):
    incident = RUNNER.invoke(app, ["incidents", "--db", db, "-f", "csv"]).stdout.splitlines()[1].split(",")[0]
    result = RUNNER.invoke(app, ["incidents", incident, "--db", db, "--disputed"])
    assert result.exit_code == 2 and "--disputed" in result.output


def test_the_disputed_table_names_what_is_disputed(db):
    result = RUNNER.invoke(app, ["incidents", "--db", db, "--disputed"])
    assert result.exit_code == 0 and "REJECT" in result.stdout and "AGREE" not in result.stdout
    assert result.stdout.splitlines()[-1] == "1 incident" and "date" in result.stdout


@pytest.mark.parametrize("option, value, hint", [("--country", "ru", "ISO alpha-2 RU is RUS here"),
                                                 ("--dyad", "GH-TGO", "ISO alpha-2 GH is GHA here")])
def test_a_two_letter_country_code_is_answered_with_its_three_letter_code(db, option, value, hint):
    result = RUNNER.invoke(app, ["incidents", "--db", db, option, value])
    assert result.exit_code == 2 and hint in result.output


def test_two_letters_no_state_has_get_no_guess(db):
    result = RUNNER.invoke(app, ["incidents", "--db", db, "--country", "zz"])
    assert result.exit_code == 2 and "alpha-2" not in result.output.replace("alpha-3", "")
