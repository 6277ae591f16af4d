"""Session 21 newcomer pass: a town that shares its name with a state ("Trinidad", Bolivia's Beni capital, and
Trinidad and Tobago) is read by its page, and placed in the state the page reads it in (sentences our own)."""
from __future__ import annotations

from detente.actors import country_of_place
from detente.places import locate
from helpers import mentions_of


def test_trinidad_on_a_bolivian_page_is_a_bolivian_town():
    sentence = "Relief flights landed in the flooded Bolivian town of Trinidad on Tuesday."
    assert country_of_place("Trinidad", sentence) == "BOL"
    assert country_of_place("Trinidad", "Heavy rain fell on Trinidad overnight.") == "TTO"  # the default stays


def test_a_bolivian_trinidad_is_no_actor():
    body = ("Bolivia asked its neighbours for pumps after the Mamoré burst its banks. "
            "Schools in Trinidad have been closed since Monday, the Bolivian education ministry said.")
    assert "TTO" not in {m.country for m in mentions_of(body, "")}


def test_a_town_read_in_its_state_is_placed_there_not_at_the_namesake_state():
    town = locate("Trinidad", "BOL")
    assert (town.country, town.geo_precision) == ("BOL", "city") and town.latitude < 0  # south of the equator
    state = locate("Trinidad", None)
    assert (state.country, state.geo_precision) == ("TTO", "country")
