"""A body of states' call for calm or restraint that names no one is addressed to both sides of the
page (events/calm_calls.py). Sentences written for these tests."""
from __future__ import annotations

import pytest
from events_kit import code, summary

from detente.events.lexicon import cue_words

STORY = ("Chile accused Peru of seizing two fishing boats. Peru denied the charge and said the boats had been in "
         "Peruvian waters. Peru and Chile have argued over the sea boundary for years. ")


@pytest.mark.parametrize("text, source", [
    ("NATO called for calm on Friday.", "NATO"),
    ("NATO appealed for restraint after the seizure.", "NATO"),
])
def test_an_outsiders_call_for_calm_is_aimed_at_both_sides(text, source):
    coded = summary(code(STORY + text))
    assert {("REQUEST", source, "CHL"), ("REQUEST", source, "PER")} <= coded, coded


def test_a_call_for_calm_aimed_at_one_state_keeps_it():
    coded = summary(code(STORY + "NATO urged Chile to show restraint."))
    assert ("REQUEST", "NATO", "CHL") in coded and ("REQUEST", "NATO", "PER") not in coded, coded


def test_a_third_states_call_for_restraint_is_aimed_at_neither_side():
    # a third state's appeal is a stance the golds code at neither side (wire30 w30_05)
    coded = summary(code(STORY + "Kenya urged restraint."))
    assert not {e for e in coded if e[1] == "KEN" and e[2] in ("CHL", "PER")}, coded


def test_an_outsiders_call_for_something_else_gets_no_side():
    coded = summary(code(STORY + "NATO called for an inquiry."))
    assert not {e for e in coded if e[1] == "NATO" and e[2] in ("CHL", "PER")}, coded


def test_the_cues_load():
    assert {"calm", "restraint"} <= set(cue_words("calmnoun"))
