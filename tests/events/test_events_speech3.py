"""Session 14 (speech3): a headline's "X to do Y" is the future; force on a state's own people or ground, or an
intrusion told "according to" its victim, is that state's charge."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("text, expected", [
    ("Norway to free Danish fishermen held since May", ("AGREE", "NOR", "DNK", "pending")),
    ("Chile to expel Peruvian diplomats", ("SANCTION", "CHL", "PER", "pending")),  # a measure, not a threat
    ("Norway to hold talks with Finland", ("CONSULT", "NOR", "FIN", "pending")),
])
def test_a_headline_subject_with_a_to_infinitive_is_the_future(text, expected):
    assert expected in {(e.event_type, e.source.country, e.target.country, e.status) for e in code(text, "title")}


def test_an_infinitive_after_its_verb_is_no_headline_future():
    events = code("Kenya wants Uganda to withdraw troops")
    assert ("REQUEST", "KEN", "UGA") in summary(events) and all(e.status == "asserted" for e in events)


def test_a_subject_that_says_it_will_act_still_promises():
    assert ("AGREE", "NOR", "DNK") in summary(code("Norway will free the Danish fishermen."))


@pytest.mark.parametrize("text", [
    "Norway said Finnish soldiers opened fire on its patrol.",
    "Norway said Finnish jets had bombed a village inside its territory.",
    "Norway's defence ministry said two of its soldiers were killed by Finnish fire.",
])
def test_force_on_the_speakers_own_people_or_ground_named_deeper_is_its_charge(text):
    assert ("ACCUSE", "NOR", "FIN") in summary(code(text))


@pytest.mark.parametrize("text", [
    "Norway said Finnish soldiers opened fire on a Danish patrol.",  # another's people: a wire's report
    "Norway said its soldiers opened fire on a Finnish patrol.",  # its own act
])
def test_no_charge_when_the_victim_is_not_the_speakers_own(text):
    assert not any(e.event_type == "ACCUSE" and e.source.country == "NOR" and e.target.country == "FIN"
                   for e in code(text))


@pytest.mark.parametrize("text", [
    "According to Norway, Finnish jets violated its airspace on Monday.",
    "Finnish jets violated Norwegian airspace on Monday, according to Norway's defence ministry.",
])
def test_an_intrusion_told_according_to_its_victim_is_its_charge(text):
    assert ("ACCUSE", "NOR", "FIN") in summary(code(text))


def test_according_to_the_media_is_no_states_charge():
    events = code("According to Norwegian media, Finnish jets violated its airspace on Monday.")
    assert not any(e.event_type == "ACCUSE" for e in events)
