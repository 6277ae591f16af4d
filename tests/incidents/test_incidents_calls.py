"""One state's round of calls to both sides and the appeal it made in them are one incident (calls.py).
Hand-built reports of our own sentence: "Uganda's president telephoned the Kenyan and Tanzanian leaders on
Sunday and urged both to pull their patrols back from the lake" (one call trigger, two parties; one appeal
trigger, two addressees)."""
from __future__ import annotations

import pytest

from detente.incidents import assign_incidents
from detente.incidents.apart import CALL, MEETING, act_of

from tests.incidents.reports_kit import report

DAY = "2024-05-12"


def _r(event_type, source, target, *, trigger, act=None, sentence=3, doc="d1", status="asserted"):
    return report(event_type, source, target, doc=doc, date=DAY, stated=True, trigger=trigger, sentence=sentence,
                  act=act, status=status)


def _round(act=CALL, status="asserted", parties=("KEN", "TZA")):
    return [_r("CONSULT", "UGA", p, trigger=5, act=act, status=status) for p in parties]


def _appeal(event_type="REQUEST", source="UGA", sentence=3, doc="d1"):
    return [_r(event_type, source, p, trigger=9, sentence=sentence, doc=doc) for p in ("KEN", "TZA")]


def test_a_round_of_calls_and_its_appeal_are_one_incident():
    assert len(assign_incidents(_round() + _appeal())) == 1


def test_thanks_said_in_a_round_of_calls_join_it():
    assert len(assign_incidents(_round() + _appeal("SUPPORT"))) == 1


@pytest.mark.parametrize("reports", [
    _round(parties=("KEN",)) + [_r("REQUEST", "UGA", "KEN", trigger=9)],  # a call to one state: two acts (wire23)
    _round(act=MEETING) + _appeal(),  # talks at a table, not a call
    _round(status="pending") + _appeal(),  # a call still to be made
    _round() + _appeal(sentence=4),  # an appeal of another sentence
    _round() + _appeal(doc="d2"),  # another page
    _round() + _appeal("ACCUSE"),  # a charge is no words carried by a mediator's call
])
def test_other_calls_and_words_stay_apart(reports):
    assert len(assign_incidents(reports)) == 2


def test_an_appeal_by_another_state_stays_apart():
    words = [_r("REQUEST", "KEN", "UGA", trigger=9)]
    assert len(assign_incidents(_round() + words)) == 2


@pytest.mark.parametrize("rule", ["verb:telephone", "verb:phone", "verb:speak[prep:with&not:press,word:phone]",
                                  "noun:call[mod:phone|telephone,prep:with]", "noun:conversation[mod:phone]"])
def test_calls_and_conversations_are_calls(rule):
    assert act_of("CONSULT", rule) == CALL


@pytest.mark.parametrize("rule", ["verb:meet", "verb:visit[obj:capital]", "noun:call[prep:for|on|upon]", None])
def test_other_consultations_are_no_calls(rule):
    assert act_of("CONSULT", rule) != CALL
