"""Session 9 newcomer pass: what `events`, `incidents` and `show` print for international bodies and
for pages whose text holds more than the article (all sentences are our own)."""
from __future__ import annotations

import dataclasses

import pytest
from typer.testing import CliRunner

from detente import store
from detente.cli.main import app
from detente.cli.output import actor_label
from detente.records import Actor, CodedArticle, Evidence
from detente.runners.local import link_corpus
from detente.stories import fingerprint

from tests.conftest import make_article, make_event

RUNNER = CliRunner()
BLOC = "The regional bloc imposed sanctions on the junta in Niamey on Sunday, its chairman said."


@pytest.mark.parametrize("country, sector, label", [
    ("IGO", "IGO", "IGO"), ("NATO", "IGO", "NATO"), ("UNO", "IGO", "UNO"), ("UNO", "MIL", "UNO MIL"),
    ("PAK", "GOV", "PAK GOV"), ("PAK", None, "PAK"), (None, "CVL", "- CVL"), (None, None, "-"), ("USA", "IGO", "USA IGO"),
])
def test_an_actor_label_drops_only_a_sector_its_code_already_says(country, sector, label):
    assert actor_label(country, sector) == label


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("newcomer9") / "news.duckdb")
    article = make_article(BLOC)
    event = make_event(article, "SANCTION", "IGO", "NER")
    event = dataclasses.replace(event, source=Actor("The regional bloc", "IGO", "IGO"),
                                target=Actor("NER", "NER", "MIL"))
    store.write_batch(path, [CodedArticle(article, 1, 1, (event,), fingerprint(article))], [])
    link_corpus(path)
    return path


def test_a_body_s_events_and_incidents_say_igo_once(db):
    for command in ("events", "incidents"):
        result = RUNNER.invoke(app, [command, "--db", db, "--limit", "0"])
        assert result.exit_code == 0 and "IGO" in result.output and "IGO IGO" not in result.output, result.output
        assert "NER MIL" in result.output


def test_show_names_a_party_once_when_its_words_are_its_code(db):
    event_id = store.queries.select_events(db, store.queries.EventFilter())[0][0].event_id
    result = RUNNER.invoke(app, ["show", event_id, "--db", db])
    assert result.exit_code == 0 and "The regional bloc (IGO) → NER " in result.output and "NER (NER)" not in result.output


PAGE = """Home | World | Business | Sport | Opinion | Subscribe
Lakeland and Rivia agree to reopen their border
March 4, 2024
The governments of Lakeland and Rivia agreed on Monday to reopen the main border crossing between the two \
countries after three months of closure, officials in both capitals said.
The crossing at Northgate will open to trucks first and to travellers a week later, according to a joint \
statement released after talks in the border town.
Trade between the neighbours fell sharply while the crossing was shut, and farmers on both sides had asked for \
it to reopen before the harvest.
Related stories
Lakeland raises fuel prices
Rivia names new central bank governor
"""


def page_event(article):
    """An event on the page's middle paragraph, trigger "open"."""
    start = article.text.index("The crossing at")
    end = article.text.index("\n", start)
    trigger = article.text.index("open", start)
    evidence = Evidence("body", 4, 1, article.text[start:end], start, end, "open", trigger, trigger + 4)
    return dataclasses.replace(make_event(article, "COOPERATE"), evidence=evidence)


@pytest.fixture(scope="module")
def page_db(tmp_path_factory) -> tuple[str, str]:
    path = str(tmp_path_factory.mktemp("newcomer9page") / "page.duckdb")
    article = make_article(PAGE)
    event = page_event(article)
    store.write_batch(path, [CodedArticle(article, 1, 1, (event,), fingerprint(article))], [])
    return path, event.event_id


def test_show_gives_the_article_around_the_evidence_not_the_page_s_menus(page_db):
    """`show` printed the page's menu, dateline and "Related" links as context (issue #13)."""
    db, event_id = page_db
    result = RUNNER.invoke(app, ["show", event_id, "--db", db])
    assert result.exit_code == 0, result.output
    context = result.output.split("trigger between » «):\n", 1)[1]
    assert "will »open« to trucks" in context
    assert context.startswith("The governments of Lakeland") and "before the harvest." in context
    for furniture in ("Subscribe", "March 4, 2024", "Related stories", "fuel prices", "…"):
        assert furniture not in context


def test_the_page_s_evidence_context_is_the_article_too(page_db):
    from fastapi.testclient import TestClient

    from detente.web.app import create_app

    db, event_id = page_db
    ev = TestClient(create_app(db)).get(f"/api/events/{event_id}").json()["evidence"]
    assert ev["context"].startswith("The governments of Lakeland") and ev["context"].endswith("before the harvest.")
    assert ev["cut_before"] is False and ev["cut_after"] is False
    rel = ev["trigger_start"] - ev["context_start"]
    assert ev["context"][rel:rel + 4] == "open"


@pytest.mark.parametrize("what, fmt", [("events", "csv"), ("events", "tsv"), ("events", "gdelt"), ("events", "icews"),
                                       ("documents", "tsv"), ("sources", "csv")])
def test_exported_tables_end_their_lines_as_the_list_commands_do(page_db, what, fmt):
    """`export … tsv` ended rows with "\\r\\n", leaving "\\r" on the last column for cut/awk (session 9)."""
    result = RUNNER.invoke(app, ["export", what, "--db", page_db[0], "--format", fmt, "-o", "-"])
    assert result.exit_code == 0, result.output
    assert "\r" not in result.stdout and result.stdout.count("\n") >= 1
    listed = RUNNER.invoke(app, ["events", "--db", page_db[0], "-f", "csv"]).stdout
    assert "\r" not in listed and listed.endswith("\n")
