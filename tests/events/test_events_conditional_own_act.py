"""A threat read from the speaker's own act told on a condition (events/counterpart.py conditional_own_act):
"Iraq would suspend the accord if the crew were not freed" is aimed at the story's other state, whose doing
the condition is (wire21, wire22: such threats had no target). Our own sentences."""
from __future__ import annotations

import pytest

from events_kit import code

STORY = "Kenya accused Uganda of detaining six fishermen near Migingo island. Uganda denied the charge. "


def _threats(text: str) -> set[tuple]:
    return {(e.source.country, e.target.country if e.target else None) for e in code(STORY + text)
            if e.event_type == "THREATEN"}


@pytest.mark.parametrize("text", [
    "Kenya would suspend the fisheries accord if the fishermen were not freed within two days, the minister said.",
    "If there was another arrest, the minister said, Kenya would close the Busia crossing to all lorries.",
])
def test_a_conditional_act_of_the_speaker_is_a_threat_to_the_other_state(text):
    assert ("KEN", "UGA") in _threats(text)


def test_an_act_without_a_condition_gets_no_threat_target_from_the_story():
    # a plain plan, no condition: nothing makes it a threat aimed at the other state
    assert ("KEN", "UGA") not in _threats("Kenya would build a new fish market at Kisumu next year, the minister said.")


def test_a_condition_hung_on_a_participle_the_parser_put_on_the_verb_makes_a_threat():
    # session 23 recall14 (wire24 class): the parser hangs "agreed" on "pull" as a clause of its own, and the
    # "unless" clause under it; the withdrawal on that condition is a threat, not a promise (AGREE)
    text = ("Kenya would pull out of the joint patrols agreed between the two police forces unless the fishermen "
            "were freed by Friday, the minister said.")
    assert ("KEN", "UGA") in _threats(text)
    assert "AGREE" not in {e.event_type for e in code(STORY + text) if e.source.country == "KEN"}
