"""Session 14 trigger classes (triggers5): a trigger word read as another type's word, or a requirement too strict
for a class of phrasing. Each class is tested with our own sentences, and with a near miss that must keep its
old reading."""
from __future__ import annotations

import pytest

from events_kit import code, summary


def types(sentence: str) -> set[str]:
    return {t for t, _, _ in summary(code(sentence))}


@pytest.mark.parametrize("sentence,expected", [
    # a population forced out of its homes is a mass expulsion (plover_gsr / cameo_examples: read SANCTION)
    ("The Kenyan army forced out more than 1,000 Ugandan refugees from their homes.", ("ASSAULT", "KEN", "UGA")),
    ("Kenyan troops expelled the Ugandan villagers of the border district.", ("ASSAULT", "KEN")),
])
def test_trigger_forms_code(sentence, expected):
    found = summary(code(sentence))
    assert any((t, s, g)[:len(expected)] == expected for t, s, g in found), found


@pytest.mark.parametrize("sentence,kept", [
    ("Kenya forced the UN refugee agency out of the country.", "SANCTION"),  # an agency forced out
    ("Kenya expelled two Ugandan diplomats.", "SANCTION"),  # diplomats expelled
    ("Kenya expelled a Ugandan journalist.", "COERCE"),  # an individual expelled
])
def test_near_misses_keep_their_reading(sentence, kept):
    assert kept in types(sentence)


def test_a_demonstration_and_its_demand_are_one_protest():
    # plover_gsr / cameo_examples: "demonstrated in Kirkuk calling for independence" is a protest, not a request too
    assert types("Thousands of Kenyan workers demonstrated in Nairobi on Sunday calling for independence "
                 "from Uganda.") == {"PROTEST"}
    # a state's diplomatic protest keeps the demand it makes
    assert "REQUEST" in types("Kenya protested to Uganda, demanding the release of its fishermen.")
