"""State agencies named by their own name after their state, read from the parse (agency_names.py): any
agency noun of agency_heads.tsv, any modifiers, an anaphoric owner ("the country's")."""
from __future__ import annotations

import pytest

from detente.actors.agency_names import agency_heads
from detente.actors.gazetteer import data_rows
from helpers import events_of, mentions_of


def _later(body: str, name: str):
    found = [m for m in mentions_of(body) if m.text == name]
    return found[-1] if found else None


@pytest.mark.parametrize("body, name, country", [
    ("Kenya's revenue body (KRA) fined a Ugandan haulier. KRA said the fine stood.", "KRA", "KEN"),
    ("Chile protested to Peru. The country's maritime regulator, the DIRMAR, detained a Peruvian trawler. "
     "DIRMAR said the boat had no licence.", "DIRMAR", "CHL"),
    ("Ghana's drug regulator, the Food and Drugs Authority (FDA), banned Nigerian imports. FDA said the ban "
     "would stay.", "FDA", "GHA"),
])
def test_a_later_bare_name_is_the_agency_of_that_state(body, name, country):
    found = _later(body, name)
    assert found is not None and (found.country, found.sector) == (country, "GOV"), found


@pytest.mark.parametrize("body, name", [
    ("Kenya's news agency (KNA) criticised Uganda. KNA said the report stood.", "KNA"),  # media, no organ
    ("Kenya's revenue body, Ruto said, fined a haulier. Ruto later left.", "Ruto"),  # no apposition closed
])
def test_no_state_organ_without_a_state_agency_named(body, name):
    found = _later(body, name)
    assert found is None or found.sector != "GOV" or "(parse)" not in found.resolution


def test_the_agency_acts_for_its_state():
    body = ("Ghana's drug regulator, the Food and Drugs Authority (FDA), banned imports on Monday. Nigeria's "
            "revenue service, FIRS, said it would respond. FIRS later accused Ghana of bad faith.")
    assert ("ACCUSE", "NGA", "GHA") in events_of(body)


def test_each_agency_head_loads_with_a_state_sector():
    assert {row[1] for row in data_rows("agency_heads.tsv")} <= {"GOV", "MIL", "COP", "SPY", "JUD", "LEG"}
    assert "regulator" in agency_heads() and len(agency_heads()) == len(data_rows("agency_heads.tsv"))
