"""People the release's own sentence says were held, let go with no doer named (events/held_people.py, recall36,
issue #11 releases): on a page about their state and one other, the other state held them and lets them go.
Our own sentences, read through the whole pipeline; each page names its two states before the release."""
from __future__ import annotations

import pytest

from events_kit import coded_pages

STORY = ("Latvia protested to Belarus over the incident on Monday. Belarus said the men had crossed into Belarus. "
         "Latvia rejected the claim of Belarus. ")
FOUND = [
    STORY + "The two Latvian border guards detained on the river were released on Friday.",
    STORY + "Three Latvian fishermen held for a week were freed on Friday and handed over at the crossing.",
    STORY + "The Latvian customs officers arrested last month were handed back at the bridge on Friday.",
]
# the holder is named in a "by" phrase, or the sentence says nothing of holding: no doer is guessed
KEPT = [
    STORY + "The two Latvian border guards held by smugglers were released on Friday.",
    STORY + "The two Latvian border guards were released on Friday.",
]


@pytest.fixture(scope="module")
def coded() -> dict[str, set]:
    return coded_pages(FOUND + KEPT)


@pytest.mark.parametrize("page", FOUND)
def test_held_people_are_let_go_by_the_other_state(coded, page):
    assert {t for t, s, g in coded[page] if (s, g) == ("BLR", "LVA")} & {"RETREAT", "CONCEDE"}, coded[page]


@pytest.mark.parametrize("page", KEPT)
def test_no_holder_is_guessed_without_a_holding_participle(coded, page):
    assert not {t for t, s, g in coded[page] if (s, g) == ("BLR", "LVA")} & {"RETREAT", "CONCEDE"}, coded[page]
