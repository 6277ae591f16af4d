"""Gazetteer names mapped to the tokens they cover by bisection (nlp/entities.token_spans) give what a scan of
every token gives: the first and last token overlapping the name's characters (hypothesis, own word salad)."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from detente.nlp import entities
from detente.records import Sentence, Token

WORDS = ["Kenya", "and", "Uganda", "signed", "a", "pact", ",", "New", "York", "'s", "U.S.", ".", "\u00e9t\u00e9", "  "]


def _sentence(words: list[str], offset: int) -> Sentence:
    text = " ".join(words)
    tokens = tuple(Token(k, m.group(), m.group().lower(), "X", "X", "dep", 0, "", "O", offset + m.start())
                   for k, m in enumerate(re.finditer(r"\S+", text)))
    return Sentence("d", 0, 0, "body", offset, offset + len(text), text, tokens)


def _scanned(sentence: Sentence, names) -> list[tuple[int, int, str]]:
    out = []
    for start, end, label in names:
        inside = [t.i for t in sentence.tokens
                  if t.start - sentence.start < end and t.start - sentence.start + len(t.text) > start]
        if inside:
            out.append((inside[0], inside[-1], label))
    return out


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14), st.integers(0, 500),
       st.lists(st.tuples(st.integers(-3, 80), st.integers(0, 12), st.sampled_from(["GPE", "ORG", "role"])),
                max_size=6))
def test_bisection_gives_the_scan(words, offset, spans):
    sentence = _sentence(words, offset)
    names = [(start, start + width, label) for start, width, label in spans]
    assert entities.token_spans(sentence, names) == _scanned(sentence, names)


def test_a_name_inside_one_token_and_across_two():
    sentence = _sentence(["Kenya", "and", "New", "York"], 40)
    assert entities.token_spans(sentence, [(1, 3, "GPE"), (10, 18, "GPE"), (5, 6, "X")]) == [
        (0, 0, "GPE"), (2, 3, "GPE")]
