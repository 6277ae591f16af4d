"""'The two countries' names the story's two leading states, not the last two named."""
from __future__ import annotations

from collections import Counter

import pytest

from detente.actors import document_states
from detente.nlp import parse_article
from helpers import make_article, mentions_of


def _group(mentions, text):
    return next(m for m in mentions if m.text.lower() == text.lower())


def test_two_countries_are_the_leading_pair_not_the_last_named():
    body = ("Chile accused Peru of blocking its fishing boats. Peru rejected the charge from Chile. "
            "Ecuador voiced support for Peru. The two countries will hold talks next week.")
    assert _group(mentions_of(body), "The two countries").entity == "CHL+PER"


def test_two_countries_fall_back_to_recency_without_a_clear_pair():
    body = "Chile met Peru. Ecuador met Bolivia. The two countries signed a deal."
    assert _group(mentions_of(body), "The two countries").entity == "ECU+BOL"


def test_document_states_count_title_and_body_only():
    article = make_article("Ghana accused Togo of raids. Ghana closed the border.", title="Ghana and Togo row")
    counts = document_states(article, parse_article(article))
    assert counts == Counter({"GHA": 3, "TGO": 2})


@pytest.mark.parametrize("body, pair", [
    # the two states named together are the pair, not the last two named (the broker comes last)
    ("Peru and Chile agreed on Friday to restore relations, in a deal brokered by Bolivia. "
     "The two countries will reopen embassies within a month.", "PER+CHL"),
    # three states in one list are no pair: recency decides as before
    ("Peru, Chile and Ecuador met in Lima. Bolivia sent an observer. "
     "The two countries will reopen embassies within a month.", "PER+BOL"),
])
def test_the_two_countries_are_the_two_states_named_together(body, pair):
    found = [m for m in mentions_of(body, date="2021-05-12") if m.text == "The two countries"]
    assert found and found[0].entity == pair


@pytest.mark.parametrize("body, phrase", [
    ("Peru and Chile agreed on Friday to restore relations. The foreign ministers of the two countries will "
     "meet in Lima next week.", "ministers of the two countries"),
    ("Peru and Chile agreed on Friday to restore relations. Officials from both sides met in Lima on Monday.",
     "Officials from both sides"),
])
def test_a_plural_role_of_a_group_of_states_is_that_group(body, phrase):
    found = [m for m in mentions_of(body, date="2021-05-12") if m.text == phrase]
    assert found and (found[0].kind, found[0].country, found[0].entity) == ("group", None, "PER+CHL")


def test_no_interstate_pair_from_one_ministry_of_a_group():
    found = [m for m in mentions_of("Peru and Chile agreed on Friday to restore relations. The foreign minister "
                                    "of the two countries' neighbour spoke.", date="2021-05-12")
             if m.text.startswith("foreign minister")]
    assert found and found[0].kind != "group"  # singular: one person is no group of states


def test_the_three_countries_are_the_three_states_listed_together():
    body = ("Leaders of Peru, Chile and Ecuador met in Lima on Monday, with Bolivia as an observer. "
            "Representatives of all three countries signed a fisheries accord.")
    found = [m for m in mentions_of(body, date="2021-05-12") if m.text == "all three countries"]
    assert found and found[0].entity == "PER+CHL+ECU"
