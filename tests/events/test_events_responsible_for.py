"""A charge told as "said Y was responsible for the attack" (issue #11, session 29: a claim told behind a bare
verb of saying, the charge inside the reported clause). 'Responsible for' after a form of 'be' names who
stands behind the act, as 'behind' does (events/allegation.py sponsored): the speaker accuses Y, and the act
is told only as that charge, not as Y's deed. Our own sentences."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("text, expected", [
    ("Kenya said Uganda was responsible for the attack.", ("ACCUSE", "KEN", "UGA")),
    ("Kenya said Ugandan forces were responsible for the shelling of border villages.", ("ACCUSE", "KEN", "UGA")),
    ("Uganda was responsible for the attack, Kenya's foreign minister said.", ("ACCUSE", "KEN", "UGA")),
    ("Chile's defence ministry said the Peruvian navy was responsible for the raid on the port.",
     ("ACCUSE", "CHL", "PER")),
])
def test_responsible_for_an_act_in_a_said_clause_is_the_speakers_charge(text, expected):
    events = code(text)
    assert expected in summary(events)
    assert not any(e.event_type == "ASSAULT" for e in events)  # told only as the charge


@pytest.mark.parametrize("text", [
    "Kenya said Uganda was not responsible for the attack.",  # cleared, not charged
    "Kenya said Uganda was responsible for security at the border.",  # no hostile act
    "Kenya said it was responsible for the strike on the camp.",  # its own act
])
def test_no_charge_without_another_state_answerable_for_a_hostile_act(text):
    assert not any(e.event_type == "ACCUSE" for e in code(text))
