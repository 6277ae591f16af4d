"""Session 16 requirement classes (reqs): a trigger word was there but its entry's requirement failed on a common
syntactic form of the act (an object relative clause, a nominal request as a subject, a nominalised easing, a
joint decision in the passive), or a two-sense word took the wrong sense (a hospital ship, fighting a fire). Each
class is tested with our own sentences, and with a near miss that must keep its old reading or stay uncoded."""
from __future__ import annotations

import pytest

from events_kit import code, summary


def types(sentence: str) -> set[str]:
    return {t for t, _, _ in summary(code(sentence))}


@pytest.mark.parametrize("sentence,expected", [
    # an object relative clause: the relative pronoun is the verb's object and stands for the noun before it
    ("The curfew, which Kenya lifted on Monday, had angered Uganda.", ("CONCEDE", "KEN")),
    ("The fishermen, whom Kenya released on Monday, returned to Uganda.", ("RETREAT", "KEN")),
    # a nominal request whose "for X to do Y" clause the parser hangs on the noun
    ("Kenya's call for Uganda to withdraw its troops went unanswered.", ("REQUEST", "KEN", "UGA")),
    # the lifting, easing or relaxation of restrictions, like the verbs
    ("Kenya announced the lifting of the ban on Ugandan sugar.", ("CONCEDE", "KEN", "UGA")),
    ("Kenya announced the easing of restrictions on Ugandan imports.", ("CONCEDE", "KEN", "UGA")),
    ("Kenya ordered the easing of sanctions on Uganda.", ("RETREAT", "KEN", "UGA")),
    ("Kenya announced a relaxation of the restrictions on Ugandan traders.", ("CONCEDE", "KEN", "UGA")),
    # a decision taken between two sides in the passive is their agreement
    ("It was decided between Kenya and Uganda to extend the opening hours of the border post.", ("AGREE", "KEN", "UGA")),
    # a hospital ship or a field hospital is medical aid, not a deployment
    ("Kenya sent a navy hospital ship to Uganda to help after the cyclone.", ("AID", "KEN", "UGA")),
    ("Kenya sent a field hospital to Uganda.", ("AID", "KEN", "UGA")),
    # a navy or coast guard craft sent or dispatched is a deployment
    ("Kenya sent a navy vessel to the disputed waters off Uganda.", ("MOBILIZE", "KEN")),
    ("Kenya's navy dispatched two patrol vessels to the lake near Uganda.", ("MOBILIZE", "KEN")),
    # people named by their nationality and counted are the entries' 'national'
    ("Kenya released 12 Ugandans held since March.", ("RETREAT", "KEN")),
    ("Hundreds of Ugandans were released by Kenya.", ("RETREAT", "KEN")),
    # two states setting up a joint body
    ("Kenya and Uganda set up a joint border commission.", ("COOPERATE", "KEN", "UGA")),
    ("Kenya and Uganda formed a joint committee to demarcate the border.", ("COOPERATE", "KEN", "UGA")),
])
def test_requirement_met_in_another_form(sentence, expected):
    found = summary(code(sentence))
    assert any(e[:len(expected)] == expected for e in found), found


@pytest.mark.parametrize("sentence,absent", [
    # choosing between two sides is no joint decision
    ("Kenya must decide between Uganda and Tanzania.", "AGREE"),
    # a relative clause with an object of its own: the noun before it is not what was lifted
    ("The minister who lifted the curfew met Ugandan traders.", "CONCEDE"),
    # lifting heavy loads and easing tensions are no concession
    ("The lifting of heavy equipment onto the ship took two days.", "CONCEDE"),
    ("The easing of tensions between Kenya and Uganda was welcomed.", "CONCEDE"),
    # fighting a fire or a disease is no attack
    ("Kenya sent two helicopters to help Uganda fight the fires.", "ASSAULT"),
    ("Kenyan doctors are helping Uganda fight the epidemic.", "ASSAULT"),
    # a research vessel is neither a deployment nor aid
    ("Kenya sent a research vessel to the lake near Uganda.", "MOBILIZE"),
    # a statement, figures or a report released are no release of people
    ("Kenya released figures showing Ugandan imports rose.", "RETREAT"),
    ("Kenya released a report on the clashes with Uganda.", "RETREAT"),
])
def test_requirement_still_guards(sentence, absent):
    assert absent not in types(sentence)


def test_fighting_troops_is_still_an_attack():
    assert ("ASSAULT", "KEN", "UGA") in summary(code("Kenyan troops fought Ugandan soldiers near the border."))


def test_a_sent_warship_is_still_a_deployment():
    # one verb takes one type: "sent two warships and a hospital ship" reads as aid, the hospital row coming first
    assert "MOBILIZE" in types("Kenya sent two navy warships to the waters off Uganda.")
