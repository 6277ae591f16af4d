"""Whom an act is aimed at when its own clause names nobody, and the state the page's context would guess
is the wrong one (session 15, wrongstate)."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("text", [
    "Chile has written to Peru asking for the dispute to be discussed at a summit.",
    "Chile wrote to the government of Peru on Tuesday, urging it to reopen the border.",
    "Chile sent a letter to Peru asking for the fishermen to be released.",
])
def test_a_participle_of_asking_that_a_letter_carries_is_aimed_at_its_addressee(text):
    # wire10: "had written to the chairman of the bloc asking for …" took the story's counterpart
    assert ("REQUEST", "CHL", "PER") in summary(code(text)), text


def test_a_sending_verb_without_a_letter_names_no_addressee():
    found = summary(code("Chile sent troops to Kenya on Monday, asking for calm."))
    assert ("REQUEST", "CHL", "KEN") not in found, found


def test_a_repeated_preposition_keeps_both_of_its_objects_as_targets():
    # wire9: "pre-emptive strikes on Seoul and on US bases": the second "on" hangs on the first as a conjunct
    found = summary(code("Bolivia's army warned that it would launch strikes on Lima and on Chilean bases in the north."))
    assert {("THREATEN", "BOL", "PER"), ("THREATEN", "BOL", "CHL")} <= found, found
