"""A warning told from the warned side ("X could face consequences if ..., Y's minister said"): the speaker's
state is the doer and the warned state the target, and the threat is asserted (events/warned_subjects.py;
eval/sent-dev15's Venezuela-Guyana sentence, eval/wire2's Iranian warning). Our own sentences."""
from __future__ import annotations

import pytest

from events_kit import code


def _threats(sentence: str) -> set[tuple]:
    return {(e.event_type, e.source.country, e.target.country if e.target else None, e.status)
            for e in code(sentence) if e.event_type == "THREATEN"}


@pytest.mark.parametrize("sentence", [
    "Uganda could face consequences if it lets the rebels use its airstrips, the Kenyan minister said.",
    "Uganda would face reprisals if its boats entered the lake's northern waters again, Kenya said.",
])
def test_speaker_warns_the_subject(sentence):
    assert ("THREATEN", "KEN", "UGA", "asserted") in _threats(sentence)


@pytest.mark.parametrize("sentence", [
    "Uganda could face consequences if the rains fail, the Ugandan minister said.",  # its own official: no doer
    "Uganda faced the consequences of the drought, the Kenyan minister said.",  # no modal, no condition: no threat
])
def test_no_speaker_threat(sentence):
    assert not any(s == "KEN" or (s == "UGA" and t == "UGA") for _, s, t, _ in _threats(sentence))
