"""Session 28 (wire44): "both allies" and "the two capitals" name the story's two states at once, as "both
countries" and "the two allies" do (roles.tsv group rows). A third party's call on them ("NATO's
secretary-general urged both allies to show mutual respect", wire44; "The Pentagon has repeatedly urged both
allies to keep the pact", wire36) lost its target. "both capitals" and "both neighbours" were tried and left
off (docs/quality.md, session 28, pages44). Our own sentences; the capitals named as a place add no event."""
from __future__ import annotations

import pytest

from helpers import events_of

LEAD = "Chile and Peru traded accusations over the fishing boats. "


@pytest.mark.parametrize("phrase", ["both allies", "the two capitals"])
def test_a_call_on_the_pair_reaches_each_state(phrase):
    coded = events_of(LEAD + f"Brazil urged {phrase} on Monday to show restraint.")
    assert {("REQUEST", "BRA", "CHL"), ("REQUEST", "BRA", "PER")} <= coded


def test_a_body_calling_on_both_allies():
    coded = events_of(LEAD + "The UN chief called on both allies to lower the tone.")
    assert {("REQUEST", "UNO", "CHL"), ("REQUEST", "UNO", "PER")} <= coded


def test_the_capitals_as_a_place_add_no_event():
    assert events_of(LEAD + "Lorries crossed between the two capitals without delay.") == events_of(LEAD.strip())
