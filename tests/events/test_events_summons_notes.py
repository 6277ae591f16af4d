"""The demand of a note handed at a passive summons is the summoning state's (events/summons_notes.py): "X's
ambassador was called to the Y foreign ministry and handed a note demanding ...". eval/wire56 (written blind in
session 34): the demand was left without its maker (w56_04) or given to the summoned envoy's state (w56_07).
Our own sentences, coded through the whole pipeline."""
from __future__ import annotations

import pytest

from tests.events.events_kit import last_sentence

STORY = ("Chile said armed Peruvian boats had fished in the southern zone for a week. Chile and Peru have "
         "argued over the zone since 2014. ")


@pytest.mark.parametrize("sentence", [
    "Peru's ambassador was called to the Chilean foreign ministry on Monday and handed a note demanding that the "
    "boats leave the zone at once.",
    "Peru's ambassador was called to the foreign ministry on Monday and given a message for his government "
    "demanding the withdrawal of the boats.",
])
def test_the_note_s_demand_is_the_summoner_s(sentence):
    coded = last_sentence(STORY + sentence)
    assert ("REQUEST", "CHL", "PER") in coded
    assert not any(t == "REQUEST" and s == "PER" for t, s, _ in coded)


def test_the_summons_itself_is_still_coded():
    coded = last_sentence(STORY + "Peru's ambassador was called to the Chilean foreign ministry on Monday and "
                                  "handed a note demanding that the boats leave the zone.")
    assert ("ACCUSE", "CHL", "PER") in coded
