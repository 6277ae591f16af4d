"""Whom an act is aimed at when its own clause names nobody, and the state the page's context would guess
is the wrong one (session 15, wrongstate)."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("text", [
    "Chile has written to Peru asking for the dispute to be discussed at a summit.",
    "Chile wrote to the government of Peru on Tuesday, urging it to reopen the border.",
    "Chile sent a letter to Peru asking for the fishermen to be released.",
    # wire9: the parser makes the 'to' of "sent a message to X" a dative
    "Chile's navy sent a message to the Peruvian navy on Monday, asking for the fishermen to be released.",
])
def test_a_participle_of_asking_that_a_letter_carries_is_aimed_at_its_addressee(text):
    # wire10: "had written to the chairman of the bloc asking for …" took the story's counterpart
    assert ("REQUEST", "CHL", "PER") in summary(code(text)), text


def test_a_sending_verb_without_a_letter_names_no_addressee():
    found = summary(code("Chile sent troops to Kenya on Monday, asking for calm."))
    assert ("REQUEST", "CHL", "KEN") not in found, found


def test_a_repeated_preposition_keeps_both_of_its_objects_as_targets():
    # wire9: "pre-emptive strikes on Seoul and on US bases": the second "on" hangs on the first as a conjunct
    found = summary(code("Bolivia's army warned that it would launch strikes on Lima and on Chilean bases in the north."))
    assert {("THREATEN", "BOL", "PER"), ("THREATEN", "BOL", "CHL")} <= found, found


def test_two_forces_trading_fire_fire_on_each_other():
    found = summary(code("Chilean police and Peruvian troops traded fire near the border post on Tuesday."))
    assert {("ASSAULT", "CHL", "PER"), ("ASSAULT", "PER", "CHL")} <= found, found


@pytest.mark.parametrize("pair", ["Chilean police and the Black Berets", "the Black Berets and Chilean police"])
def test_the_unresolved_partner_of_a_mutual_act_is_the_storys_counterpart_acting_too(pair):
    # wire4: "Afghan border police and the Frontier Corps traded fire": the unnamed force's act was lost
    text = ("Peru accused Chile of sheltering smugglers on Monday. Peru closed the border with Chile. "
            f"On Tuesday {pair} exchanged fire near the gate for an hour.")
    found = summary(code(text))
    assert {("ASSAULT", "CHL", "PER"), ("ASSAULT", "PER", "CHL")} <= found, found


def test_a_mutual_act_of_two_named_states_gets_no_extra_partner():
    found = [e for e in code("Chilean police and Peruvian troops exchanged fire on Tuesday.")
             if "mutual-partner" in e.rule]
    assert not found


@pytest.mark.parametrize("text", [
    "Norway transferred the first instalment for the new radar stations to the Kenyan ministry in October.",
    "Norway sent two planes of food to Kenya on Monday.",
])
def test_the_recipient_of_a_handed_thing_is_found_where_the_parser_hung_it(text):
    # wire8: the 'to' phrase hung on the 'for' noun of the instalment left the transfer without a recipient
    assert ("AID", "NOR", "KEN") in summary(code(text)), summary(code(text))

