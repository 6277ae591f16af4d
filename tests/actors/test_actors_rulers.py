"""Whoever rules a place is that state's: "the junta in Togo", "the coup plotters in Benin"."""
from __future__ import annotations

from helpers import mentions_of


def _country(body: str, text: str) -> str | None:
    found = [m for m in mentions_of(body) if m.text.lower().startswith(text)]
    assert found, (text, [m.text for m in mentions_of(body)])
    return found[0].country


def test_a_junta_in_a_country_is_that_countrys():
    body = "Ghana's president met the ECOWAS envoy. The bloc gave the military junta in Togo a week to step down."
    assert _country(body, "military junta") == "TGO"


def test_the_junta_in_power_in_a_country():
    body = "Ghana's foreign minister criticised the actions of the junta in power in Guinea on Monday."
    assert _country(body, "junta") == "GIN"


def test_coup_plotters_in_a_country():
    body = "The regional bloc issued an ultimatum to the coup plotters in Benin on Sunday."
    assert _country(body, "coup plotters") == "BEN"


def test_a_bare_junta_does_not_take_the_stories_main_country():
    body = ("Ghana recalled its ambassador. Ghana said the talks had failed, and Ghana's president spoke to "
            "reporters. Later the junta rejected the plan.")
    assert _country(body, "junta") is None


def test_diplomats_in_a_capital_are_not_ruled_by_it():
    body = "Ghanaian diplomats in Lome said the talks had failed."
    assert _country(body, "ghanaian diplomats") == "GHA"


def test_a_state_speaking_about_a_force_is_not_its_owner():
    body = ("Chilean warplanes crossed into Peruvian airspace near Tacna on Sunday. "
            "Peru said the jets circled the city twice.")
    jets = [m for m in mentions_of(body) if m.text == "jets"]
    assert jets and jets[0].country == "CHL"


def test_a_military_council_in_a_capital_rules_that_state():
    # sent-dev: "has not recognised the military council in Niamey"
    body = "Ghana has not recognised the military council in Lome, its foreign ministry said."
    assert _country(body, "military council") == "TGO"


def test_a_seat_named_with_another_state_is_that_states():
    # sent-dev: "two officers of Belarus's KGB" were given Russia (seats.tsv's KGB) as well as Belarus
    body = "Latvian prosecutors charged two officers of Belarus's KGB with spying."
    assert _country(body, "officers") == "BLR"
    kgb = [m for m in mentions_of(body) if m.text == "Belarus's KGB"]
    assert [m.country for m in kgb] == ["BLR"]
    assert _country("Officers of Russia's KGB were charged with spying.", "russia's kgb") == "RUS"
