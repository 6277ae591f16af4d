"""A wire page's upper-case masthead taken for its title is the outlet's name (actors/home_voice._outlet_line,
data/outlet_words.tsv; eval/wire32: "AGENCIA DE PRENSA DE CHILE (APC) - SERVICIO EN INGLÉS" was read as the
title, no outlet state was found and the page's own foreign minister was given the other state). Our own text."""
from __future__ import annotations

import pytest

from detente.actors.gazetteer import data_rows, scan, state_code
from detente.actors.home_voice import masthead_state, outlet_words
from detente.actors.mentions import StateRef
from detente.records import Article, DateInfo, Segment, Sentence


def _state(top: str, named: list[str]) -> str | None:
    """masthead_state of a page whose top line, taken for its title, is `top`, and whose narration names `named`."""
    text = f"{top}\n\nBody."
    segments = (Segment(0, "title", 0, len(top)), Segment(1, "body", len(top) + 2, len(text)))
    article = Article("test", "-", None, "text", text, segments, DateInfo(None))
    sentences = (Sentence("test", 0, 1, "body", len(top) + 2, len(text), "Body."),)
    return masthead_state(article, sentences, [StateRef(0, 0, code, "country", code) for code in named])


def _own(example: str) -> str:
    return next(c for h in scan(example) if (c := state_code(h)))


@pytest.mark.parametrize("word,example", data_rows("outlet_words.tsv"))
def test_every_outlet_word_makes_its_example_a_masthead(word, example):
    assert word in outlet_words() and word.upper() in example.upper()
    own = _own(example)
    assert _state(example, ["THA", "THA", own]) == own


@pytest.mark.parametrize("top", [
    "AGENCIA DE PRENSA DE BOLIVIA (APB) - SERVICIO EN INGLÉS",
    "KENYA NEWS AGENCY (KNA) - NEWS IN ENGLISH",
])
def test_a_masthead_taken_for_the_title_names_the_outlets_state(top):
    own = _own(top)
    assert _state(top, ["PER", "PER", "PER", own]) == own


@pytest.mark.parametrize("top", [
    "BOLIVIA EXPELS TWO PERUVIAN ENVOYS",  # a headline in capitals: no outlet word
    "Bolivia News Agency reports on the border",  # not in capitals: a headline that names an outlet
])
def test_a_headline_is_no_masthead(top):
    assert _state(top, ["PER", "PER", "PER", "BOL"]) is None


# "From La Paz, Foreign Minister X ...": the capital a sentence opens from places the speaker, as "In Manila, ..."
# does (actors/coref.opening_capital; eval/wire32: a third state's foreign minister, named without his state on a
# page about two others, was given one of them).
TWO_SIDES = ("Peru expelled two Chilean diplomats on Tuesday. Chile rejected the charge. Peru said Chile had spied on "
             "its navy. Chile denied it again. ")


@pytest.mark.parametrize("opening", ["From La Paz, ", "Speaking from La Paz, "])
def test_a_minister_speaking_from_a_capital_is_its_states(opening):
    from helpers import mentions_of
    body = TWO_SIDES + opening + "Foreign Minister Diego Pary expressed solidarity with Peru."
    assert [m.country for m in mentions_of(body) if m.text.endswith("Diego Pary")] == ["BOL"]


def test_a_sentence_opening_with_a_day_places_nobody():
    from helpers import mentions_of
    body = TWO_SIDES + "From Monday, Foreign Minister Diego Pary will lead the talks."
    assert "BOL" not in [m.country for m in mentions_of(body) if m.text.endswith("Diego Pary")]
