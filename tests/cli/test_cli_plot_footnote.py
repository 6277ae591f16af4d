"""Session 33 newcomer pass: the note that a figure draws denied or pending acts as if they happened was said on
standard error only, so a PNG pasted into a report lost it, and `plot map` said nothing at all (its located
rows can be denials too). Each figure now carries the note as a footnote, and `plot map` says it on standard
error like the others (all sentences are our own)."""
from __future__ import annotations

import dataclasses

import pytest
from typer.testing import CliRunner

from detente import store
from detente.cli.main import app
from detente.records import CodedArticle, Location
from detente.runners.local import link_corpus
from detente.stories import fingerprint

from tests.conftest import make_article, make_event

RUNNER = CliRunner()
PAGES = (("Georgian border guards fired on an Armenian patrol near Bavra on Friday, officials said.",
          "asserted", "GEO", "ARM"),
         ("Armenia denied that its troops had shelled a Georgian village near Bavra on Sunday.",
          "negated", "ARM", "GEO"))


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    """One asserted and one denied attack, both located in Georgia (two incidents)."""
    path = str(tmp_path_factory.mktemp("plotfootnote") / "news.duckdb")
    coded = []
    for text, status, source, target in PAGES:
        article = make_article(text)
        event = dataclasses.replace(make_event(article, "ASSAULT", source, target), status=status,
                                    location=Location("Bavra", "GEO", 41.3, 43.7, None, "city"))
        coded.append(CodedArticle(article, 1, 1, (event,), fingerprint(article)))
    store.write_batch(path, coded, [])
    link_corpus(path)
    return path


def _plot(db: str, tmp_path, *options: str) -> tuple[str, str]:
    """(standard error, the SVG's text) of one figure."""
    out = tmp_path / "fig"
    result = RUNNER.invoke(app, ["plot", *options, "--db", db, "--output", str(out), "--format", "svg"])
    assert result.exit_code == 0, result.output
    return result.stderr, (tmp_path / "fig.svg").read_text(encoding="utf-8")


@pytest.mark.parametrize("figure", [("dyad", "--dyad", "ARM-GEO"), ("timeline",), ("map",)])
def test_the_figure_file_says_it_draws_a_denied_act_as_if_it_happened(db, tmp_path, figure):
    said, svg = _plot(db, tmp_path, *figure)
    assert "1 negated incident as if it happened" in said, said  # the map said nothing on main
    assert "as if it happened" in svg and "1 negated" in svg  # text stays text in the SVG


@pytest.mark.parametrize("figure", [("dyad", "--dyad", "ARM-GEO"), ("timeline",), ("map",)])
def test_no_footnote_when_every_drawn_row_is_asserted(db, tmp_path, figure):
    said, svg = _plot(db, tmp_path, *figure, "--status", "asserted")
    assert "as if" not in said and "as if" not in svg


def test_the_map_counts_only_the_rows_it_draws(tmp_path):
    """A denied act with no place is not on a map of located rows, so the map does not count it."""
    path = str(tmp_path / "news.duckdb")
    coded = []
    for (text, status, source, target), place in zip(PAGES, (Location("Bavra", "GEO", 41.3, 43.7, None, "city"),
                                                           None)):
        article = make_article(text)
        event = dataclasses.replace(make_event(article, "ASSAULT", source, target), status=status, location=place)
        coded.append(CodedArticle(article, 1, 1, (event,), fingerprint(article)))
    store.write_batch(path, coded, [])
    link_corpus(path)
    said, svg = _plot(path, tmp_path, "map")
    assert "as if" not in said and "as if" not in svg
    said, svg = _plot(path, tmp_path, "timeline")
    assert "1 negated incident as if it happened" in said and "as if it happened" in svg


def test_a_map_with_every_row_located_says_nothing_of_unlocated_ones(db, tmp_path):
    """"(2 located; 0 with no known place are not drawn)" read as if something were missing (session 33)."""
    _said, svg = _plot(db, tmp_path, "map")
    assert "(2 located)" in svg and "no known place" not in svg
