"""Issue #11, seventeenth pass (own sentences): "attack" before a craft names a kind of weapon, not an
assault (events/armament.py)."""
from __future__ import annotations

import pytest
from events_kit import code

from detente.events.lexicon import cue_words


@pytest.mark.parametrize("text", [
    "Chile is moving more soldiers and attack helicopters to its border with Peru.",
    "Chile is moving attack drones and more soldiers to its border with Peru.",
    "Chile has bought attack submarines to patrol the waters claimed by Peru.",
])
def test_attack_before_a_craft_names_a_weapon(text):
    assert "ASSAULT" not in {e.event_type for e in code(text)}


@pytest.mark.parametrize("text", [
    "Chilean jets attack Peruvian positions near the border.",
    "Peruvian troops attacked Chilean boats near the border on Monday.",
    "Chilean gunmen attack boats from Peru every week.",
])
def test_an_attack_with_its_own_subject_stays_an_assault(text):
    assert "ASSAULT" in {e.event_type for e in code(text)}


def test_every_armament_cue_makes_a_weapon():
    words = cue_words("armament")
    assert {"helicopter", "drone", "aircraft"} <= set(words)
    for word in words:  # each row names a weapon after "attack" in a sentence that was coded ASSAULT
        text = f"Chile is moving more soldiers and attack {word}s to its border with Peru."
        assert "ASSAULT" not in {e.event_type for e in code(text)}, word
