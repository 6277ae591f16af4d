"""Session 33 newcomer pass: in `detente sql` (and the incidents exports) the incidents table had only the JSON
text of `contradictions`, '[]' when the sources agree, so `WHERE contradictions <> ''` kept every row and a
user had no column to filter on. It now has a `disputed` BOOLEAN, true for the rows `detente incidents
--disputed` lists, filled at the next write in a file made before it (all sentences are our own)."""
from __future__ import annotations

import dataclasses
import json
import shutil

import duckdb
import pytest
from typer.testing import CliRunner

from detente import store
from detente.cli.main import app
from detente.records import CodedArticle
from detente.runners.local import link_corpus
from detente.stories import fingerprint

from tests.conftest import make_article, make_event

RUNNER = CliRunner()
# One shelling one page reports and another page denies (same pair, type and stated day: one incident whose
# sources disagree on its status), and a visit nobody disputes.
PAGES = (("Moldovan officials said Transnistrian forces shelled a checkpoint near Bender on Tuesday.",
          "ASSAULT", "asserted", "RUS", "MDA"),
         ("Russia denied that its troops in Transnistria had shelled a checkpoint on Tuesday.",
          "ASSAULT", "negated", "RUS", "MDA"),
         ("Romania's president visited Chisinau on Tuesday for talks on energy links.",
          "CONSULT", "asserted", "ROU", "MDA"))


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("sqldisputed") / "news.duckdb")
    coded = []
    for text, kind, status, source, target in PAGES:
        article = make_article(text)
        event = dataclasses.replace(make_event(article, kind, source, target), status=status)
        coded.append(CodedArticle(article, 1, 1, (event,), fingerprint(article)))
    store.write_batch(path, coded, [])
    link_corpus(path)
    return path


def _run(*args: str) -> str:
    result = RUNNER.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_sql_filters_incidents_on_disputed(db):
    rows = list(map(json.loads, _run("sql", "SELECT event_type, status, disputed FROM incidents ORDER BY 1",
                                     "--db", db, "-f", "jsonl").splitlines()))
    assert [(r["event_type"], r["disputed"]) for r in rows] == [("ASSAULT", True), ("CONSULT", False)]
    disputed = _run("sql", "SELECT incident_id FROM incidents WHERE disputed", "--db", db, "-f", "csv").split()[1:]
    listed = _run("incidents", "--disputed", "--db", db, "-f", "csv").splitlines()[1:]
    assert disputed == [line.split(",")[0] for line in listed] and len(disputed) == 1


def test_the_incident_lists_and_exports_carry_disputed(db, tmp_path):
    header = _run("incidents", "--db", db, "-f", "csv").splitlines()[0].split(",")
    assert "disputed" in header
    assert {json.loads(line)["disputed"] for line in _run("incidents", "--db", db, "-f", "jsonl").splitlines()} \
        == {True, False}
    out = tmp_path / "incidents.parquet"
    _run("export", "incidents", "--db", db, "-o", str(out))
    with duckdb.connect() as con:
        assert con.execute(f"SELECT count(*) FROM '{out}' WHERE disputed").fetchone()[0] == 1


def test_a_file_made_before_the_column_gains_it_at_the_next_write(db, tmp_path):
    old = tmp_path / "old.duckdb"
    shutil.copyfile(db, old)  # the fixture's writes are checkpointed when its connections close
    with duckdb.connect(str(old)) as con:
        con.execute("ALTER TABLE incidents DROP COLUMN disputed")
    with store.opened(str(old)):  # a write connection sets up the schema
        pass
    assert _run("sql", "SELECT count(*) FROM incidents WHERE disputed", "--db", str(old), "-f", "csv").split() \
        == ["count_star()", "1"]
