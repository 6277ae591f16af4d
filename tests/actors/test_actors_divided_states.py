"""Halves of a divided country named by one word: "the North accused the South" (data/divided_states.tsv)."""
from __future__ import annotations

import pytest

from detente.actors.gazetteer import data_rows
from detente.actors.short_names import divided_words
from helpers import events_of, mentions_of

BOTH = "North Korea and South Korea agreed on Monday to reopen the liaison office at the border. "


def _countries(mentions, text: str) -> list[str | None]:
    return [m.country for m in mentions if m.text == text]


@pytest.mark.parametrize("row", data_rows("divided_states.tsv"))
def test_each_row_is_read_as_its_state(row):
    code, word, partner = row
    assert divided_words()[word] == (code, partner)
    mentions = mentions_of(BOTH + f"On Tuesday the {word} accused its neighbour of breaking the deal.")
    assert _countries(mentions, word) == [code], [(m.text, m.country) for m in mentions]


def test_the_north_accused_the_south_is_an_event_between_the_two_states():
    found = events_of(BOTH + "A week later the North accused the South of spying on its fishing boats.")
    assert ("ACCUSE", "PRK", "KOR") in found, found


def test_without_both_halves_named_the_word_is_no_state():
    mentions = mentions_of("Seoul said on Monday that the talks would go on. The North accused it of lying.")
    assert _countries(mentions, "North") == []


@pytest.mark.parametrize("phrase", ["the North Atlantic", "the South China Sea", "the North-South talks"])
def test_the_first_word_of_a_longer_name_is_no_state(phrase):
    mentions = mentions_of(BOTH + f"Ships crossed {phrase} on Tuesday.")
    assert _countries(mentions, "North") == [] and _countries(mentions, "South") == [], \
        [(m.text, m.country) for m in mentions]
