"""Session 13 (speech2): a demand told with "should" in reported speech, a fronted act recapped by "a charge X
has denied", and a finite verb the parser hung on the subject's name."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("text", [
    "Ghana's environment minister said Togo should shut down the plant's ammonia unit.",
    # 'should' on a conjunct that shares the reported clause's subject
    "Ghana's environment minister said Togo owed compensation to the families and should shut down the plant's "
    "ammonia unit until an inspection had been carried out.",
])
def test_what_a_speaker_says_a_named_party_should_do_is_a_demand_on_it(text):
    assert ("REQUEST", "GHA", "TGO") in summary(code(text))


@pytest.mark.parametrize("text", [
    "Ghana's minister said it should be ready by Friday.",  # a pronoun: the speaker's own plan
    "Ghana's minister said the talks should end soon.",  # no party named: a forecast
    "Ghana said Togo and Ghana should work together.",  # a call on both sides, the speaker's own among them
    "\"Togo should explain why the rebels keep finding shelter,\" the Ghanaian minister said.",  # a quoted retort
])
def test_should_without_a_named_other_party_after_the_verb_is_no_demand(text):
    assert not any(e.event_type == "REQUEST" for e in code(text))


@pytest.mark.parametrize("text,rows", [
    ("Ghana also accused Togo of allowing armed opponents of the Ghanaian government to shelter on islands on the "
     "Togolese side of the lake, a charge Togo has denied in the past.", [("ACCUSE", "GHA", "TGO", "asserted")]),
    # session 36 (accuse36): a denial not "in the past" is the denier's REJECT too, as the development golds code
    # it (wire37 w37_02 "has denied repeatedly", wire22 w22_11 "rejects"; events/recap_denials.py)
    ("Ghana also accused Togo of allowing rebels to shelter on islands, a charge Togo has denied.",
     [("ACCUSE", "GHA", "TGO", "asserted"), ("REJECT", "TGO", "GHA", "asserted")]),
])
def test_a_recap_noun_with_its_own_relative_leaves_the_fronted_act_the_main_one(text, rows):
    events = code(text)
    assert [(e.event_type, e.source.country, e.target.country, e.status) for e in events] == rows


def test_an_attribution_after_the_comma_is_no_recap():
    # the noun after the comma is the verb's own subject: "…, a Ghanaian official claimed"
    text = "Togo shelled two Ghanaian villages, a senior Ghanaian army official claimed."
    assert {("ASSAULT", "TGO", "GHA"), ("ACCUSE", "GHA", "TGO")} <= summary(code(text))


def test_a_finite_verb_hung_on_the_subjects_name_is_the_subjects_own_act():
    text = ("Ghana's Kofi Mensah, the trade minister, called in the Togolese chargé d'affaires on Tuesday to say so, "
            "and the next day he publicly raised the prospect of curbs on Togolese cement.")
    assert {("ACCUSE", "GHA", "TGO"), ("THREATEN", "GHA", "TGO")} <= summary(code(text))

