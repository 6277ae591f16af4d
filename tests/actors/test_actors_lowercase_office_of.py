"""A body's head named by a lower-case hyphenated office and an "of" phrase (session 29, whoacts22): "the
secretary-general of the Arab League called on Iraq ..." had no source, because the parse makes "general" a
modifier of "secretary" and hangs the "of" phrase on "general", where `office_heads` did not look (the
capitalised "Secretary-General of ..." parses the other way round and already resolved). Our own sentences."""
from __future__ import annotations

import pytest

from helpers import events_of, make_article
from detente.actors.items import office_heads
from detente.nlp import parse_article


@pytest.mark.parametrize("text, event", [
    ("The secretary-general of the Arab League called on Iraq to release the prisoners.", ("REQUEST", "IGO", "IRQ")),
    ("The secretary-general of NATO urged Serbia to withdraw its troops from the border.", ("REQUEST", "NATO", "SRB")),
    ("The deputy secretary-general of the Arab League praised Jordan for hosting the talks.",
     ("SUPPORT", "IGO", "JOR")),
])
def test_a_lower_case_office_of_a_body_acts_for_the_body(text, event):
    assert event in events_of(text)


def test_the_closing_word_of_a_lower_case_office_is_one_of_its_heads():
    sentence = parse_article(make_article("The secretary-general of NATO urged Serbia to act."))[0]
    secretary = next(t.i for t in sentence.tokens if t.text == "secretary")
    general = next(t.i for t in sentence.tokens if t.text == "general")
    assert general in office_heads(sentence.tokens, secretary)


def test_a_plain_office_keeps_its_own_head_only():
    sentence = parse_article(make_article("The minister of Peru urged Chile to act."))[0]
    minister = next(t.i for t in sentence.tokens if t.text == "minister")
    assert office_heads(sentence.tokens, minister) == {minister}
