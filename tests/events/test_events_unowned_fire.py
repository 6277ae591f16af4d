"""Fire no one is named as firing, on a page about the state hit and one other (events/unowned_fire.py, recall36,
issue #11 "military fire in nominal and agentless forms"): the fire is the other state's. Our own sentences,
read through the whole pipeline; each page names its two states first."""
from __future__ import annotations

import pytest

from events_kit import coded_pages

STORY = ("Armenia summoned the envoy of Azerbaijan on Monday. Azerbaijan denied the charge. "
         "Armenia said Azerbaijan must stop. ")
FOUND = [
    STORY + "Artillery shells hit a farm on the Armenian side of the river, wounding two people.",
    STORY + "An Armenian border post was shelled overnight.",
    # the fire is not the sentence's main act (the expulsion is): it is kept for the page to name its doer
    STORY + "Armenia expelled an Azerbaijani diplomat on Tuesday, a day after mortar rounds hit an Armenian village.",
]
# people fired, or the sentence names a third state: no doer is guessed
KEPT = [
    STORY + "Rebels fired rockets at an Armenian village on Tuesday.",
    STORY + "Two Armenian soldiers and a Georgian driver were killed in the Russian strike.",
]


@pytest.fixture(scope="module")
def coded() -> dict[str, set]:
    return coded_pages(FOUND + KEPT)


@pytest.mark.parametrize("page", FOUND)
def test_doerless_fire_is_the_other_states(coded, page):
    assert ("ASSAULT", "AZE", "ARM") in coded[page], coded[page]


@pytest.mark.parametrize("page", KEPT)
def test_no_doer_is_guessed_for_named_or_third_party_fire(coded, page):
    assert ("ASSAULT", "AZE", "ARM") not in coded[page], coded[page]
