"""A state's request to its own court, judge or prosecutors is a step at home, not a request of the page's other
state (cues.tsv homeorgan court / judge / prosecutor; events/home_critics.py home_request; eval/wire17 w17_06, a
request "to the court" to forfeit a seized boat coded as a request of the boat's state). Sentences written for
these tests."""
from __future__ import annotations

import pytest
from events_kit import last_sentence

STORY = ("Norway seized a Russian trawler in Norwegian waters on Monday. Norway said the trawler had been fishing "
         "without a licence. Russia demanded its return. Norway and Russia have argued over fishing rights for years. "
         "Norway said it would not give the trawler back. ")


@pytest.mark.parametrize("text", [
    "Norwegian prosecutors have asked the court to confiscate it.",
    "Prosecutors asked a court in Tromso to confiscate the trawler.",
    "Norway's prosecutors asked the judge to order the trawler confiscated.",
    "The fisheries minister asked prosecutors to open a case against the captain.",
])
def test_a_request_to_ones_own_court_is_no_request_of_the_other_state(text):
    coded = last_sentence(STORY + text)
    assert ("REQUEST", "NOR", None) in coded and ("REQUEST", "NOR", "RUS") not in coded, coded


@pytest.mark.parametrize("text", [
    "Norway asked Russia to pay the fine.",
    "Norwegian officials asked the Russian embassy to explain the voyage.",
])
def test_a_request_naming_the_other_state_keeps_it(text):
    assert ("REQUEST", "NOR", "RUS") in last_sentence(STORY + text)
