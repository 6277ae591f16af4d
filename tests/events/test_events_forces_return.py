"""Units a state sent out going back to their base, barracks or port ("the company sent to the border returned to
its barracks"): the pull-back (RETREAT) aimed at the story's other state, and, told with 'will', that pull-back
pending, not a promise (wire19, wire21, wire25, wire28 class: no trigger, nothing coded). Our own sentences."""
from __future__ import annotations

import pytest

from events_kit import code

STORY = ("Kenya accused Uganda of sending troops across the border near Busia, and Uganda denied it. "
         "Kenya sent an army company to Busia on Monday after the Ugandan incursion. ")


def _events(text: str):
    return [e for e in code(STORY + text) if e.evidence.sentence_index == 2]


@pytest.mark.parametrize("text", [
    "The Kenyan company sent to Busia returned to its barracks in Nakuru on Sunday, the army said.",
    "The two Kenyan patrol boats returned to port on Friday.",
    "The Kenyan company sent to Busia returned to Nairobi over the weekend.",
])
def test_units_back_at_base_are_a_pull_back_from_the_other_state(text):
    found = {(e.event_type, e.source.country, e.target.country if e.target else None, e.status)
             for e in _events(text)}
    assert ("RETREAT", "KEN", "UGA", "asserted") in found, found


def test_a_return_announced_with_will_is_the_pull_back_pending():
    found = {(e.event_type, e.source.country, e.status) for e in _events(
        "The Kenyan company sent to Busia will return to its base in Nakuru next week, the defence ministry said.")}
    assert ("RETREAT", "KEN", "pending") in found, found
    assert not any(t == "AGREE" for t, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Kenyan troops returned to the border near Busia on Sunday.",  # back at the line: no pull-back
    "Kenyan troops returned fire when they came under attack.",  # firing back
    "The Kenyan foreign minister returned to Nairobi on Friday.",  # a person, no unit
])
def test_no_pull_back_without_a_unit_going_home(text):
    assert not any(e.event_type == "RETREAT" for e in _events(text)), [(e.event_type, e.rule) for e in _events(text)]
