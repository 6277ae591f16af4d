"""Talks told in an "after" phrase of a deal (wire31, wire33 class; our own sentences): "signed the protocol after
two days of talks", "agreed to resume negotiations, after a meeting hosted by the AU" report talks that took
place before the deal, a CONSULT of their own beside the AGREE (events/nesting.preceding_talks, cues.tsv
timeframe `sequel`); talks that failed before a hostile act stay out, told by their own clause."""
from __future__ import annotations

import pytest

from detente.events.lexicon import cue_words

from events_kit import code, summary


@pytest.mark.parametrize("text", [
    "Kenya and Uganda signed the protocol in Nairobi on Tuesday after two days of talks.",
    "The protocol was signed in Nairobi on Tuesday by the Kenyan minister and his Ugandan counterpart, after two "
    "days of talks, the official said.",
    "Kenya and Uganda agreed in Nairobi to resume negotiations, after a meeting hosted by the African Union.",
    "Kenya and Uganda signed the accord following two days of talks in Kampala.",
])
def test_talks_before_a_deal_are_a_meeting_of_their_own(text):
    found = summary(code(text))
    assert any(t == "AGREE" for t, _, _ in found), found
    assert {("CONSULT", "KEN", "UGA"), ("CONSULT", "UGA", "KEN")} & found, found


def test_talks_that_failed_before_an_expulsion_add_no_meeting():
    found = summary(code("Kenya expelled the Ugandan envoy after talks in Nairobi failed."))
    assert not any(t == "CONSULT" for t, _, _ in found), found


def test_the_sequel_cues_load():
    frame = cue_words("timeframe")
    assert frame["after"] == "sequel" and frame["follow"] == "sequel" and frame["during"] == "prep"


def test_a_mediation_before_a_release_stays_the_brokers_part():
    """"freed after Kenyan mediation": the broker's CONSULT with the freed side (events/mediation.py), not a
    doerless meeting (wire30 lost its CONSULT when the mediation noun was read as talks before the release)."""
    found = summary(code("Ugandan crew freed after Kenyan mediation, handed over at sea"))
    assert ("CONSULT", "KEN", "UGA") in found, found


@pytest.mark.parametrize("text", [
    "Kenya softened its stance on the Ugandan bid after talks in Nairobi.",
    "The Kenyan authorities lifted the suspension of the Ugandan radio station after talks with the Ugandan embassy.",
])
def test_talks_before_a_concession_add_no_meeting(text):
    found = summary(code(text))
    assert not any(t == "CONSULT" for t, _, _ in found), found
