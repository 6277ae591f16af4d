"""Forces placed on alert in an agentless passive are their own state's MOBILIZE (events/alerted_forces.py): "He said
the Chadian army had been placed on maximum alert" (wire47 w47_08 class) named no doer, so the alert was dropped.
Our own sentences."""
from __future__ import annotations

import pytest

from events_kit import coded_pages

LEAD = ("Gabon accused Cameroon on Sunday of shelling two villages near Bitam, and Cameroon denied it. Gabon's "
        "foreign minister called the shelling an act of aggression against Gabon. ")
PLACED = LEAD + "A government spokesman said the Gabonese army had been placed on maximum alert along the frontier."
PUT = LEAD + "Officials said Gabonese troops were put on combat readiness on Monday."
CIVILIANS = LEAD + "Officials said Gabonese tourists in the region were put on alert on Monday."


@pytest.fixture(scope="module")
def found() -> dict[str, set]:
    return coded_pages([PLACED, PUT, CIVILIANS])


@pytest.mark.parametrize("text", [PLACED, PUT])
def test_forces_placed_on_alert_are_their_state_s_mobilisation(found, text):
    assert ("MOBILIZE", "GAB", "CMR") in found[text], found[text]


def test_people_put_on_alert_are_no_forces(found):
    # the unnamed alert stays as it was (no doer); only an armed or police organ gives its state as the doer
    assert not any(t == "MOBILIZE" and s == "GAB" for t, s, _ in found[CIVILIANS]), found[CIVILIANS]
