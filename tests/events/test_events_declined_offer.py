"""A bare refusal of an offer told beside it (events/declined_offer.py; issue #11, session 23 recall14):
"X offered to mediate, but Y declined" is Y's refusal aimed at X (wire26 class: the refusal went uncoded).
Every sentence is our own."""
from __future__ import annotations

import pytest
from events_kit import code, parsed, summary

from detente.events.declined_offer import declined_offer
from detente.events.prefilter import mentions_trigger


@pytest.mark.parametrize("text,expected", [
    ("Norway had offered last week to mediate between the two sides, but Peru declined, an official said.",
     ("REJECT", "PER", "NOR")),
    ("Chile offered to host the talks, but Bolivia refused.", ("REJECT", "BOL", "CHL")),
    ("Kenya proposed a joint inquiry; Uganda declined.", ("REJECT", "UGA", "KEN")),
    ("Denmark invited Finland to the meeting, but Finland declined.", ("REJECT", "FIN", "DNK")),
])
def test_a_bare_refusal_of_an_offer_is_aimed_at_the_offerer(text, expected):
    assert expected in summary(code(text))


@pytest.mark.parametrize("text", [
    "Kenya offered to mediate but later declined.",  # the offerer itself drew back: nobody else's offer refused
    "Uganda declined.",  # no offer told
    "Ghana offered aid, and Togo declined to say whether it would accept.",  # a refusal with a complement of its own
])
def test_no_refusal_of_another_states_offer(text):
    assert not any(t == "REJECT" and tgt is not None for t, _, tgt in summary(code(text)))


def test_the_offer_is_found_beside_the_refusal_not_inside_its_complement():
    _, sentences = parsed("Chile offered to host the talks, but Bolivia declined.")
    s = sentences[0]
    declined = next(t for t in s.tokens if t.lemma == "decline")
    assert declined_offer(s, declined).lemma == "offer"


@pytest.mark.parametrize("sentence,expected", [
    ("Brazil offered to mediate, but Peru declined.", True),
    ("Peru declined on Monday.", False),  # a bare refusal with no offer beside it is not parsed
])
def test_the_prefilter_passes_a_bare_refusal_only_beside_an_offer(sentence, expected):
    assert mentions_trigger(sentence) is expected
