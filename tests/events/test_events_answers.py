"""Session 15 (speech4): "any attack will be met with force" is a threat by the speaker, asserted, at the doer of
the act it answers; "was met with" is a reception, not a meeting; a nominal threat's condition on its light verb
names whom it threatens."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("text, target", [
    ("Finland said any attack by Norway would be answered with force.", "NOR"),
    ("Finland warned that any Norwegian attack would be met with force.", "NOR"),
    ("Finland said any attack on its territory would be met with a decisive response.", None),
])
def test_a_hostile_act_that_will_be_met_with_force_is_a_threat(text, target):
    threats = [e for e in code(text) if e.event_type == "THREATEN"]
    assert threats and all(e.source.country == "FIN" and e.status == "asserted" for e in threats)
    assert target is None or any(e.target.country == target for e in threats)


@pytest.mark.parametrize("text", [
    "The Norwegian attack was met with fire from Finnish positions.",  # what happened, not a threat
    "Norway's proposal would be met with scepticism in Finland.",  # no hostile act answered
])
def test_no_threat_without_the_modal_or_the_hostile_act(text):
    assert not any(e.event_type == "THREATEN" for e in code(text))


def test_was_met_with_is_a_reception_not_a_meeting():
    assert not any(e.event_type == "CONSULT" for e in code("Norway's proposal was met with a cool response from Finland."))


@pytest.mark.parametrize("text, pair", [
    ("The Finnish minister met with his Norwegian counterpart.", ("CONSULT", "FIN", "NOR")),
    ("Norway met Finland's demands.", ("CONCEDE", "NOR", "FIN")),
])
def test_meetings_and_met_demands_are_unchanged(text, pair):
    assert pair in summary(code(text))


@pytest.mark.parametrize("text", [
    "Finland said it would impose sanctions if Norway did not withdraw its troops.",
    "Finland would impose sanctions if Norway did not withdraw its troops, the minister said.",
])
def test_a_nominal_threats_condition_on_its_light_verb_names_the_target(text):
    assert any(e.event_type == "THREATEN" and e.target.country == "NOR" for e in code(text))


def test_a_measure_taken_after_another_states_act_is_no_conditional_threat():
    events = code("Finland imposed sanctions after Norway refused to withdraw its troops.")
    assert not any(e.event_type == "THREATEN" for e in events)
