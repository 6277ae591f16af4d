"""The data files load cleanly and every entry in them can actually be found."""
from __future__ import annotations

import re

import pycountry
import pytest

from detente.actors import country_of_place
from detente.actors.gazetteer import LOADERS, case_matches, data_rows, load_terms, scan

COLUMNS = {"countries.tsv": 6, "bodies.tsv": 5, "seats.tsv": 5, "roles.tsv": 5, "leaders.tsv": 7, "places.tsv": 3}
NON_ISO = {"XKX", "NATO", "UNO", "EUR", "IGO", "-"}
SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "PTY", "OPP", "REB", "CVL", "BUS", "MED", "NGO", "IGO", "-"}
MONTH = re.compile(r"^(19|20)\d\d-(0[1-9]|1[0-2])$")


@pytest.mark.parametrize("name", sorted(LOADERS))
def test_rows_have_the_header_columns(name):
    rows = data_rows(name)
    assert rows, name
    for row in rows:
        assert len(row) <= COLUMNS[name] and row[0], (name, row)


def test_countries_cover_un_members_observers_taiwan_kosovo():
    codes = [row[0] for row in data_rows("countries.tsv")]
    assert len(codes) == len(set(codes)) == 197
    for code in codes:
        assert code == "XKX" or pycountry.countries.get(alpha_3=code), code
    assert {"VAT", "PSE", "TWN", "XKX"} <= set(codes)


@pytest.mark.parametrize("name", ["bodies.tsv", "seats.tsv", "leaders.tsv", "places.tsv"])
def test_codes_are_iso_or_body_codes(name):
    column = {"bodies.tsv": 0, "seats.tsv": 0, "leaders.tsv": 2, "places.tsv": 0}[name]
    for row in data_rows(name):
        code = row[column]
        assert code in NON_ISO or pycountry.countries.get(alpha_3=code), (name, row)


def test_sectors_are_plover_sectors():
    for name, column in (("roles.tsv", 1), ("bodies.tsv", 1), ("seats.tsv", 1), ("leaders.tsv", 4)):
        for row in data_rows(name):
            assert row[column] in SECTORS, (name, row)
    assert {row[2] for row in data_rows("roles.tsv")} <= {"role", "title", "head", "aide", "hired", "place", "group", "people", "pair",
                                                        "neighbour"}


def test_leader_terms_are_well_formed_months():
    for row in data_rows("leaders.tsv"):
        start, end = row[5], (row[6] if len(row) > 6 else "")
        assert MONTH.match(start) and (not end or MONTH.match(end)), row
        assert not end or start <= end, row


@pytest.mark.parametrize("name", sorted(LOADERS))
def test_every_term_is_reachable_by_the_scanner(name):
    """Each surface form, written alone, is found whole and maps back to its own entry."""
    missing = []
    for term in load_terms(name):
        hits = scan(term.text)
        if not any(h.start == 0 and h.end == len(term.text) and term in h.terms for h in hits):
            missing.append(term.text)
    assert not missing, missing


def test_every_country_name_resolves_to_its_code():
    for row in data_rows("countries.tsv"):
        code, name, alternates, _demonyms, capitals = (row + [""] * 5)[:5]
        for place in [name, *alternates.split("|"), *capitals.split("|")]:
            if place and not place.lower().startswith("the "):
                assert country_of_place(place) == code, (place, code)


def test_case_rules():
    assert case_matches("US", "US") and not case_matches("US", "us") and not case_matches("US", "Us")
    assert case_matches("Turkey", "TURKEY") and not case_matches("Turkey", "turkey")
    assert case_matches("army chief", "Army Chief")
    assert [h.text for h in scan("Let us roast a turkey in Turkey.")] == ["Turkey"]


def test_scan_answers_from_its_cache_with_a_fresh_list():
    """scan keeps its answer per text (the parse and the actors stage both scan a sentence): a caller
    that changes the list it got must not change what the next caller gets."""
    text = "Ghana and the African Union met in Accra."
    first = scan(text)
    assert [h.text for h in first] and first == scan(text)
    first.clear()
    assert scan(text) and scan(text) is not scan(text)
