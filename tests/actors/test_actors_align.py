"""A gazetteer hit's token span (actors.items.align) is found by bisection; it must be the span a scan of every
token finds: the tokens that end after the hit starts and start before it ends. Sentences written for this test."""
from __future__ import annotations

import re

import pytest

from detente.actors.gazetteer import Hit
from detente.actors.items import align, token_end
from detente.records import Sentence, Token

SENTENCES = [
    "Norway's foreign minister met the Chilean envoy in Oslo on Tuesday.",
    "  Kenya and Tanzania signed a border pact -- the first since 1999 -- at Arusha.",
    "The U.N. mission (UNMISS) said troops withdrew.",
    "x",
]


def _sentence(text: str, offset: int) -> Sentence:
    """Tokens by a plain pattern: words, and every other non-space character alone ("Norway", "'", "s")."""
    tokens = tuple(Token(n, m.group(), m.group().lower(), "X", "X", "dep", 0, "", "O", offset + m.start())
                   for n, m in enumerate(re.finditer(r"\w+|[^\w\s]", text)))
    return Sentence("doc", 0, 0, "body", offset, offset + len(text), text, tokens)


def _scanned(hit: Hit, sentence: Sentence) -> tuple[int, int] | None:
    start, end = sentence.start + hit.start, sentence.start + hit.end
    inside = [t.i for t in sentence.tokens if token_end(t) > start and t.start < end]
    return (inside[0], inside[-1]) if inside else None


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize("offset", [0, 137])
def test_align_is_the_scan_for_every_span(text, offset):
    sentence = _sentence(text, offset)
    for start in range(len(text) + 1):
        for end in range(start, min(len(text), start + 25) + 1):
            hit = Hit(start, end, text[start:end], ())
            assert align(hit, sentence) == _scanned(hit, sentence), (start, end)


def test_align_spans_a_possessive_name():
    sentence = _sentence(SENTENCES[0], 0)
    assert align(Hit(0, 6, "Norway", ()), sentence) == (0, 0)
    assert align(Hit(0, 8, "Norway's", ()), sentence) == (0, 2)
    assert align(Hit(6, 6, "", ()), sentence) is None  # an empty span touches no token
