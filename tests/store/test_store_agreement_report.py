"""A step of an agreement is named by its report, as an incident's reports are: outlet, URL host or file name.

`detente agreements ID` listed each step's document as a bare hash, and the page named no source for a step
whose document has no outlet (a folder of .txt files, every realnews page), while `detente incidents ID` named
the file (newcomer review, session 30).
"""
from __future__ import annotations

import duckdb
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from detente import store
from detente.cli.main import app
from detente.web.app import create_app

from tests.web.web_corpus import add_agreements, build_store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """The page's store with the signing's document read from a file with no outlet, as a folder of .txt is."""
    path = str(tmp_path_factory.mktemp("agreement-report") / "report.duckdb")
    add_agreements(path, build_store(path))
    with duckdb.connect(path) as con:
        doc = con.execute("SELECT doc_id FROM agreement_stages WHERE agreement_id = 'a-lake' AND stage = 'signed'"
                          ).fetchone()[0]
        con.execute("UPDATE documents SET outlet = NULL, url = NULL, path = '/data/news/lake_pact_signed.txt' "
                    "WHERE doc_id = ?", [doc])
    return path, doc


def test_a_step_is_named_by_its_file_when_its_document_has_no_outlet(db):
    path, _doc = db
    signed = [s for s in store.lifecycle_steps(path, "a-lake") if s["stage"] == "signed"]
    assert [s["report"] for s in signed] == ["lake_pact_signed.txt"]


def test_an_outlet_stays_the_name_of_its_step(tmp_path):
    path = str(tmp_path / "outlet.duckdb")
    add_agreements(path, build_store(path))
    signed = [s for s in store.lifecycle_steps(path, "a-lake") if s["stage"] == "signed"]
    assert signed[0]["outlet"] == "East Wire" and signed[0]["report"] == "East Wire"


def test_the_command_lists_the_report_not_the_document_hash(db):
    path, doc = db
    shown = CliRunner().invoke(app, ["agreements", "a-lake", "--db", path], env={"COLUMNS": "200"})
    assert shown.exit_code == 0, shown.output
    assert "lake_pact_signed.txt" in shown.output and doc not in shown.output
    assert "report" in shown.output.splitlines()[2]


def test_the_page_gets_the_report_of_each_step(db):
    path, _doc = db
    steps = TestClient(create_app(path)).get("/api/agreements/a-lake").json()["agreement"]["steps"]
    assert {s["stage"]: s["report"] for s in steps}["signed"] == "lake_pact_signed.txt"
