"""Session 20 (reqs5): a dispute taken to a body of states ("would take the matter to the Organization of American
States if ...") is a threat against the other state, as one taken to a court is (events/forums.py, cues.tsv
`tribunal` valued `forum`, `dispute`; wire18, wire20). Such a body asked for help stays a request, and a case
given up or refused is nothing. The sentences are this file's own."""
from __future__ import annotations

import pytest

from events_kit import coded_pages


def typed(text: str) -> set[tuple]:
    return coded_pages([text])[text]


@pytest.mark.parametrize("text", [
    "Kenya would take the matter to the Organization of American States if Uganda did not stop the spraying.",
    "Kenya said it would take the dispute with Uganda to the African Union if talks failed.",
    "Kenya will refer the issue to ASEAN unless Uganda withdraws its boats.",
])
def test_a_dispute_taken_to_a_body_of_states_is_a_threat(text):
    found = typed(text)
    assert {t for t in found if t[0] == "THREATEN" and t[1] == "KEN" and t[2] != "IGO"}, found


def test_the_threat_is_aimed_at_the_other_state_of_the_page():
    page = ("Uganda seized two Kenyan fishing boats on Lake Victoria. Kenya's foreign minister, Otieno Mwangi, met "
            "Ugandan officials on Monday. \"If our fishermen are not back within 72 hours, we shall take this matter to "
            "the SADC Organ on Politics, Defence and Security,\" Mwangi told reporters after the meeting.")
    assert ("THREATEN", "KEN", "UGA") in coded_pages([page])[page]


@pytest.mark.parametrize("text", [
    "Kenya asked the African Union to send observers to the border with Uganda.",
    "Kenya appealed to the African Union for help after the floods.",
])
def test_a_body_asked_for_help_is_no_venue(text):
    found = typed(text)
    assert not {t for t in found if t[0] in ("THREATEN", "ACCUSE")}, found


@pytest.mark.parametrize("text", [
    "Kenya said it no longer intended to take the dispute with Uganda to the African Union.",
    "Kenya said it would not take the matter to the African Union for now.",
    "Kenya will not take the dispute to the International Court of Justice.",
    "Kenya took its delegation to the African Union summit in Addis Ababa.",
])
def test_a_case_given_up_or_refused_is_nothing(text):
    found = typed(text)
    assert not {t for t in found if t[0] in ("THREATEN", "ACCUSE")}, found
