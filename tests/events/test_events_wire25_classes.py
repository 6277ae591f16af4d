"""Classes the blind development pages of session 21's second round (eval/wire25) showed in the events stage,
told with our own sentences: people "held by" or "taken by" a named force are detained; contraband seized at a
border is no act against a state; officers "doing their duty" on some soil impose no duty; aid given "as aid"
goes to the giving verb's dative; a clause the parser hung across a semicolon on a later verb does not take that
verb's modal."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))
from helpers import events_of  # noqa: E402


def test_people_held_by_a_named_force_are_detained():
    events = events_of("Three Bolivian customs officers have been held by Chilean carabineros since Sunday.")
    assert ("COERCE", "CHL", "BOL") in events


def test_people_taken_by_soldiers_are_seized():
    events = events_of("Two Zambian police officers were taken by Malawian soldiers near the river on Saturday.")
    assert ("COERCE", "MWI", "ZMB") in events


def test_talks_held_by_officials_are_no_detention():
    events = events_of("Talks were held by Chilean and Bolivian officials in Arica on Monday.")
    assert not any(kind == "COERCE" for kind, _, _ in events)


def test_people_taken_to_hospital_by_soldiers_are_not_seized():
    events = events_of("The injured Malawian officers were taken to hospital by Zambian soldiers.")
    assert not any(kind == "COERCE" for kind, _, _ in events)


def test_contraband_seized_by_border_guards_is_no_coercion_of_a_state():
    events = events_of("Polish border guards seized two million cigarettes near the Belarusian border in May.")
    assert not any(kind == "COERCE" for kind, _, _ in events)


def test_doing_ones_duty_on_some_soil_is_no_levy():
    events = events_of("The Kenyan police chief said his officers had been doing their duty on Kenyan soil.")
    assert not any(kind == "SANCTION" for kind, _, _ in events)


def test_a_duty_on_goods_is_still_a_levy():
    events = events_of("Kenya imposed a duty on Ugandan sugar on Monday.")
    assert ("SANCTION", "KEN", "UGA") in events


def test_aid_given_as_aid_goes_to_the_dative():
    events = events_of("Norway would give Ethiopia 8,000 tonnes of maize as humanitarian aid, the minister said.")
    assert ("AID", "NOR", "ETH") in events


def test_a_clause_before_a_semicolon_does_not_take_the_next_clauses_modal():
    events = events_of("Two Malawian rangers were taken by Zambian soldiers; whether on the island or on the "
                       "shore, as each side says, a joint commission will have to decide.")
    assert ("COERCE", "ZMB", "MWI") in events
    assert not any(kind == "THREATEN" for kind, _, _ in events)
