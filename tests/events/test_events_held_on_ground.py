"""An agentless detention of people named by no state, on one state's ground ("officers were arrested on
Ivorian soil"): that state holds the page's other state's people (events/detained.py, cues.tsv `ground`;
wire28's headline was coded the reverse way). Our own sentences."""
from __future__ import annotations

import pytest

from events_kit import coded_pages

ON_SOIL = ("Malawi summoned Tanzania's envoy on Monday. Tanzania rejects Malawi's protest, says officers were "
           "arrested on Tanzanian soil. Malawi wants the officers home by Friday, Malawi's foreign minister said.")
ON_SIDE = ("Malawi protested to Tanzania on Monday. Tanzania said the two officers were detained on the Tanzanian "
           "side of the river. Malawi said they had never left Malawi's bank.")
GUESSED = ("Tanzania rejected Malawi's protest on Monday. Tanzanian officials said officers were arrested on "
           "Malawian soil by Malawian police. Tanzania demanded their release.")


@pytest.fixture(scope="module")
def found() -> dict[str, set]:
    return coded_pages([ON_SOIL, ON_SIDE, GUESSED])


@pytest.mark.parametrize("text", [ON_SOIL, ON_SIDE])
def test_the_ground_s_state_holds_the_other_state_s_people(found, text):
    assert ("COERCE", "TZA", "MWI") in found[text], found[text]
    assert ("COERCE", "MWI", "TZA") not in found[text], found[text]


def test_a_named_doer_wins_over_the_ground(found):
    assert ("COERCE", "MWI", "TZA") in found[GUESSED], found[GUESSED]
