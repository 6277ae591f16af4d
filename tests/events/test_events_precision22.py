"""Issue #11, false positives, twenty-second pass (own sentences).

1. A state ready, willing or prepared to meet, hold talks or sit down with another offers that meeting: CONSULT
   pending, as the page golds code it, not a promise (AGREE): wire34 "was ready to hold the meeting of the
   intergovernmental commission ... as agreed" gave AGREE BLR→POL pending (events/intent.py `_meeting_offered`,
   cues.tsv `meetready`).
2. A day in an "on" phrase of "call" is when it called, not whom it called on: "X on Wednesday called for the
   officers' release" was a courtesy call, CONSULT (wire34: the State Department's call, CONSULT USA→RUS; events/
   readings.py courtesy_call)."""
from __future__ import annotations

import pytest
from events_kit import code

from detente.events.lexicon import cue_words


def _rows(text: str) -> set[tuple]:
    return {(e.event_type, e.source.country, e.target.country if e.target else None, e.status) for e in code(text)}


@pytest.mark.parametrize("text,row", [
    ("Kenya was ready to hold the meeting of the joint commission with Uganda in Nairobi on Monday as agreed.",
     ("CONSULT", "KEN", "UGA", "pending")),
    ("Kenya is willing to meet Ugandan officials next week.", ("CONSULT", "KEN", "UGA", "pending")),
    ("Ghana is prepared to hold talks with Togo on the border.", ("CONSULT", "GHA", "TGO", "pending")),
])
def test_a_meeting_one_is_ready_to_hold_is_the_meeting_pending(text, row):
    rows = _rows(text)
    assert row in rows, rows
    assert ("AGREE",) + row[1:] not in rows, rows


@pytest.mark.parametrize("text,row", [
    ("Kenya is ready to send aid to Uganda.", ("AGREE", "KEN", "UGA", "pending")),  # an offer of a gift
    ("Kenya is ready to negotiate a treaty with Uganda.", ("AGREE", "KEN", "UGA", "pending")),  # aims at the treaty
    ("Kenya is ready to meet Ugandan officials if the shelling stops.", ("AGREE", "KEN", "UGA", "pending")),
])
def test_other_offers_stay_promises(text, row):
    assert row in _rows(text)


def test_meeting_words_are_loaded_and_used():
    words = cue_words("meetready")
    assert {"meet", "hold", "sit", "talks"} <= set(words)
    for word in words:
        assert word.isalpha() and word == word.lower(), word


@pytest.mark.parametrize("text,row", [
    ("Norway on Wednesday called for the release of the Chilean officers.", ("REQUEST", "NOR", "CHL", "asserted")),
    ("Archbishop Olsen of Norway on Sunday called for sanctions against Chile.",
     ("REQUEST", "NOR", "CHL", "asserted")),
])
def test_a_call_for_something_on_a_day_is_a_request(text, row):
    rows = _rows(text)
    assert row in rows, rows
    assert not any(r[0] == "CONSULT" for r in rows), rows


def test_a_courtesy_call_on_a_person_stays_a_meeting():
    assert any(r[0] == "CONSULT" for r in _rows("The Chilean envoy called on President Olsen at the palace on Monday."))
