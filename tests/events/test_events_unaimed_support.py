"""A state's welcome, thanks, praise or recognition that names no state is not aimed at the page's other state
(events/unaimed_support.py). Sentences written for these tests."""
from __future__ import annotations

import pytest
from events_kit import code, summary

STORY = "Chile accused Peru of seizing two fishing boats. Peru denied the charge and said the boats had been in " \
        "Peruvian waters. "


@pytest.mark.parametrize("text", [
    "Chile welcomed the inspectors on Friday.",
    "The Chilean minister thanked him for his patience.",
    "The two governments restored relations in 1962.",
])
def test_support_naming_no_state_gets_no_target_from_the_other_state(text):
    coded = summary(code(STORY + text))
    assert not {e for e in coded if e[0] == "SUPPORT" and {e[1], e[2]} == {"CHL", "PER"}}, coded


def test_support_naming_the_other_state_keeps_it():
    coded = summary(code(STORY + "Chile welcomed Peru's offer of talks."))
    assert ("SUPPORT", "CHL", "PER") in coded, coded


def test_other_types_keep_the_other_state():
    coded = summary(code(STORY + "Chile demanded the return of the boats."))
    assert ("REQUEST", "CHL", "PER") in coded, coded
