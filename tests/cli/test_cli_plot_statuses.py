"""Session 32 newcomer pass: `detente plot` draws a denied attack as material conflict (it stacks rows by quad
class whatever their status, as the page does), so it says so on standard error, as `export --format gdelt`
does, and names --status asserted (all sentences are our own)."""
from __future__ import annotations

import dataclasses

import pytest
from typer.testing import CliRunner

from detente import store
from detente.cli.main import app
from detente.records import CodedArticle
from detente.runners.local import link_corpus
from detente.stories import fingerprint

from tests.conftest import make_article, make_event

RUNNER = CliRunner()
PAGES = (("Armenian troops shelled Azerbaijani posts on Friday, the ministry said.", "asserted", "ARM", "AZE"),
         ("Azerbaijan denied that its army had shelled Armenian villages on Sunday.", "negated", "AZE", "ARM"))


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    """One asserted attack by one side, one denied attack by the other (two incidents)."""
    path = str(tmp_path_factory.mktemp("plotstatus") / "news.duckdb")
    coded = []
    for text, status, source, target in PAGES:
        article = make_article(text)
        event = dataclasses.replace(make_event(article, "ASSAULT", source, target), status=status)
        coded.append(CodedArticle(article, 1, 1, (event,), fingerprint(article)))
    store.write_batch(path, coded, [])
    link_corpus(path)
    return path


def _plot(db: str, tmp_path, *options: str):
    result = RUNNER.invoke(app, ["plot", *options, "--db", db, "--output", str(tmp_path / "fig"), "--format", "svg"])
    assert result.exit_code == 0, result.output
    return result.stderr


@pytest.mark.parametrize("figure", [("dyad", "--dyad", "ARM-AZE"), ("timeline",)])
def test_plot_says_it_draws_denied_acts_as_if_they_happened(db, tmp_path, figure):
    said = _plot(db, tmp_path, *figure)
    assert "1 negated incident as if it happened" in said, said
    assert "--status asserted" in said


def test_plot_counts_the_unit_it_draws(db, tmp_path):
    assert "1 negated event as if it happened" in _plot(db, tmp_path, "timeline", "--unit", "events")


def test_plot_says_nothing_when_status_chose_the_rows(db, tmp_path):
    for status in ("asserted", "negated"):
        assert "as if" not in _plot(db, tmp_path, "timeline", "--status", status)
