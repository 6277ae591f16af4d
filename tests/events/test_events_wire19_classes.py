"""Classes the blind development pages of session 19 (eval/wire19) showed, told with our own sentences: a third
state that only attends an act ("in the presence of", "with X as witness") is neither its target nor a party to
it; the men "detained last week were arrested by" a state's guards are the ones held, not the holders; squadrons
moved, battalions stood down, lorries turned back and closures lifted are acts of their types."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))
from helpers import events_of  # noqa: E402

from detente.events.lexicon import cue_words  # noqa: E402

STORY = ("Portuguese police detained three Spanish fishermen on the Minho on Sunday. Spain protested to Portugal on "
         "Monday, and the Spanish foreign minister asked Lisbon to free the Spanish crew. ")


def test_a_handover_in_the_presence_of_a_third_states_envoy_is_to_the_other_side():
    events = events_of(STORY + "Portugal handed over the three fishermen on Friday in the presence of the French "
                               "ambassador in Lisbon.")
    assert any(k in ("CONCEDE", "RETREAT") and s == "PRT" and t == "ESP" for k, s, t in events)
    assert not any(s == "PRT" and t == "FRA" for _, s, t in events)


def test_a_witness_to_a_signing_is_no_party_to_it():
    events = events_of("The interior ministers of Portugal and Spain signed a river protocol in Badajoz on Monday "
                       "with the Italian ambassador, Marco Bellini, as witness.")
    assert any(k == "AGREE" and {s, t} == {"PRT", "ESP"} for k, s, t in events)
    assert not any(k == "AGREE" and "ITA" in (s, t) for k, s, t in events)


def test_men_detained_last_week_who_were_arrested_by_guards_are_the_ones_held():
    events = events_of("The three Spanish fishermen detained near Caminha last Sunday were arrested by Portuguese "
                       "maritime police inside Portuguese waters, the ministry in Lisbon said.")
    assert ("COERCE", "PRT", "ESP") in events
    assert not any(k == "COERCE" and s == "ESP" for k, s, _ in events)


def test_forces_moved_and_stood_down_and_lorries_turned_back():
    assert any(k == "MOBILIZE" and s == "ESP" for k, s, _ in events_of(
        STORY + "The Spanish army moved an armoured squadron to Tui on Monday."))
    assert any(k == "RETREAT" and s == "ESP" for k, s, _ in events_of(
        STORY + "Madrid stood down the battalion at Tui on Friday."))
    assert any(k == "COERCE" and s == "PRT" and t == "ESP" for k, s, t in events_of(
        "Portuguese customs officers turned back every Spanish lorry at the Valença bridge on Saturday."))


def test_a_closure_lifted_is_a_concession():
    events = events_of(STORY + "Portugal lifted the closure of the Valença bridge on Friday.")
    assert any(k in ("CONCEDE", "RETREAT") and s == "PRT" and t == "ESP" for k, s, t in events)


def test_the_attendant_cues_load():
    assert {"presence", "witness", "observer", "guarantor"} <= set(cue_words("attendant"))
