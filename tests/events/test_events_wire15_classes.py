"""Session 17 classes found on eval/wire15 (a development set written blind): a reporter's question read as a
request, relief goods promised or pledged read as a bare promise, an act noun whose doer is the 'by' agent of
"carried out" / "conducted", and a strike a speaker calls "a deliberate attack" read as the speaker's own attack.
Our own sentences, each with a near miss that keeps its old reading."""
from __future__ import annotations

import pytest

from events_kit import code, summary


def types(sentence: str) -> set[str]:
    return {t for t, _, _ in summary(code(sentence))}


@pytest.mark.parametrize("sentence", [
    "Asked whether Kenya would expel the Ugandan envoy, the minister said no decision had been taken.",
    "Kenya asked Uganda whether it would withdraw its troops from the island.",
    "Asked if Norway would send warships, the spokesman declined to comment.",
    "Asked if Chile would close the border with Peru, the minister said all options were open.",
])
def test_indirect_question_is_no_request(sentence):
    assert not code(sentence)


@pytest.mark.parametrize("sentence,expected", [
    ("Kenya asked Uganda to withdraw its troops.", ("REQUEST", "KEN", "UGA")),
    ("Kenya asked Uganda for talks.", ("REQUEST", "KEN", "UGA")),
    ("Chile asked Peru to explain whether its navy had crossed the line.", ("REQUEST", "CHL", "PER")),
])
def test_asking_somebody_to_act_stays_a_request(sentence, expected):
    assert expected in summary(code(sentence))


def test_why_question_keeps_the_act_it_presupposes():
    # "asked why X had closed the border" takes the closure as a fact: only the asking goes
    found = summary(code("Asked why Chile had closed the border, the Peruvian minister said he did not know."))
    assert "REQUEST" not in {t for t, _, _ in found}


@pytest.mark.parametrize("sentence,expected", [
    ("Kenya promised 300 tonnes of rice for flood victims in Uganda.", ("AID", "KEN", "UGA")),
    ("Norway pledged 50 tonnes of medicine to Denmark.", ("AID", "NOR", "DNK")),
    ("Chile promised food and blankets to Peru after the earthquake.", ("AID", "CHL", "PER")),
])
def test_promised_relief_goods_are_aid(sentence, expected):
    events = [e for e in code(sentence) if (e.event_type, e.source.country, e.target and e.target.country) == expected]
    assert events and events[0].status == "pending"


def test_promise_to_act_stays_an_agreement():
    assert "AID" not in types("Kenya promised to reopen the border with Uganda.")


@pytest.mark.parametrize("sentence,expected", [
    ("The shelling of the Ugandan village was carried out by Kenyan army units.", ("ASSAULT", "KEN", "UGA")),
    ("The raid on the Ugandan post was conducted by Kenyan troops.", ("ASSAULT", "KEN", "UGA")),
])
def test_act_noun_carried_out_by_an_agent(sentence, expected):
    assert expected in summary(code(sentence))


def test_act_noun_subject_without_agent_keeps_no_doer():
    assert ("ASSAULT", "KEN", "UGA") not in summary(code("The shelling of the Ugandan village was carried out at night."))


def test_calling_a_raid_a_deliberate_attack_is_an_accusation():
    found = summary(code("The Ugandan army called the raid a deliberate attack on Kenyan civilians."))
    assert ("ACCUSE", "UGA", "KEN") in found
    assert not any(t == "ASSAULT" and s == "UGA" for t, s, _ in found)


def test_declining_to_return_a_fishing_craft_is_a_refusal():
    found = summary(code("Norway declined to return the two Danish fishing trawlers."))
    assert ("REJECT", "NOR", "DNK") in found


def test_declining_to_comment_stays_uncoded():
    assert not code("Norway declined to comment on the trawlers.")


@pytest.mark.parametrize("sentence", [
    "The Kenyan and Ugandan armies will conduct a joint inquiry into the clash.",
    "Kenya and Uganda opened a joint enquiry into the shooting on the lake.",
])
def test_joint_inquiry_is_cooperation(sentence):
    found = types(sentence)
    assert "COOPERATE" in found and "ACCUSE" not in found


def test_one_state_inquiry_stays_an_accusation():
    assert ("ACCUSE", "KEN", "UGA") in summary(code("Kenya opened an inquiry into the Ugandan raid."))


@pytest.mark.parametrize("sentence", [
    "On Saturday a Norwegian helicopter airlifted two Danish sailors, injured in an engine fire, to hospital in Oslo.",
    "Norway airlifted the wounded Danish fishermen to hospital.",
])
def test_airlifting_the_injured_is_aid(sentence):
    assert ("AID", "NOR", "DNK") in summary(code(sentence))


def test_airlifting_troops_is_no_aid():
    assert "AID" not in types("Norway airlifted troops to the Danish border.")
