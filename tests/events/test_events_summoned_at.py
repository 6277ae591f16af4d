"""A summoning passive's 'at' phrase names the summoner: "Uganda's ambassador, who was called in at the Kenyan
foreign ministry" was summoned by Kenya (roles.py _passive_sender, cue kind summoner; wire17: the relative
clause's head, the summoned envoy, was read as the summoner, SDN -> EGY for EGY -> SDN). Our own sentences,
coded through the whole pipeline."""
from __future__ import annotations

import pytest

from events_kit import coded_pages

STORY = "Kenya and Uganda have quarrelled over the fishing grounds of Lake Victoria since May. "
CASES = [
    (STORY + "Uganda's ambassador, who was called in at the Kenyan foreign ministry on Monday, said little.",
     ("ACCUSE", "KEN", "UGA"), ("ACCUSE", "UGA", "KEN")),
    (STORY + "Uganda's ambassador was summoned at the Kenyan foreign ministry on Monday.",
     ("ACCUSE", "KEN", "UGA"), ("ACCUSE", "UGA", "KEN")),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, set]:
    return coded_pages([t for t, _, _ in CASES])


@pytest.mark.parametrize("text,event,reversed_event", CASES)
def test_the_at_phrase_of_a_summons_names_the_summoner(coded, text, event, reversed_event):
    assert event in coded[text], coded[text]
    assert reversed_event not in coded[text], coded[text]
