"""A question and what a condition supposes report no act (events/generic.py; wire8, realnews), and two trigger
readings are no act on the other state: a cabinet meeting (wire4) and the end of a round of talks (wire2).
A sum promised is pending aid (wire8), a signed protest note a protest (wire4). Our own sentences."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("sentence", [
    "Can Chile and Peru still agree on the border?",
    "Will Norway impose sanctions on Finland?\u201d",
])
def test_a_question_reports_no_act(sentence):
    assert code(sentence) == (), summary(code(sentence))


def test_a_cabinet_meeting_is_held_at_home():
    assert not [e for e in code("The law applies to everyone, the Chilean foreign minister said after a cabinet meeting.")
                if e.event_type == "CONSULT"]
    assert ("CONSULT", "CHL", "PER") in summary(code("The Chilean foreign minister held a meeting with Peru's envoy."))


def test_the_end_of_a_round_of_talks_is_no_sanction():
    found = summary(code("Chile and Bolivia failed to settle the gas price, ending two days of talks in Lima."))
    assert not [f for f in found if f[0] == "SANCTION"], found
    assert ("SANCTION", "CHL", "BOL") in summary(code("Chile ended talks with Bolivia."))


@pytest.mark.parametrize("sentence", [
    "If the demands of Chile are not met within one week, Peru will take all measures necessary.",
    "In the event the demands of Chile are not met within one week, Peru will take all measures necessary.",
])
def test_what_a_condition_supposes_has_not_happened(sentence):
    # no act between states read from the condition; the main clause's own warning ("Peru will take all
    # measures", a conditional threat since session 18, triggers.tsv take) names no state as its target here
    assert not [e for e in code(sentence) if e.target is not None and e.target.country], summary(code(sentence))


def test_a_response_pledged_on_a_condition_answers_its_doer():
    # session 32 (acts31): "will respond if ..." is a conditional threat to the one whose act it answers (triggers.tsv
    # respond row, wire4 w4_02); the attack the condition supposes is still not read as done
    coded = summary(code("If Chile attacks Peru, Bolivia will respond."))
    assert ("THREATEN", "BOL", "CHL") in coded and ("ASSAULT", "CHL", "PER") not in coded, coded


def test_the_main_clause_of_a_conditional_keeps_its_threat():
    assert ("THREATEN", "CHL", "PER") in summary(code("Chile will impose sanctions on Peru if it does not release the crew."))
    assert ("THREATEN", "CHL", "PER") in summary(code("Chile will withdraw its ambassador from Peru unless the sailors are released."))


def test_insisting_on_a_present_fact_is_no_demand():
    found = summary(code("Chile insists the tests are routine and denies singling out Peru."))
    assert not [f for f in found if f[0] == "REQUEST"], found
    assert ("REQUEST", "CHL", "PER") in summary(code("Chile insists that Peru withdraw its troops."))
    assert ("REQUEST", "CHL", "PER") in summary(code("Chile insisted that Peru withdraws its troops."))


def test_promising_a_sum_is_pending_aid():
    assert ("AID", "NOR", "CHL") in summary(code("Norway promised 3 million dollars in aid to Chile."))
    assert ("AID", "NOR", "CHL") in summary(code("Norway promised Chile 3.5 million kroner for the border stations."))
    assert ("AGREE", "NOR", "CHL") in summary(code("Norway promised Chile a fresh start."))



def test_a_signed_protest_note_is_the_protest():
    found = summary(code("Chile's foreign minister signed a protest note and handed it to Peru's ambassador."))
    assert not [f for f in found if f[0] == "AGREE"], found
    assert ("AGREE", "CHL", "PER") in summary(code("Chile signed the accord with Peru despite protests."))
