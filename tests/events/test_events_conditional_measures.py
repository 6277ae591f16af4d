"""Conditional threats told with a verb that names the act only through its object: "could introduce checks of
its own if ..." (wire28 class: no trigger, nothing coded). With
"would/could" and the condition the intent rules read them as threats aimed at the other state. Our own
sentences."""
from __future__ import annotations

import pytest

from events_kit import code

STORY = "Kenya accused Uganda of detaining six fishermen near Migingo island. Uganda denied the charge. "


def _types(text: str) -> set[tuple]:
    return {(e.event_type, e.source.country, e.target.country if e.target else None) for e in code(STORY + text)
            if e.evidence.sentence_index == 2}


@pytest.mark.parametrize("text", [
    "Kenya could introduce checks of its own if Ugandan officers began stopping lorries.",
    "Kenya would introduce visa rules for Ugandan traders unless the ban was lifted, the minister said.",
])
def test_a_conditional_measure_is_a_threat_to_the_other_state(text):
    assert ("THREATEN", "KEN", "UGA") in _types(text)


@pytest.mark.parametrize("text", [
    "Kenya will introduce new checks on imports next year.",  # no condition: a plan at home
    "Kenya would answer the letter if it had time, the minister said.",  # no force
])
def test_no_threat_without_the_condition_and_the_measure(text):
    assert not {t for t in _types(text) if t[0] in ("THREATEN", "ASSAULT", "SANCTION")}
