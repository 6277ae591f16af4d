"""Session 9 newcomer pass: what `events`, `incidents` and `show` print for international bodies and
for pages whose text holds more than the article (all sentences are our own)."""
from __future__ import annotations

import dataclasses

import pytest
from typer.testing import CliRunner

from detente import store
from detente.cli.main import app
from detente.cli.output import actor_label
from detente.records import Actor, CodedArticle
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
