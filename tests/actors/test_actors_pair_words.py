"""Session 28 (wire44): "both allies" names the story's two states at once, as "both countries" and "the two
allies" do (roles.tsv group row). A third party's call on them ("NATO's
secretary-general urged both allies to show mutual respect", wire44; "The Pentagon has repeatedly urged both
allies to keep the pact", wire36) lost its target. "both capitals", "both neighbours" and "the two capitals" were
tried and left off (docs/quality.md, session 28, pages44). Our own sentences."""
from __future__ import annotations

from helpers import events_of

LEAD = "Chile and Peru traded accusations over the fishing boats. "


def test_a_call_on_both_allies_reaches_each_state():
    coded = events_of(LEAD + "Brazil urged both allies on Monday to show restraint.")
    assert {("REQUEST", "BRA", "CHL"), ("REQUEST", "BRA", "PER")} <= coded


def test_a_body_calling_on_both_allies():
    coded = events_of(LEAD + "The UN chief called on both allies to lower the tone.")
    assert {("REQUEST", "UNO", "CHL"), ("REQUEST", "UNO", "PER")} <= coded

