"""Newcomer review, session 22: a state's name read in context as another state's region is placed in that state."""
from __future__ import annotations

from detente.places import locate


def test_georgia_read_as_the_us_state_is_placed_in_the_united_states_not_at_tbilisi():
    place = locate("Georgia", "USA")
    assert place.country == "USA" and place.geo_precision == "country"
    assert place.longitude is not None and place.longitude < 0  # in the Americas, not the Caucasus


def test_georgia_read_as_the_country_stays_at_tbilisi():
    for context in ("GEO", None):
        place = locate("Georgia", context)
        assert place.country == "GEO" and place.longitude is not None and place.longitude > 40


def test_a_state_name_that_is_no_region_of_the_context_state_keeps_the_state():
    assert locate("France", "USA").country == "FRA"
