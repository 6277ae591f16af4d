"""Issue #11, who acts, twenty-fourth pass (own sentences): a body's envoy who chairs the parties' talks consults
each side, as a mediator or host does (events/data/mediation.tsv `chair`; wire40 w40_07: "the AU envoy chairs the
talks", CONSULT IGO→each party, core, missed)."""
from __future__ import annotations

import pytest
from events_kit import coded_pages

from detente.events.mediation import broker_words

LEAD = "Egypt and Ethiopia resume dam talks\n\nEgypt and Ethiopia resumed talks on the dam on Sunday. "
CHAIRED = [
    "The AU envoy chaired the talks between Egypt and Ethiopia in Kinshasa on Monday.",
    "The talks between Egypt and Ethiopia, chaired by the AU envoy, ended without a deal.",
]


@pytest.fixture(scope="module")
def pages() -> dict[str, set[tuple]]:
    return coded_pages([LEAD + s for s in CHAIRED] + [LEAD + "Ethiopia's president chaired a cabinet meeting."])


@pytest.mark.parametrize("sentence", CHAIRED)
def test_the_chair_of_the_parties_talks_consults_each_side(pages, sentence):
    rows = pages[LEAD + sentence]
    assert {("CONSULT", "IGO", "EGY"), ("CONSULT", "IGO", "ETH")} <= rows, rows


def test_a_state_chairing_its_own_meeting_consults_nobody(pages):
    rows = pages[LEAD + "Ethiopia's president chaired a cabinet meeting."]
    assert not any(r[0] == "CONSULT" and r[1] == "ETH" and r[2] != "EGY" for r in rows), rows


def test_chair_is_a_broker_verb():
    assert broker_words()["verb"]["chair"] == "-"
