"""actors.member_phrases: a body's name that only describes one of its members ("a NATO ally", "another EU member
state", "a fellow Commonwealth country") names no actor: the phrase is some member state, not the body (session 35,
helper pages59: eval/wire59 w59_01, a freeze "against a NATO ally" coded SANCTION GBR>NATO). Our own sentences."""
from __future__ import annotations

import pytest

from helpers import events_of, mentions_of


@pytest.mark.parametrize("text, name", [
    ("Denmark said the seizure was an unfriendly act against a NATO ally.", "NATO"),
    ("Finland said it would not treat another EU member state that way.", "EU"),
    ("Ghana said the ban hurt a fellow ECOWAS member.", "ECOWAS"),
])
def test_a_body_describing_one_member_is_no_actor(text, name):
    found = [m for m in mentions_of(text) if name in m.text]
    assert all(m.country is None for m in found), found


@pytest.mark.parametrize("text, name, code", [
    ("NATO allies met in Brussels on Monday.", "NATO", "NATO"),
    ("The EU member states agreed the sanctions on Friday.", "EU", "EUR"),
    ("NATO warned Russia on Monday.", "NATO", "NATO"),
])
def test_the_body_itself_stays_the_body(text, name, code):
    found = [m for m in mentions_of(text) if name in m.text]
    assert found and all(m.country == code for m in found), found


def test_a_freeze_against_a_nato_ally_is_not_aimed_at_nato():
    found = events_of("Iceland called Britain's decision to freeze the assets of its bank an unfriendly act against a "
                      "NATO ally.")
    assert not any(t[2] == "NATO" for t in found), found
