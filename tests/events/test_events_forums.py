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


# Session 21 (recall12): a body's council or organ named before the body ("the Permanent Council of the
# Organization of American States") kept the body's name out of the phrase read for it (wire23).
@pytest.mark.parametrize("text", [
    "Kenya would take the matter to the Permanent Council of the Organization of American States if Uganda kept its post.",
    "Kenya will refer the dispute to the Peace and Security Council of the African Union unless Uganda withdraws.",
])
def test_a_dispute_taken_to_a_bodys_council_is_a_threat(text):
    found = typed(text)
    assert {t for t in found if t[0] == "THREATEN" and t[1] == "KEN" and t[2] != "IGO"}, found


def test_the_bodys_name_is_read_through_nested_of_phrases():
    from detente.events.forums import phrase_text
    from events_kit import parsed
    _, sentences = parsed("Kenya took the matter to the Permanent Council of the Organization of American States.")
    council = next(t for t in sentences[0].tokens if t.text == "Council")
    assert " organization of american states " in phrase_text(sentences[0], council.i)


# Session 21 (recall12): a sitting of a body of states asked for on a condition takes the quarrel there: a threat
# (cues.tsv `sitting`, forums.sitting_venue; wire21). Asked for without a condition, it stays a request.
@pytest.mark.parametrize("text", [
    "She said that if the crew were not back in Kenya by Wednesday, the Kenyan government would ask for an urgent "
    "session of the OAS Permanent Council.",
    "Kenya would request an emergency meeting of the African Union unless Uganda withdrew its troops.",
])
def test_a_sitting_of_a_body_asked_for_on_a_condition_is_a_threat(text):
    found = typed(text)
    assert {t for t in found if t[0] == "THREATEN" and t[1] == "KEN" and t[2] != "IGO"}, found


def test_a_sitting_asked_for_without_a_condition_stays_a_request():
    found = typed("Kenya asked for an urgent session of the OAS Permanent Council on the floods.")
    assert not {t for t in found if t[0] in ("THREATEN", "ACCUSE")}, found
