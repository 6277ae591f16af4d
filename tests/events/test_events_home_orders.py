"""An order that names no addressee of another state is a command at home, no request of the page's other state
(events/home_orders.py). Sentences written for these tests."""
from __future__ import annotations

import pytest
from events_kit import code, summary

from detente.events.lexicon import cue_words

STORY = "Chile seized two Peruvian fishing boats on Monday. Peru protested against the seizure. "


@pytest.mark.parametrize("text", [
    "The Chilean court ordered the boats confiscated on Friday.",
    "The Chilean president ordered the state fishing company not to renew the licence.",
    "Chile ordered the navy to keep the boats in port.",
])
def test_an_order_naming_no_foreign_addressee_is_no_request_of_the_other_state(text):
    coded = summary(code(STORY + text))
    assert not {e for e in coded if e[0] == "REQUEST" and e[2] == "PER"}, coded


def test_a_demand_still_takes_the_other_state():
    coded = summary(code(STORY + "Chile demanded that the fines be paid within a week."))
    assert ("REQUEST", "CHL", "PER") in coded, coded


def test_an_order_to_the_other_states_envoy_keeps_its_target():
    coded = summary(code(STORY + "Chile ordered the Peruvian ambassador to leave the country."))
    assert {e for e in coded if e[1] == "CHL" and e[2] == "PER"}, coded


def test_the_cues_load():
    assert "order" in cue_words("commandverb")
