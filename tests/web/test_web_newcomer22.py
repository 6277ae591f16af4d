"""Newcomer review, session 22: a story's lead opens with the story's words, not a wire's slugs."""
from __future__ import annotations

from detente.web.queries import opening_words


def test_a_wire_note_to_editors_and_a_byline_are_not_the_lead():
    page = " date 2024-02-12 (ATTN: UPDATES with minister's remarks; RESTRUCTURES)\n\nBy Mira Talvik\n\n" \
           "TALLINN, Feb. 12 (Wire) -- Estonia and Latvia agreed on Monday to pool their air-defence purchases."
    assert opening_words(page).startswith("TALLINN, Feb. 12 (Wire) -- Estonia and Latvia agreed")
    assert opening_words("(LEAD) Chile and Peru signed a fisheries accord.") == "Chile and Peru signed a fisheries accord."
    assert opening_words("(2nd LD) Chile recalled its envoy.") == "Chile recalled its envoy."


def test_a_sentence_that_starts_with_by_is_kept():
    lead = "By the end of the week Chile and Peru had agreed to meet again."
    assert opening_words(lead) == lead
    assert opening_words("By Mira Talvik and Jon Ruud\nChile recalled its envoy.") == "Chile recalled its envoy."

