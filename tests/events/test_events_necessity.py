"""A conditional threat whose act is carried by a verb of being made to act (events/necessity.py): "if ..., X will
have to review every agreement", "if ..., X will be forced to take measures". The 'if' clause hangs on "have" or
"forced", so the act's row that asks for a condition did not see it (eval/wire56 w56_02, w56_05, written blind in
session 34: a pending AGREE and nothing). Our own sentences, coded through the whole pipeline."""
from __future__ import annotations

import pytest

from tests.events.events_kit import last_sentence

STORY = ("Chile said armed Peruvian boats had fished in the southern zone for a week. Chile and Peru have "
         "argued over the zone since 2014. ")


@pytest.mark.parametrize("sentence", [
    "\"If the boats keep coming, Chile will have to review every agreement it has signed with Lima,\" the "
    "minister said.",
    "\"If the fishing goes on, Chile will be forced to take tough measures,\" the minister said.",
])
def test_a_carried_act_on_a_condition_is_a_threat_at_the_other_state(sentence):
    assert ("THREATEN", "CHL", "PER") in last_sentence(STORY + sentence)


def test_no_condition_no_threat():
    coded = last_sentence(STORY + "Chile will have to review its fishing rules next year, the minister said.")
    assert not any(t == "THREATEN" for t, _, _ in coded)
