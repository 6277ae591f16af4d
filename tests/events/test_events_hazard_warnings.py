"""A warning of weather, a natural hazard or road delays is no threat (newcomer review, session 19: the demo pages'
"the meteorology department warned of flooding" and "the highways authority warned drivers to expect delays" were
THREATEN events, the first lines of `detente events` a newcomer reads). A state warning of retaliation, while
protesters storm an embassy or a delay in a withdrawal, is still one. Our own sentences."""
from __future__ import annotations

import pytest

from events_kit import code, summary


def types(sentence: str) -> set[str]:
    return {t for t, _, _ in summary(code(sentence))}


@pytest.mark.parametrize("sentence", [
    "Heavy rain is expected across northern Ghana this week, and the meteorology department warned of flooding.",
    "The Togolese roads agency warned drivers to expect delays on the coastal highway while repairs continue.",
    "Forecasters in Accra warned of a typhoon approaching the coast.",
    "The Kenyan weather service warned of landslides in the western highlands.",
    "Officials warned that a drought could ruin the harvest in northern Ghana.",
])
def test_a_hazard_warning_is_no_threat(sentence):
    assert "THREATEN" not in types(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("Ghana warned Togo of retaliation as protesters stormed its embassy in Lome.", ("THREATEN", "GHA", "TGO")),
    ("Kenya warned Uganda that any delay in withdrawing its troops would bring sanctions.", ("THREATEN", "KEN", "UGA")),
    ("Ghana warned Togo against sending troops to the border.", ("THREATEN", "GHA", "TGO")),
])
def test_a_state_s_warning_to_a_state_is_still_a_threat(sentence, expected):
    found = summary(code(sentence))
    assert any(f[:len(expected)] == expected for f in found), found
