"""People of one state told as "held" with no holder named, on a page about that state
and one other: the other state holds them (events/detained.py with cues.tsv `holding` hold and `detainee`
member / captain; triggers.tsv's hold row for border and sea people).
wire21 w21_01 ("members of a coast guard were being held at a naval post") and wire33 w33_09 ("fishermen are
being held in <town>") were coded with no doer. A meeting "held with" such people is no detention.
Our own sentences."""
from __future__ import annotations

import pytest

from events_kit import coded_pages

LEAD = "Gabon summoned the ambassador of Equatorial Guinea on Monday to protest. "
TAIL = " Equatorial Guinea has not commented on the case."
AT_POST = LEAD + "Four members of the Gabonese navy were being held at an army post in Bata last night." + TAIL
IN_TOWN = LEAD + "Fourteen Gabonese fishermen are being held in Bata, officials said." + TAIL
MEETING = LEAD + "Equatorial Guinean officials held a meeting with Gabonese fishermen in Bata." + TAIL


@pytest.fixture(scope="module")
def found() -> dict[str, set]:
    return coded_pages([AT_POST, IN_TOWN, MEETING])


@pytest.mark.parametrize("text", [AT_POST, IN_TOWN])
def test_the_page_s_other_state_holds_the_people(found, text):
    assert ("COERCE", "GNQ", "GAB") in found[text], found[text]


def test_a_meeting_held_with_fishermen_is_no_detention(found):
    assert not any(t == "COERCE" for t, _, _ in found[MEETING]), found[MEETING]
