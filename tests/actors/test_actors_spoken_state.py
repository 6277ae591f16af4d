"""A minister named with a title and no state says which state they speak for when they announce what
that state will do ("warned that, unless the men are freed, Norway would leave the talks"), even in a
story led by the other state (issue #11, wire8/wire4: such ministers took the story's main state and
their threats ran backwards). Consequences for another state are no step of the speaker's. Our own
sentences."""
from __future__ import annotations

import pytest

from helpers import events_of, mentions_of


def _country(body: str, name: str) -> str | None:
    return next((m.country for m in mentions_of(body) if m.text == name and m.country), None)


@pytest.mark.parametrize("body,name,code", [
    ("Russia detained a Norwegian trawler and its crew near Svalbard on Monday. Russia says the boat fished "
     "illegally. Foreign Minister Kari Lunde warned that, unless the crew was freed, Norway would not "
     "attend the next fisheries session. Lunde said the talks could wait.", "Lunde", "NOR"),
    ("Ghana closed its border posts with Togo on Friday. Togo protested and Togo called it illegal. "
     "Trade Minister Kofi Mensah told reporters the closure was unfair. Mensah said that Togo will "
     "restrict imports of cement if the posts stay shut.", "Mensah", "TGO"),
])
def test_the_state_a_minister_says_will_act_is_their_own(body, name, code):
    assert _country(body, name) == code


def test_a_consequence_for_another_state_is_not_the_speakers_own_step():
    body = ("Russia detained a Norwegian trawler and its crew near Svalbard on Monday. Russia says the boat "
            "fished illegally. Foreign Minister Ivan Petrov warned that Norway would face a fine. "
            "Petrov said the case was closed.")
    assert _country(body, "Petrov") == "RUS"


def test_the_warning_then_runs_from_the_speakers_state():
    body = ("Russia detained a Norwegian trawler and its crew near Svalbard on Monday. Russia says the boat "
            "fished illegally. Foreign Minister Kari Lunde warned that, unless the crew was freed, Norway "
            "would not attend the next fisheries session.")
    warnings = {(e[1], e[2]) for e in events_of(body) if e[0] == "THREATEN"}
    assert warnings and all(source == "NOR" for source, _ in warnings), warnings


def test_a_pronoun_speaker_saying_which_state_will_act_is_of_that_state():
    # the minister is first named with no state, in a story the other state leads; "he" then says whose
    # step it will be
    body = ("Ghana shelled a village in Togo on Monday. Ghana denied it. Ghana said its troops fired at "
            "smugglers. Defence Minister Kofi Mensah visited the village. He warned that if it happened again, "
            "Togo would respond with force.")
    warnings = {(e[1], e[2]) for e in events_of(body) if e[0] == "THREATEN"}
    assert warnings and all(source == "TGO" for source, _ in warnings), warnings
