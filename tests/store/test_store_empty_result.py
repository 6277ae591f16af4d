"""store/empty_result.py: an empty list says which filter matched nothing, or which one to drop (newcomer19,
session 30: `events --country PRK` printed "0 events" and no more). All sentences are our own."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from detente import store
from detente.cli.main import app
from detente.records import CodedArticle
from detente.runners.local import link_corpus
from detente.store.empty_result import why_empty
from detente.store.queries import EventFilter
from detente.stories import fingerprint

from tests.conftest import make_article, make_event

PAGES = (("Ghana and Togo signed a customs accord in Lome on Monday.", "AGREE", "GHA", "TGO", "2024-03-04"),
         ("Mali shelled an Algerian border post on Friday.", "ASSAULT", "MLI", "DZA", "2024-05-10"))


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("empty") / "news.duckdb")
    coded = []
    for text, kind, source, target, date in PAGES:
        article = make_article(text)
        event = make_event(article, kind, source, target, date)
        coded.append(CodedArticle(article, 1, 1, (event,), fingerprint(article)))
    store.write_batch(path, coded, [])
    link_corpus(path)
    return path


def test_a_country_in_no_event_is_named_with_the_countries_the_database_has(db):
    said = why_empty(db, EventFilter(country="PRK"))
    assert said.startswith("--country PRK matches no event of this database (2 in all")
    assert "GHA 1" in said and "MLI 1" in said


def test_filters_that_each_match_but_not_together_say_what_dropping_one_gives(db):
    said = why_empty(db, EventFilter(country="GHA", event_type="ASSAULT"))
    assert said == ("each filter matches some events, but not together: without --country GHA, 1 would; "
                    "without --type ASSAULT, 1 would")


def test_a_date_range_past_the_data_says_the_span_the_database_holds(db):
    said = why_empty(db, EventFilter(since="2030"))
    assert said == "--since 2030 matches no event of this database (2 in all; dated 2024-03-04 to 2024-05-10)"


def test_incidents_are_explained_with_their_own_counts(db):
    assert why_empty(db, EventFilter(), "incident", disputed=True) == "no disputed incident in this database"
    assert why_empty(db, EventFilter(country="PER"), "incident").startswith("--country PER matches no incident")


def test_nothing_is_said_when_the_filter_matches(db):
    assert why_empty(db, EventFilter(country="GHA")) is None


def test_the_cli_prints_the_reason_on_stderr_under_an_empty_table(db):
    result = CliRunner().invoke(app, ["events", "--db", db, "--country", "GHA", "--status", "negated"])
    assert result.exit_code == 0
    assert "0 events" in result.stdout
    assert "note: --status negated matches no event of this database" in result.stderr
