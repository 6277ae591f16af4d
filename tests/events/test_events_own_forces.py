"""A state's act on its own forces (events/own_forces.py): "The State Border Service ordered its two ships back to
Baku" is the service's state's RETREAT aimed at the story's other state, not an act on its own state turned
round to the other side (wire26). Our own sentences."""
from __future__ import annotations

import pytest

from events_kit import coded_pages

LEAD = ("Azerbaijan summoned Iran's ambassador on Monday after Iranian launches seized an Azerbaijani cutter off "
        "Astara. Azerbaijan's foreign minister called it piracy, and Azerbaijani officials said the crew must be "
        "home within two days. ")
ORDERED_BACK = LEAD + "The State Border Service ordered its two reinforcement ships back to Baku on Saturday."
RECALLED = LEAD + "Azerbaijan's navy recalled its two frigates to Baku on Saturday."
FREED = LEAD + "Azerbaijan freed two Iranian soldiers on Saturday."


@pytest.fixture(scope="module")
def found() -> dict[str, set]:
    return coded_pages([ORDERED_BACK, RECALLED, FREED])


@pytest.mark.parametrize("text", [ORDERED_BACK, RECALLED])
def test_own_forces_called_back_are_the_doer_s_act_on_the_other_state(found, text):
    assert ("RETREAT", "AZE", "IRN") in found[text], found[text]
    assert not any(t == "RETREAT" and s == "IRN" for t, s, _ in found[text]), found[text]


def test_released_people_stay_the_other_state_s(found):
    assert ("RETREAT", "AZE", "IRN") in found[FREED], found[FREED]
