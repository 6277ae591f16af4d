"""Resources made available: the recipient is the predicate's 'to' phrase, not the thing given (events/roles.py)."""
from __future__ import annotations

from events_kit import code, summary


def test_the_to_phrase_of_available_is_the_recipient_not_the_aircraft():
    found = summary(code("A Norwegian spokesman said two Norwegian transport aircraft had been made available "
                         "to Chile for the relief effort."))
    assert ("AID", "NOR", "CHL") in found, found
    assert not any(t == "NOR" for k, s, t in found if k == "AID")


def test_an_active_offer_keeps_its_recipient():
    found = summary(code("Norway made two Norwegian transport aircraft available to Chile for the relief effort."))
    assert ("AID", "NOR", "CHL") in found, found


def test_what_is_kept_open_to_a_states_lorries_is_for_that_state():
    found = summary(code("Chile agreed to keep the bridge open to Peruvian lorries until May."))
    assert ("AGREE", "CHL", "PER") in found, found
