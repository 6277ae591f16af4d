"""Session 12 (speech): acts a sentence states in a coordinated participle, in a relative clause that leaves
out its object, and threats of the speaker's act on "any" or "every" doer."""
from __future__ import annotations

import pytest

from events_kit import code, summary

STORY = "Ghana accused Togo of shelling border villages. Togo denied the charge. Togo detained two Ghanaian fishermen. "


def test_a_coordinated_participle_is_the_subjects_other_act():
    text = ("The Ghanaian military sent a message to the Togolese military, protesting the firing as a grave "
            "provocation, and demanding that Togo immediately stop all acts of provocation.")
    assert ("REQUEST", "GHA", "TGO") in summary(code(text))


def test_a_coordinated_clause_with_its_own_subject_is_still_background():
    # "as" opens a backdrop; its conjunct with a subject of its own is no participle of the main subject
    text = "Ghana reopened the crossing as talks went on and Togo demanded compensation."
    assert ("REQUEST", "TGO", "GHA") not in summary(code(text))


@pytest.mark.parametrize("text", [
    "Togo on Tuesday released four Ghanaian fishermen Togo had detained on the lake nine days ago.",
    "Ghana demanded the return of the two Ghanaian boats Togo seized on Sunday.",
])
def test_a_relative_clause_without_its_object_acts_on_the_noun_it_describes(text):
    assert ("COERCE", "TGO", "GHA") in summary(code(text))


def test_a_relative_clause_with_its_own_object_keeps_it():
    text = "Ghana thanked the Ghanaian envoy Togo gave the award to on Sunday."
    assert ("COERCE", "TGO", "GHA") not in summary(code(text))


@pytest.mark.parametrize("threat", [
    "The Ghanaian defence minister said Ghana would answer any new attack with force.",
    "The Ghanaian ministry warned that every future violation of the frontier will be faced with firmness.",
])
def test_a_threat_on_any_doer_is_aimed_at_the_counterpart(threat):
    threats = [e for e in code(STORY + threat) if e.event_type == "THREATEN" and e.source.country == "GHA"]
    assert [e.target.country for e in threats] == ["TGO"]


@pytest.mark.parametrize("threat", [
    # a quantified active subject: a forecast, not the speaker's act on a doer
    "The Ghanaian minister warned that any delay would hurt farmers.",
    # any foreign doer: a warning to every state, not to the story's other one
    "The Ghanaian commander warned that any foreign warship that comes close will be treated as a threat.",
    # no quantifier: a plain forecast
    "The Ghanaian ministry warned that the frontier will be faced with firmness.",
])
def test_no_counterpart_for_a_threat_without_a_quantified_doer(threat):
    assert not any(e.event_type == "THREATEN" and e.target and e.target.country == "TGO"
                   for e in code(STORY + threat))


def test_a_participle_on_an_issued_note_is_the_issuers_own_act():
    text = STORY + ("The Ghanaian foreign ministry summoned the Togolese charge d'affaires and handed him a note of "
                    "protest demanding the immediate release of the officers and their boat.")
    assert ("REQUEST", "GHA", "TGO") in summary(code(text))


def test_a_participle_on_a_noun_that_is_no_document_stays_background():
    # "X condemned the attack killing five": X did not kill
    assert ("ASSAULT", "GHA", "TGO") not in summary(code(STORY + "Ghana condemned the raid killing five Togolese."))


@pytest.mark.parametrize("text", [
    "The Finnish and Danish foreign ministers issued a joint statement of solidarity with Kenya on Friday.",
    "Finland sent a message of support to Kenya.",
])
def test_a_trigger_noun_in_the_of_phrase_of_an_object_takes_the_verbs_party(text):
    assert any(e.event_type == "SUPPORT" and e.target and e.target.country == "KEN" for e in code(text))


@pytest.mark.parametrize("text", [
    "Kenya reported that Ugandan jets had violated its airspace twice.",
    "The Kenyan defence minister told reporters that Ugandan jets had violated Kenyan airspace on Sunday.",
])
def test_a_hostile_act_told_or_reported_by_its_victim_is_an_accusation(text):
    assert ("ACCUSE", "KEN", "UGA") in summary(code(text))


def test_a_material_act_coordinated_with_a_result_participle_is_its_outcome():
    # plover_gsr: "opened fire ..., killing one person and arresting 12" codes one event
    text = "Togolese police opened fire on Ghanaian traders on Monday, killing one person and arresting twelve Ghanaians."
    assert not any(e.event_type == "COERCE" for e in code(text))
