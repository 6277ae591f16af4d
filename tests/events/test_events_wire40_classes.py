"""Classes of eval/wire40 (session 27, helper pages40), each also seen on other development pages: a state's
backing told as "stands with X" (SUPPORT), forces that move themselves to, toward or into a place (MOBILIZE), and
an alert of forces lowered (RETREAT, not the nested readiness noun's alert). Our own sentences."""
from __future__ import annotations

from events_kit import code, summary, whole_pipeline_tests

# Through the whole pipeline (the actors stage resolves "it" and "the army" to the speaking state).
full_coded, test_full_pipeline_classes, test_full_pipeline_near_misses = whole_pipeline_tests(
    [('Norway said on Monday that it "stands with Finland".', ("SUPPORT", "NOR", "FIN")),
     ("Kenya said it stood with Uganda in the dispute.", ("SUPPORT", "KEN", "UGA")),
     ('The Norwegian government issued a statement saying it "stands with our Danish allies".', ("SUPPORT", "NOR", "DNK")),
     ("Chile's defence minister said the army's combat readiness would be lowered from Friday.", ("RETREAT", "CHL", None))],
    [("Chile's defence minister said the army's combat readiness would be lowered from Friday.", "THREATEN"),
     ("The Kenyan minister stood with Uganda's president at the podium.", "SUPPORT")])





def test_standing_beside_someone_at_a_podium_is_no_support():
    # a guard: standing with a named person at a podium or before cameras is a place, not backing
    found = summary(code("The Kenyan minister stood with Uganda's president at the podium."))
    assert not any(t == "SUPPORT" for t, _, _ in found), found


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
