"""`detente incidents ID` says every status a page's reports give in the line of a status dispute (session 19
newcomer: a page with one asserted and one pending report was named under "asserted" alone, beside a report table
showing both), naming such a page once, apart (session 21). All sentences are our own."""
from __future__ import annotations

import dataclasses

import duckdb
import pytest
from typer.testing import CliRunner

from detente import ids, store
from detente.cli.main import app
from detente.records import CodedArticle
from detente.runners.local import link_corpus
from detente.stories import fingerprint

from tests.conftest import make_article, make_event

RUNNER = CliRunner()
TEXT = ("Ghana and Togo signed a customs accord in Lome, officials said, and the two ministers will sign its annex "
        "at the border post of Aflao once the customs teams have checked the lists of goods. ")
PAGES = (("Volta Wire", ("asserted", "pending")), ("Lome Courier", ("negated",)), ("Accra Ledger", ("asserted",)))


def _page(outlet: str, statuses: tuple[str, ...], n: int) -> CodedArticle:
    article = dataclasses.replace(make_article(TEXT + f"Report {n}.", published="2024-03-05"), outlet=outlet)
    events = []
    for k, status in enumerate(statuses):
        base = make_event(article, "AGREE", "GHA", "TGO", None)
        trigger = base.evidence.trigger_start + 10 * k  # one report per trigger
        events.append(dataclasses.replace(base, status=status, event_id=ids.event_id(
            article.doc_id, trigger, "AGREE", "GHA", "TGO"), evidence=dataclasses.replace(
            base.evidence, trigger_start=trigger, trigger_end=trigger + 1)))
    return CodedArticle(article, 1, 1, tuple(events), fingerprint(article))


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("statuses") / "news.duckdb")
    store.write_batch(path, [_page(outlet, statuses, n) for n, (outlet, statuses) in enumerate(PAGES)], [])
    link_corpus(path)
    return path


def test_a_page_with_two_statuses_is_named_once_with_both(db):
    """Both of its statuses are said, but it is not listed on both sides as if two sources disagreed (newcomer
    review, session 21: the same file stood under 'asserted' and under 'pending')."""
    with duckdb.connect(db, read_only=True) as con:
        (incident,), = con.execute("SELECT DISTINCT incident_id FROM events").fetchall()  # one pact, one incident
    result = RUNNER.invoke(app, ["incidents", incident, "--db", db], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    line = " ".join(next(line for line in result.output.splitlines() if "disagree on status" in line).split())
    assert "'asserted' says Accra Ledger;" in line and "'negated' says Lome Courier" in line
    assert "Volta Wire gives both 'asserted' and 'pending'" in line and line.count("Volta Wire") == 1
