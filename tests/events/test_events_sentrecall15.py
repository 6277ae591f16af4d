"""Session 29 sentence-level type classes (sentrecall15), found on eval/sent-dev16 (written blind) in wordings
whose class recurs on earlier sets or pages: the expulsion of consular or embassy officials (SANCTION, was only the
accusation beside it); another state's tankers or lorries barred (SANCTION); aid or funding paused (SANCTION); a
three-day or three-nation tour of named states (CONSULT, the tourer's state visiting them, not a meeting of the
toured states); arms deliveries resumed (AID, was COOPERATE); visa requirements lifted (CONCEDE). Our own sentences, each class with a near miss. ("declined to say
whether X would ..." as no act was tried and left off: it lowered held-out wire6's recall, see docs/quality.md.)"""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("sentence,expected", [
    ("Kenya ordered the expulsion of two Ugandan consular officials on Friday.", ("SANCTION", "KEN")),
    ("Uganda retaliated by barring Kenyan fuel tankers at the Malaba crossing.", ("SANCTION", "UGA", "KEN")),
    ("Norway paused its development funding to Uganda after the vote.", ("SANCTION", "NOR")),
    ("The Kenyan foreign minister began a three-nation tour of Uganda, Ghana and Togo on Monday.",
     ("CONSULT", "KEN", "UGA")),
    ("Denmark resumed arms deliveries to Kenya after a four-month pause.", ("AID", "DNK", "KEN")),
    ("Chile lifted visa requirements for Bolivian students from March.", ("CONCEDE", "CHL")),
])
def test_sentence_classes_code(sentence, expected):
    found = summary(code(sentence))
    assert any((t, s, g)[:len(expected)] == expected for t, s, g in found), found


@pytest.mark.parametrize("sentence,absent", [
    # officials expelled from a party are no diplomats
    ("The Kenyan ruling party announced the expulsion of two officials accused of fraud.", "SANCTION"),
    # a pause in talks is no measure
    ("Kenya and Uganda resumed talks after a pause of three months.", "SANCTION"),
    # a sports tour is no visit
    ("Kenya's cricket team began a five-week tour of Uganda on Monday.", "CONSULT"),
    # flights resumed stay the resumed exchange, not arms
    ("Kenya resumed flights to Uganda after a four-month pause.", "AID"),
    # a weight lifted is no measure eased
    ("The Kenyan lifter lifted a record weight in Nairobi.", "CONCEDE"),
])
def test_sentence_near_misses(sentence, absent):
    assert absent not in {t for t, _, _ in summary(code(sentence))}


def test_tour_takes_the_tourers_state_as_source():
    """"a tour of X, Y": the 'of' phrase names the hosts; the tour is no meeting of its members (sent-dev16)."""
    found = summary(code("The Kenyan president wrapped up a three-day tour of Ghana and Togo."))
    assert ("CONSULT", "KEN", "GHA") in found and not any(s in ("GHA", "TGO") for _, s, _ in found), found

