"""State agencies named by their own name, with their state only in a possessive ("Peru's customs
authority, SUNAT") and then by that name alone."""
from __future__ import annotations

import pytest

from helpers import events_of, mentions_of


def _named(body: str, name: str):
    return next((m for m in mentions_of(body) if m.text == name), None)


def test_an_organ_named_after_a_comma_is_its_state_later():
    body = "Peru's customs authority, SUNAT, seized a Chilean lorry on Monday. SUNAT later said it carried contraband."
    found = _named(body, "SUNAT")
    assert found is not None and (found.country, found.sector) == ("PER", "GOV")


def test_an_organ_named_in_brackets_or_right_after():
    body = ("Kenya's revenue agency (KRA) fined a Ugandan haulier. Chile's maritime authority DIRECTEMAR "
            "warned a Bolivian ship. KRA said the fine stood, and DIRECTEMAR said the ship had left.")
    assert _named(body, "KRA").country == "KEN"
    assert _named(body, "DIRECTEMAR").country == "CHL"


def test_a_name_without_a_state_organ_before_it_stays_unknown():
    body = "The local football club, ZAKAT, won on Monday. ZAKAT later said the season was over."
    assert _named(body, "ZAKAT") is None


def test_the_organ_acts_for_its_state():
    body = ("Peru's customs authority, SUNAT, seized a lorry on Monday. "
            "SUNAT later accused Chile of smuggling fuel across the border.")
    assert ("ACCUSE", "PER", "CHL") in events_of(body)


@pytest.mark.parametrize("body, country", [
    # the story names Peru most, but "the ministry" is the Chilean one named two sentences before
    ("Chile's foreign ministry summoned Peru's ambassador on Monday. Peru had seized two Chilean boats, and Peru "
     "refused to free them, Peru said. The ministry accused Peru of piracy.", "CHL"),
    ("Peru's army said its patrols were attacked. Chile denied it. Chile said Chile had no troops there. "
     "The army later accused Chile of lying.", "PER"),
])
def test_a_bare_organ_is_the_same_organ_named_with_its_state_just_before(body, country):
    found = [m for m in mentions_of(body) if m.text in ("ministry", "army")]
    assert found and found[-1].country == country, [(m.text, m.country, m.resolution) for m in found]


def test_a_director_general_is_no_army_general():
    body = ("Latvia and Estonia met in Riga. The talks were chaired by the Commission's Director-General for "
            "Trade, Pieter Vos, who shuttled between the two delegations. General Ozols inspected the troops.")
    found = mentions_of(body)
    assert not any(m.sector == "MIL" for m in found if m.sentence == 1)
    assert any(m.sector == "MIL" and m.text.startswith("General") for m in found if m.sentence == 2)


@pytest.mark.parametrize("name, country", [("The UPDF", "UGA"), ("The KDF", "KEN"), ("The SANDF", "ZAF"),
                                           ("The Tatmadaw", "MMR"), ("The FARDC", "COD")])
def test_national_armed_forces_known_by_their_own_name(name, country):
    found = _named(f"{name} sent two patrol boats to the lake on Monday.", name.split()[1])
    assert found is not None and (found.country, found.sector) == (country, "MIL")
