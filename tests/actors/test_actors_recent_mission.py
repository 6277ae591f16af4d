"""A bare "the embassy" after an envoy named with his state (session 29, whoacts22): "expel the ambassador of the
Philippines ... told the agency that the embassy had violated diplomatic norms" (wire44 w44_08) gave the embassy
the page's main state, the expelling one, so the charge was dropped as one state against itself. The embassy is
the latest named envoy's or mission's (actors/missions.py `recent_mission`). Our own sentences."""
from __future__ import annotations

import pytest

from helpers import events_of, mentions_of
from detente.actors.missions import recent_mission
from detente.actors.mentions import PersonRef


@pytest.mark.parametrize("text", [
    "Ghana expelled the Nigerian ambassador on Monday. The official said the embassy had repeatedly violated "
    "diplomatic norms.",
    "Ghana's decision to expel the ambassador of Nigeria is final, the deputy minister said on Thursday. He told "
    "reporters that the embassy had violated diplomatic norms.",
])
def test_a_charge_against_the_envoys_embassy_is_aimed_at_the_envoys_state(text):
    assert ("ACCUSE", "GHA", "NGA") in events_of(text)


def test_the_bare_embassy_takes_the_state_of_the_envoy_named_before():
    found = mentions_of("Chile summoned the Bolivian consul on Friday. Officials said the embassy had sent staff "
                        "across the border.")
    assert [m.country for m in found if m.text == "embassy"] == ["BOL"]


def test_an_embassy_with_a_place_phrase_keeps_the_place():
    found = mentions_of("Chile summoned the Bolivian consul on Friday. Protesters gathered outside the embassy "
                        "in Santiago.")
    assert [m.country for m in found if m.text.startswith("embassy")] == ["CHL"]


def test_only_a_mission_itself_follows_the_envoy_and_only_a_few_sentences_back():
    refs = (PersonRef(0, 10, "", "NGA", "GOV", "role 'ambassador'", False, "ambassador"),)
    assert recent_mission(refs, 1, 50, "embassy").country == "NGA"
    assert recent_mission(refs, 1, 50, "ambassador") is None  # a person: the office holders decide
    assert recent_mission(refs, 1, 50, "ministry") is None
    assert recent_mission(refs, 5, 500, "embassy") is None
