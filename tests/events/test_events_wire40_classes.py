"""Classes of eval/wire40 (session 27, helper pages40), each also seen on other development pages: forces that
move themselves to, toward or into a place (MOBILIZE), an alert of forces lowered (RETREAT, not the nested
readiness noun's alert), and a call "by telephone" whose caller the parser had made the one called. Our own
sentences."""
from __future__ import annotations

from events_kit import code, summary, whole_pipeline_tests

# Through the whole pipeline (the actors stage resolves "it" and "the army" to the speaking state).
full_coded, test_full_pipeline_classes, test_full_pipeline_near_misses = whole_pipeline_tests(
    [("Chile's defence minister said the army's combat readiness would be lowered from Friday.", ("RETREAT", "CHL", None))],
    [("Chile's defence minister said the army's combat readiness would be lowered from Friday.", "THREATEN")])


def test_troops_moving_toward_a_border_are_mobilised():
    found = summary(code("Ugandan troops moved to positions near the border with Kenya on Monday."))
    assert ("MOBILIZE", "UGA", "KEN") in found, found


def test_armoured_vehicles_moving_toward_the_line():
    found = summary(code("Chilean armoured vehicles moved toward the border with Peru on Tuesday."))
    assert ("MOBILIZE", "CHL", "PER") in found, found


def test_talks_or_lorries_that_move_are_no_mobilisation():
    # guards: a venue moved and civilian vehicles on the move are no forces
    assert not any(t == "MOBILIZE" for t, _, _ in summary(code("Kenya said the talks with Uganda had moved to Nairobi.")))
    found = summary(code("Ghanaian delivery vehicles moved toward the border with Togo on Tuesday."))
    assert not any(t == "MOBILIZE" for t, _, _ in found), found



def test_an_alert_level_lowered_on_a_border():
    found = summary(code("Kenya lowered the alert level of its troops on the border with Uganda."))
    assert ("RETREAT", "KEN", "UGA") in found, found


def test_a_call_by_telephone_keeps_its_caller():
    # the parser labels "by telephone" the passive agent of the active "spoke"; the subject is the caller
    for text, pair in (("The President of Peru spoke by telephone with Chile's President on Monday.", {"PER", "CHL"}),
                       ("The President of Norway spoke by telephone with Finland's President.", {"NOR", "FIN"})):
        found = summary(code(text))
        assert any(t == "CONSULT" and {s, g} == pair for t, s, g in found), (text, found)
        assert not any(s is None for _, s, _ in found), (text, found)
