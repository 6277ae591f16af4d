"""An outsider's act whose object names one side of the page's pair keeps the page's state as target
(events/held_sides.py): a request for "the release" of people is addressed to their holder, solidarity with "our
Ally" is with the member the page is about. A welcome of a release stays without one (events/outsiders.py).
Sentences written for these tests."""
from __future__ import annotations

import pytest
from events_kit import code, summary

from detente.events.lexicon import cue_words

STORY = ("Chile accused Peru of seizing two fishing boats. Peru denied the charge and said the boats had been in "
         "Peruvian waters. Peru and Chile have argued over the sea boundary for years. ")


@pytest.mark.parametrize("text, row", [
    ("NATO urged the release of the fishermen without delay.", ("REQUEST", "NATO", "PER")),
    ("Kenya called for the return of the seized boats.", ("REQUEST", "KEN", "PER")),
    ("NATO demanded the immediate repatriation of the crews.", ("REQUEST", "NATO", "PER")),
    ("NATO stood in solidarity with our Ally on Friday.", ("SUPPORT", "NATO", "PER")),
])
def test_an_outsider_naming_a_held_side_aims_at_the_page_state(text, row):
    assert row in summary(code(STORY + text))


def test_a_welcome_of_a_release_stays_without_target():
    # a release already made is judged, not asked for: the golds code such welcomes at either side or not at all
    coded = summary(code(STORY + "NATO welcomed the release of the fishermen."))
    assert not {e for e in coded if e[1] == "NATO" and e[2] in ("CHL", "PER")}, coded


def test_a_release_with_its_doer_named_is_left_to_the_other_rules():
    coded = summary(code(STORY + "Kenya urged the release of the fishermen by the Peruvian navy."))
    assert ("REQUEST", "KEN", "CHL") not in coded, coded


def test_the_cues_load():
    assert {"release", "return", "handover"} <= set(cue_words("heldact"))
    assert "ally" in cue_words("allyrole")
