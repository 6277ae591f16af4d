"""Session 12 trigger classes (triggers3): claims under a verb of saying whose trigger was a multi-word form the
lexicon lacked (figurative threats, raising the prospect of a measure, going to the Security Council). Each class
is tested with our own sentences, and with a near miss that must stay uncoded."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("sentence,expected", [
    # a figurative threat of destruction, through the modal (sent-dev)
    ("Kenya's army said Kenya would turn Nairobi into a sea of fire if Uganda sent troops.", ("THREATEN", "KEN", "UGA")),
    # raising the prospect of a hostile measure (wire8)
    ("The Norwegian minister raised the prospect of sanctions on Chilean salmon.", ("THREATEN", "NOR", "CHL")),
    ("Kenya raised the spectre of retaliation against Uganda.", ("THREATEN", "KEN", "UGA")),
    # a port or bridge closed to the other side, as a border is (wire10)
    ("Kenya closed the port of Mombasa to Ugandan ships.", ("SANCTION", "KEN", "UGA")),
])
def test_trigger_forms_code(sentence, expected):
    found = summary(code(sentence))
    assert any((t, s, g)[:len(expected)] == expected for t, s, g in found), found


def test_a_city_set_ablaze_is_an_attack_not_a_threat():
    assert ("ASSAULT", "KEN") in {(t, s) for t, s, _ in summary(code("Kenyan jets turned the town into a sea of fire."))}


@pytest.mark.parametrize("sentence,absent", [
    ("Norway welcomed the prospect of talks with Chile.", "THREATEN"),  # a prospect of no hostile measure
    ("Kenya raised the prospect of a trade deal with Uganda.", "THREATEN"),
    ("Kenya turned the meeting with Uganda into a success.", "ASSAULT"),  # no sea of fire
])
def test_near_misses_stay_uncoded(sentence, absent):
    assert absent not in {t for t, _, _ in summary(code(sentence))}


def test_a_bridge_reopened_by_the_state_that_closed_it():
    # wire10: "The bridge, closed by Cameroon the day after the shelling, was reopened": the closer reopens it
    found = summary(code("The bridge, closed by Kenya the day after the shelling, was reopened to traffic on Saturday."))
    assert ("CONCEDE", "KEN") in {(t, s) for t, s, _ in found}
