"""Session 24 (precision15): false positives of mediators, hosts and third bodies. Hosting a gathering with no
second party is no act between states (events/hosted_gatherings.py; sent-dev9, sent-dev11). The sentences are
this file's own; each rule has its near misses."""
from __future__ import annotations

import pytest
from events_kit import code


def _types(text: str) -> set[str]:
    return {e.event_type for e in code(text)}


LONE_HOSTS = [
    "Peru will host the regional leaders' summit in 2028.",
    "Fiji will host the Pacific heads of government meeting next year.",
    "The Kenyan government hosted the annual trade conference in Mombasa.",
]

NAMED_SIDES = [
    "Qatar will host a meeting between the foreign ministers of Chad and Sudan next week.",
    "Norway hosted a conference with Serbia and Kosovo in Oslo.",
    "Ghana hosted the summit, which Togo's president attended.",
    "Vietnam hosted a delegation from Laos for two days of talks.",
]


@pytest.mark.parametrize("text", LONE_HOSTS)
def test_hosting_a_gathering_with_no_second_party_is_no_meeting(text):
    assert "CONSULT" not in _types(text)


@pytest.mark.parametrize("text", NAMED_SIDES)
def test_a_hosted_gathering_with_its_sides_named_stays_a_meeting(text):
    assert "CONSULT" in _types(text)
