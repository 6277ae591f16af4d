"""Session 28 (wire44): "both allies", "both neighbours", "both capitals", "the two capitals" name the
story's two states at once, as "both countries" and "the two allies" do (roles.tsv group rows). A third
party's call on them ("NATO's secretary-general urged both allies to show mutual respect"; 35 "both
capitals" in the development pages) lost its target. Our own sentences; a capital named as a place
("officials in both capitals", "between the two capitals") adds no event."""
from __future__ import annotations

import pytest

from helpers import events_of

LEAD = "Chile and Peru traded accusations over the fishing boats. "


@pytest.mark.parametrize("phrase", ["both allies", "both neighbours", "both neighbors", "both capitals",
                                    "the two capitals"])
def test_a_call_on_the_pair_reaches_each_state(phrase):
    coded = events_of(LEAD + f"Brazil urged {phrase} on Monday to show restraint.")
    assert {("REQUEST", "BRA", "CHL"), ("REQUEST", "BRA", "PER")} <= coded


def test_a_body_calling_on_both_allies():
    coded = events_of(LEAD + "The UN chief called on both allies to lower the tone.")
    assert {("REQUEST", "UNO", "CHL"), ("REQUEST", "UNO", "PER")} <= coded


@pytest.mark.parametrize("sentence", [
    "Officials in both capitals said the talks would go on.",
    "Lorries crossed between the two capitals without delay.",
])
def test_the_capitals_as_places_add_no_event(sentence):
    assert events_of(LEAD + sentence) == events_of(LEAD.strip())
