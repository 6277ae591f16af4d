"""Sentence-level classes of issue #11 (branch sentences), each found failing on eval/sent-dev and tested
here with our own invented sentences: a request's infinitive parsed as a relative clause of the medium,
crowds counted with "hundreds of", working alongside a counterpart, agreement verbs beside 'sign', troops
leaving a country (the new 'subj' requirement), and "are to" as a scheduled act."""
from __future__ import annotations

import pytest

from events_kit import code

from detente.events.prefilter import mentions_trigger


def _types(sentence: str) -> set[str]:
    return {e.event_type for e in code(sentence)}


@pytest.mark.parametrize("sentence,event_type", [
    # the infinitive hung on "letter" as a relative clause: still what Chile was asked to do
    ("Peru's foreign minister asked Chile in a letter to speed up the return of the fishing boats.", "REQUEST"),
    # "hundreds of demonstrators": the counted noun is one level below the subject
    ("Hundreds of protesters gathered outside the Kenyan embassy in Kampala on Friday.", "PROTEST"),
    ("Thousands of demonstrators gathered in front of the Peruvian embassy in La Paz.", "PROTEST"),
    # agreement verbs beside 'sign'
    ("The foreign ministers of Norway and Finland initialled a treaty on fishing rights in Oslo.", "AGREE"),
    ("Ghana and Togo inked a deal on cross-border electricity.", "AGREE"),
    # working alongside (or with) the other state's agency
    ("Kenyan police are working with Ugandan authorities to track the smugglers.", "COOPERATE"),
    ("Norwegian investigators are working alongside their Danish counterparts on the inquiry.", "COOPERATE"),
    # troops leaving a named country (RETREAT, PLOVER's withdrawal of forces)
    ("Ugandan troops left Kenya on Tuesday after a month of joint patrols.", "RETREAT"),
    ("Hundreds of Chilean soldiers left Peru last week.", "RETREAT"),
    ("Norwegian peacekeepers are to leave Ghana by the end of the year.", "RETREAT"),
])
def test_the_class_codes_its_type(sentence, event_type):
    assert event_type in _types(sentence), [(e.event_type, e.rule) for e in code(sentence)]


@pytest.mark.parametrize("sentence", [
    "Ugandan troops left for Kenya on Monday.",                # a deployment, not a withdrawal
    "Kenya will leave its troops in Uganda until next year.",  # the troops stay
    "Once the Kenyan forces leave, the town will be unprotected.",  # no country named as the one left
    "The Chilean minister left Peru on Tuesday after the talks.",  # a visitor going home
])
def test_leaving_is_a_withdrawal_only_when_troops_leave_a_named_country(sentence):
    assert "RETREAT" not in _types(sentence), [(e.event_type, e.rule) for e in code(sentence)]


def test_working_with_reporters_is_no_cooperation():
    assert "COOPERATE" not in _types("The Chilean minister worked with reporters on Tuesday.")


def test_a_crowd_that_is_not_protesting_is_no_protest():
    assert "PROTEST" not in _types("Hundreds of fans gathered outside the stadium in Nairobi.")


def test_be_to_is_a_scheduled_act():
    events = [e for e in code("Norwegian peacekeepers are to leave Ghana by the end of the year.")
              if e.event_type == "RETREAT"]
    assert [(e.status, e.status_cue) for e in events] == [("pending", "be-to")]


def test_the_subj_requirement_reaches_the_prefilter():
    # "left" is a trigger form only with a listed subject word somewhere in the sentence
    assert mentions_trigger("Chilean soldiers left Peru.")
    assert not mentions_trigger("The Chilean minister left Peru.")
