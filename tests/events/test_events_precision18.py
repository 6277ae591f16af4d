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
    "The ECOWAS meeting is scheduled to take place in Accra in May.",
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


def test_the_bare_meeting_of_the_page_keeps_its_chair():
    # "A senior New Zealand diplomat will chair the meeting" (wire24): the page's own talks, told before
    assert ("CONSULT", "NOR", None) in coded_pages([BARE])[BARE]


BARE = "A senior Norwegian diplomat will chair the meeting."


@pytest.mark.parametrize("text", [
    "Talks between Chile and Peru will be held in Lima next week.",
    "Norway will chair the meeting with Danish officials in Oslo.",
])
def test_planned_talks_between_named_sides_are_pending(text):
    assert any(e.event_type == "CONSULT" and e.status == "pending" for e in code(text)), summary(code(text))


# Withdrawing an invitation, accreditation or consent refuses it (REJECT; triggers.tsv withdraw REJECT row:
# sent-dev13's convention "withdrawing accreditation or invitations to observers", coded RETREAT before), and
# an arms sale approved is the sale (AID, the approve AID row's `sale`; sent-dev9 and sent-dev13 code AID, the
# base coded AGREE when no sum of money stood in the object).
WITHDRAWN_AND_SOLD = [
    ("Kenya withdrew its invitation to the European Union observer mission.", ("REJECT", "KEN", "EUR")),
    ("Ghana withdrew its consent to the Togolese overflights.", ("REJECT", "GHA", "TGO")),
    ("The United States approved a possible sale of Patriot missiles to Norway.", ("AID", "USA", "NOR")),
    ("Washington approved the sale of fighter jets to Chile.", ("AID", "USA", "CHL")),
]
KEPT = [  # withdrawing troops or an envoy keeps its reading
    ("Chile withdrew its troops from the border with Peru.", ("RETREAT", "CHL", "PER")),
    ("Kenya withdrew its ambassador from Uganda.", ("SANCTION", "KEN", "UGA")),
]


@pytest.fixture(scope="module")
def withdrawn_pages() -> dict[str, set]:
    return coded_pages([t for t, _ in WITHDRAWN_AND_SOLD + KEPT])


@pytest.mark.parametrize("text,expected", WITHDRAWN_AND_SOLD + KEPT)
def test_withdrawn_invitations_are_refusals_and_approved_arms_sales_aid(withdrawn_pages, text, expected):
    assert expected in withdrawn_pages[text], withdrawn_pages[text]


@pytest.mark.parametrize("text,wrong", [(WITHDRAWN_AND_SOLD[0][0], "RETREAT"), (WITHDRAWN_AND_SOLD[2][0], "AGREE")])
def test_the_old_readings_are_gone(withdrawn_pages, text, wrong):
    assert wrong not in {t for t, _, _ in withdrawn_pages[text]}, withdrawn_pages[text]
