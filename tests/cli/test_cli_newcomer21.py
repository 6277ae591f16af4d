"""Session 21 newcomer pass: `export -o /dev/null` (to time an export) is written, not refused; a dispute names
each source once, a source whose reports give both values apart (all sentences are our own)."""
from __future__ import annotations

import os

import pytest
from typer.testing import CliRunner

from detente import store
from detente.cli.cmd_incidents import claims_text
from detente.cli.main import app
from detente.records import Claim, CodedArticle, Contradiction
from detente.stories import fingerprint

from tests.conftest import make_article, make_event

RUNNER = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("newcomer21") / "news.duckdb")
    article = make_article("Kenya and Tanzania signed a border accord in Arusha on Monday.")
    store.write_batch(path, [CodedArticle(article, 1, 1, (make_event(article),), fingerprint(article))], [])
    return path


@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="no /dev/null on this system")
@pytest.mark.parametrize("fmt", ["jsonl", "gdelt", "parquet"])
def test_export_to_dev_null_is_written_and_leaves_the_device_alone(db, fmt):
    result = RUNNER.invoke(app, ["export", "events", "--db", db, "-f", fmt, "-o", "/dev/null"])
    assert result.exit_code == 0, result.output
    assert "wrote 1 event to /dev/null" in result.stderr
    assert not os.path.isfile("/dev/null") and not os.path.exists("/dev/null.partial")


def test_export_to_a_named_pipe_writes_through_it(db, tmp_path):
    pipe = tmp_path / "events.jsonl"  # a named pipe may carry a name like a file
    os.mkfifo(pipe)
    reader = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)  # a reader, so opening the pipe for writing does not block
    try:
        result = RUNNER.invoke(app, ["export", "events", "--db", db, "-o", str(pipe)])
        assert result.exit_code == 0, result.output
        assert b'"event_type": "AGREE"' in os.read(reader, 1 << 16)
    finally:
        os.close(reader)
    assert not os.path.isfile(pipe)


def test_a_source_giving_both_values_is_named_apart_not_on_both_sides():
    c = Contradiction("status", (Claim("asserted", ("e1", "e2"), ("d1", "d2"), ("Coast Wire", "Lake Post")),
                                 Claim("pending", ("e3", "e4"), ("d2", "d3"), ("Lake Post", "Rift Daily"))))
    assert claims_text(c) == "'asserted' says Coast Wire; 'pending' says Rift Daily; Lake Post gives both " \
                             "'asserted' and 'pending'"


def test_a_value_only_mixed_sources_give_is_said_so():
    c = Contradiction("date", (Claim("2024-03-04", ("e1",), ("d1",), ("Coast Wire",)),
                               Claim("2024-03-05", ("e2", "e3"), ("d1", "d2"), ("Coast Wire", "Lake Post"))))
    assert claims_text(c) == "'2024-03-04' only in sources that give another too; '2024-03-05' says Lake Post; " \
                             "Coast Wire gives both '2024-03-04' and '2024-03-05'"
