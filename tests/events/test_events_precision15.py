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


# A yes-no question opened by "whether" puts its act in doubt (events/generic.py whether_clause): wire25's "It did
# not say whether Astana would renew the request", wire28's "The question now is whether Beijing sent that ship"
# and wire21's "The real question is whether the UN can find a formula that lets Kuwait release the men" were
# each coded as the act. The act told beside it, and a request made with "asked", stay.
WHETHER_DOUBTS = [
    ("It did not say whether Kenya would renew the request.", "REQUEST"),
    ("The question now is whether Hanoi sent the ship to shield the trawlers.", "MOBILIZE"),
    ("It was unclear whether Chile had recalled its ambassador.", "SANCTION"),
]


@pytest.mark.parametrize("text, kind", WHETHER_DOUBTS)
def test_an_act_put_in_doubt_by_whether_is_not_coded(text, kind):
    assert kind not in _types(text)


def test_the_act_beside_a_whether_doubt_stays():
    assert "SANCTION" in _types("Peru recalled its ambassador, but did not say whether it would expel Chile's envoy.")
    assert "REQUEST" in _types("Kenya asked Uganda to withdraw its troops from the border.")
