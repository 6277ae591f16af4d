"""A state's own step back under 'will'/'would' or a headline's "to" is the step, pending, as the real-page golds
code it (events/promised_steps.py, cues.tsv `ownstep`); release, return, an offer ("is willing to"), a condition
and a warning keep their readings. Our own sentences."""
from __future__ import annotations

import pytest

from detente.events.lexicon import cue_words
from events_kit import code


def _rows(sentence: str) -> set[tuple]:
    return {(e.event_type, e.status, e.source.country) for e in code(sentence)}


@pytest.mark.parametrize("sentence,expected", [
    ("Kenya will withdraw its troops from Uganda next year, the minister said.", ("RETREAT", "pending", "KEN")),
    ("Kenya will pull its troops out of Uganda by March.", ("RETREAT", "pending", "KEN")),
    ("Kenya would lift the ban on Ugandan sugar in the coming days.", ("CONCEDE", "pending", "KEN")),
    ("Kenya will ease the restrictions on Ugandan lorries.", ("CONCEDE", "pending", "KEN")),
    ("Kenya will reopen the border with Uganda on Monday.", ("CONCEDE", "pending", "KEN")),
])
def test_own_step_is_the_step_pending(sentence, expected):
    rows = _rows(sentence)
    assert expected in rows and not any(t == "AGREE" for t, _, _ in rows), rows


@pytest.mark.parametrize("sentence,expected", [
    ("Kenya will return the seized boat to Uganda.", ("AGREE", "pending", "KEN")),  # CAMEO's intent to return
    ("Kenya is willing to withdraw its troops from Uganda.", ("AGREE", "pending", "KEN")),  # an offer
    ("Kenya would withdraw its troops from Uganda if the rebels disarmed.", ("AGREE", "pending", "KEN")),
    ("Kenya warned it would withdraw its troops from Uganda.", ("THREATEN", "asserted", "KEN")),
])
def test_other_readings_kept(sentence, expected):
    assert expected in _rows(sentence)


def test_ownstep_cues_load():
    assert {"withdraw", "pull", "lift", "ease", "reopen"} <= set(cue_words("ownstep"))


def test_a_deal_that_will_see_a_step_is_no_step_of_its_own():
    # realnews: "the deal, which will see the two countries reopen embassies" made two CONCEDE false positives
    rows = _rows("Kenya and Uganda restored ties on Monday. The deal, which will see the two countries reopen "
                 "embassies in each other's capitals, was sealed in Arusha.")
    assert not any(t == "CONCEDE" and s == "pending" for t, s, _ in rows), rows


def test_a_step_nobody_announced_is_no_step_pending():
    # wire21: "Neither side said it would pull back the troops" was read as a pull-back, pending
    rows = _rows("Neither side said it would pull back the troops sent to the lake this week.")
    assert not any(t == "RETREAT" and s == "pending" for t, s, _ in rows), rows
