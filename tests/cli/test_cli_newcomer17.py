"""Session 17 newcomer pass: what a GDELT or ICEWS table cannot say, the export says on standard error
(all sentences are our own)."""
from __future__ import annotations

import csv
import dataclasses

import pytest
from typer.testing import CliRunner

from detente import store
from detente.cli.main import app
from detente.records import CodedArticle
from detente.stories import fingerprint

from tests.conftest import make_article, make_event

RUNNER = CliRunner()
TEXT = "Armenia and Azerbaijan signed a border accord in Brussels on Monday, but Baku said its troops had not fired."


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    """Three events of one page: one asserted, one denied (negated), one only announced (pending)."""
    path = str(tmp_path_factory.mktemp("newcomer17") / "news.duckdb")
    article = make_article(TEXT)
    events = tuple(dataclasses.replace(make_event(article, kind, "ARM", "AZE"), status=status)
                   for kind, status in (("AGREE", "asserted"), ("ASSAULT", "negated"), ("CONSULT", "pending")))
    store.write_batch(path, [CodedArticle(article, 1, 1, events, fingerprint(article))], [])
    return path


def test_a_gdelt_table_named_csv_says_it_is_tab_separated(db, tmp_path):
    out = tmp_path / "events.csv"
    result = RUNNER.invoke(app, ["export", "events", "--db", db, "--format", "gdelt", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert f"{out} is tab-separated" in result.stderr and "sep='\\t'" in result.stderr
    header = next(csv.reader(out.open(), delimiter="\t"))  # the file is what the note says
    assert header[:2] == ["GLOBALEVENTID", "SQLDATE"]


def test_a_tsv_or_standard_output_needs_no_separator_note(db, tmp_path):
    for output in (str(tmp_path / "events.tsv"), "-"):
        result = RUNNER.invoke(app, ["export", "events", "--db", db, "--format", "icews", "-o", output])
        assert result.exit_code == 0 and "tab-separated" not in result.stderr


@pytest.mark.parametrize("fmt", ["gdelt", "icews"])
def test_denied_and_pending_events_in_a_status_less_format_are_counted(db, tmp_path, fmt):
    result = RUNNER.invoke(app, ["export", "events", "--db", db, "--format", fmt, "-o", str(tmp_path / "e.tsv")])
    assert result.exit_code == 0
    assert "1 negated and 1 pending of these events" in result.stderr and "--status asserted" in result.stderr
    assert f"the {fmt} format has no column" in result.stderr


def test_no_status_note_when_status_is_chosen_or_the_format_keeps_it(db, tmp_path):
    chosen = RUNNER.invoke(app, ["export", "events", "--db", db, "-f", "gdelt", "--status", "negated", "-o", "-"])
    assert chosen.exit_code == 0 and "not reported as having happened" not in chosen.stderr
    for fmt, suffix in (("plover", "jsonl"), ("csv", "csv"), ("jsonl", "jsonl")):  # these carry the status field
        kept = RUNNER.invoke(app, ["export", "events", "--db", db, "-f", fmt, "-o", str(tmp_path / f"e.{suffix}")])
        assert kept.exit_code == 0 and "note:" not in kept.stderr
