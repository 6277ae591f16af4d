"""Plural titles with a hyphenated rank stay one token (nlp/hyphenated_titles.py; eval/wire26 w26_11). Our own
sentences."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from detente.nlp import parse_article, split_sentences
from detente.nlp.hyphenated_titles import hyphenated_titles
from detente.records import NO_DATE, Article, Segment

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))
from helpers import events_of  # noqa: E402


def _article(text: str) -> Article:
    return Article("d1", "a.txt", None, "text", text, (Segment(0, "body", 0, len(text)),), NO_DATE)


@pytest.mark.parametrize("word", hyphenated_titles())
def test_each_spelling_stays_one_token_in_the_parser_and_the_splitter(word):
    body = f"The two {word}, Ana Ruiz of Peru and Jorge Paz of Chile, met in Arica. They left."
    sentences = parse_article(_article(body))
    assert word in [t.text for t in sentences[0].tokens]
    assert [s.text for s in sentences] == [s.text for s in split_sentences(_article(body))]


def test_every_row_gives_three_spellings():
    words = hyphenated_titles()
    assert "vice-ministers" in words and "Vice-ministers" in words and "Vice-Ministers" in words
    assert "deputy-governors" in words and len(words) == len(set(words))


def test_listed_vice_ministers_sign_for_both_states():
    # the parser read "vice", "-", "ministers" as three subjects and the meeting had no state, the accord no AGREE
    body = ("On Tuesday the two vice-ministers of trade, Ana Ruiz of Peru and Jorge Paz of Chile, met the mediator "
            "in Arica and signed an agreement creating a joint customs commission.")
    assert ("AGREE", "PER", "CHL") in events_of(body)
