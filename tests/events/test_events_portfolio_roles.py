"""Roles named with a bare field noun before their states ("the ministers of environment of A and B", "the heads
of state of A and B"): the states one 'of' phrase deeper are the parties (events/role_actors.py _portfolio; wire8,
session 17; sentences written for this test)."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("sentence, kind", [
    ("The ministers of environment of Kenya and Uganda signed a protocol on the lake.", "AGREE"),
    ("The heads of state of Kenya and Uganda signed a border accord.", "AGREE"),
    ("The ministers of foreign affairs of Kenya and Uganda met in Nairobi on Tuesday.", "CONSULT"),
    ("The chiefs of staff of Kenya and Uganda agreed to set up joint patrols.", "AGREE"),
])
def test_both_listed_states_are_the_parties(sentence, kind):
    found = summary(code(sentence))
    assert (kind, "KEN", "UGA") in found or (kind, "UGA", "KEN") in found, found


def test_one_state_behind_the_field_noun_acts():
    found = summary(code("The head of state of Kenya met the Ugandan president."))
    assert ("CONSULT", "KEN", "UGA") in found, found


def test_a_field_noun_with_no_state_leaves_the_role_unresolved():
    events = code("The ministers of environment met in Nairobi.")
    assert all(e.source.country is None for e in events), summary(events)
