"""Session 20 (precision10): false positives of the fresh pages. A headline "X says ..., warns Y" that the
parser reads as a quotative inversion ("..., warns Y": Y warns) is X's warning to Y when the clause before it
is itself X's report (events/voice.inverted_reporter; wire15); a present verb the parser joined to the past
verb of what a present "says" reports ("X says Y's men were caught ..., demands their return") is the
sayer's own act (events/nesting split_conjunct; wire19). The sentences are this file's own."""
from __future__ import annotations

import pytest

from events_kit import code, summary


def pairs(text: str, role: str = "title") -> set[tuple]:
    return {(t, s, g) for t, s, g in summary(code(text, role=role))}


@pytest.mark.parametrize("text, want, wrong", [
    ("Kenya says fishermen broke the law, warns Uganda over patrols",
     ("THREATEN", "KEN", "UGA"), ("THREATEN", "UGA", "KEN")),
])
def test_a_sayer_who_warns_after_the_report_is_the_warner(text, want, wrong):
    got = pairs(text)
    assert want in got and wrong not in got, got


@pytest.mark.parametrize("text, want", [
    ("Chilean troops will cross the border, warns Peru", ("THREATEN", "CHL", "PER")),
    ("Peru warns Chile over border closure", ("THREATEN", "PER", "CHL")),
])
def test_a_true_inversion_and_a_plain_warning_are_read_as_before(text, want):
    assert want in pairs(text), pairs(text)


@pytest.mark.parametrize("text, want, wrong", [
    ("Lima says Chilean miners crossed the border, demands their return",
     ("REQUEST", "PER", None), ("REQUEST", "CHL", None)),
])
def test_a_present_act_beside_a_past_report_is_the_sayers(text, want, wrong):
    got = pairs(text)
    assert want in got and wrong not in got, got


@pytest.mark.parametrize("text, want", [
    ("Peru says Chilean troops crossed the border and fired on a post.", ("ASSAULT", "CHL", None)),
])
def test_acts_that_share_the_reported_clauses_tense_stay_in_it(text, want):
    assert want in pairs(text, "body"), pairs(text, "body")
