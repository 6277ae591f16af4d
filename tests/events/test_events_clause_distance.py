"""A span of time written before a temporal clause's mark ("three days after X ended ...") is no word the
clause's verb acts on (events/clause_distance.py): a `not:` list must not read it. Sentences written for these
tests."""
from __future__ import annotations

import pytest
from events_kit import code, summary

STORY = "Bolivia lost a partner this month. "


@pytest.mark.parametrize("text", [
    "The loss came three days after Peru ended its recognition of Bolivia.",
    "The loss came three days after Peru, Bolivia's oldest partner in the region, ended its recognition of Bolivia.",
    "Two weeks before Peru ended its cooperation with Bolivia, the talks had stalled.",
])
def test_an_ending_told_at_a_distance_in_time_is_no_support(text):
    coded = summary(code(STORY + text))
    assert ("SUPPORT", "PER", "BOL") not in coded, coded
    assert any(e[0] == "SANCTION" and e[2] == "BOL" for e in coded), coded  # the ending, whoever the kit reads


def test_the_span_ended_keeps_its_not_word():
    # "ended two days of talks": the days are what was ended, a round of talks over, no break of ties
    coded = summary(code("Peru and Chile ended two days of talks on Monday."))
    assert not {e for e in coded if e[0] == "SANCTION"}, coded
