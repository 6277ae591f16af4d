"""Session 24 (precision14): false positives of the fresh page sets. A state's lawmakers or opposition who
hold their own government to account ("a Croatian opposition MP accused the government of handing our sea to
Rome", "several members of the Bosnian parliament accused the Council of Ministers of giving up Sutorina",
"parliamentarians from Sistan-Baluchestan urged the government to close the crossing") were coded against the
story's other state: "the government" names no state, so the page's counterpart took its place (wire27 twice,
wire29). The organ is their own (events/role_actors.py HOME_CRITICS); one named with another state's name, or
another state named as the object, stays the target. The sentences are this file's own."""
from __future__ import annotations

import pytest
from events_kit import coded_pages

from detente.events.role_actors import home_rulers
from detente.records import Actor

STORY = ("Kenya and Uganda signed a treaty on their border on Thursday, the Kenyan foreign minister said. "
         "Uganda will hand over the island of Migingo under the deal, and Kenya agreed to build a new crossing. ")

@pytest.fixture(scope="module")
def pages() -> dict[str, set[tuple]]:
    return coded_pages(HOME + ABROAD)


HOME = [STORY + "A Kenyan opposition MP accused the government of handing our lake to Uganda.",
        STORY + "Several members of the Kenyan parliament accused the Council of Ministers of giving up the island "
                "for nothing.",
        STORY + "Parliamentarians from western Kenya urged the government to close the crossing until Uganda acted."]
ABROAD = [STORY + "Kenyan lawmakers accused Uganda of stealing the island.",
          STORY + "A Kenyan opposition MP accused the Ugandan government of lying about the island."]


@pytest.mark.parametrize("text", HOME)
def test_lawmakers_and_the_opposition_at_odds_with_their_government_aim_at_no_other_state(pages, text):
    assert not any(t in ("ACCUSE", "REQUEST") and s == "KEN" and g == "UGA" for t, s, g in pages[text]), pages[text]


@pytest.mark.parametrize("text", ABROAD)
def test_lawmakers_charging_the_other_state_keep_it_as_target(pages, text):
    assert ("ACCUSE", "KEN", "UGA") in pages[text], pages[text]


def test_home_critics_are_lawmakers_opposition_and_crowds_only():
    guessed = Actor("the government", "KEN", "GOV", "government → role (GOV) + country KEN from document context")
    assert home_rulers(Actor("Kenyan lawmakers", "KEN", "LEG", "role"), guessed)
    assert home_rulers(Actor("the opposition", "KEN", "OPP", "role"), guessed)
    assert not home_rulers(Actor("the Kenyan foreign minister", "KEN", "GOV", "role"), guessed)
    assert not home_rulers(Actor("Kenyan lawmakers", "KEN", "LEG", "role"),
                           Actor("the Ugandan government", "UGA", "GOV", "country UGA from 'Ugandan'"))
