"""Issue #11, false positives, eighteenth pass (own sentences): a gathering announced as "will be held", "is due to
take place" or one a leader "will chair", with no sides named, is no act between states (events/hosted_gatherings.py,
lone_planned_gathering; sent-dev9, sent-dev11, sent-dev12, sent-dev13 each counted a false CONSULT). Planned
talks whose sides are named stay CONSULT pending (ANNOTATION.md: planned is pending)."""
from __future__ import annotations

import pytest
from events_kit import code, coded_pages, summary

LONE = [
    "The Commonwealth summit will be held in Nairobi in October.",
    "The next NATO summit will take place in Oslo, officials said.",
    "The African Union summit is due to be held in Kampala next month.",
    "Kenya's president will chair next week's African Union meeting in Nairobi.",
    "The Nordic Council meeting is scheduled to take place in Helsinki in May.",
]
SIDED = [  # (sentence, the planned CONSULT it keeps)
    ("Talks between Chile and Peru will be held in Lima next week.", ("CONSULT", "CHL", "PER")),
    ("The next round of talks between Kenya and Uganda will be held in Nairobi.", ("CONSULT", "KEN", "UGA")),
    ("The Kenyan president will chair the meeting with Ugandan officials in Nairobi.", ("CONSULT", "KEN", "UGA")),
]


@pytest.fixture(scope="module")
def pages() -> dict[str, set]:
    return coded_pages(LONE + [t for t, _ in SIDED])


@pytest.mark.parametrize("text", LONE)
def test_a_planned_gathering_with_no_sides_is_no_event(pages, text):
    assert not any(t == "CONSULT" for t, _, _ in pages[text]), pages[text]


@pytest.mark.parametrize("text,expected", SIDED)
def test_planned_talks_between_named_sides_stay_pending_consult(pages, text, expected):
    found = pages[text]
    assert expected in found or (expected[0], expected[2], expected[1]) in found, found


@pytest.mark.parametrize("text", [
    "Talks between Chile and Peru will be held in Lima next week.",
    "Norway will chair the meeting with Danish officials in Oslo.",
])
def test_planned_talks_between_named_sides_are_pending(text):
    assert any(e.event_type == "CONSULT" and e.status == "pending" for e in code(text)), summary(code(text))
