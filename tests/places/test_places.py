"""Places: location text → coordinates, region, country and precision from the GeoNames gazetteer."""
from __future__ import annotations

import pytest

from detente.places import locate
from detente.places.gazetteer import countries, towns_by_name


@pytest.mark.parametrize("text,country,iso3,precision", [
    ("Kharkiv", "UKR", "UKR", "city"),
    ("Kiev", None, "UKR", "city"),  # an older spelling is a GeoNames alternate name
    ("the Kherson region", "UKR", "UKR", "region"),
    ("Ukraine", "UKR", "UKR", "country"),
    ("the United States", "USA", "USA", "country"),
    ("Paris", None, "FRA", "city"),  # the French capital dwarfs every other Paris
])
def test_places_get_coordinates_and_precision(text, country, iso3, precision):
    place = locate(text, country)
    assert place.country == iso3 and place.geo_precision == precision
    assert -90 <= place.latitude <= 90 and -180 <= place.longitude <= 180 and place.text == text


def test_context_decides_between_namesakes():
    libya, lebanon = locate("Tripoli", "LBY"), locate("Tripoli", "LBN")
    assert libya.country == "LBY" and lebanon.country == "LBN" and libya.latitude != lebanon.latitude
    assert lebanon.admin1.startswith("LB.")


def test_a_name_of_comparable_towns_is_not_guessed():
    place = locate("Springfield", None)  # several US towns of similar size
    assert place.latitude is None and place.geo_precision is None


def test_a_place_the_gazetteer_lacks_in_a_known_country_is_placed_at_country_level():
    place = locate("Nowhereville Crossing", "KEN")
    assert place.country == "KEN" and place.geo_precision == "country" and place.latitude is not None


def test_unknown_place_without_country_stays_empty():
    place = locate("Nowhereville Crossing", None)
    assert (place.country, place.latitude, place.geo_precision) == (None, None, None)


def test_gazetteer_loads_from_the_registry_package():
    assert len(countries()) > 200 and countries()["KEN"].capital == "Nairobi" and countries()["KEN"].fips == "KE"
    assert "arusha" in towns_by_name() and all(len(k) >= 3 for k in list(towns_by_name())[:1000])


@pytest.mark.parametrize("text,iso3,precision,town", [
    ("Abuja, Nigeria", "NGA", "city", True),  # "town, country"
    ("Odessa International Airport", "UKR", "city", True),  # a town's airport is at the town
    ("North Korea", "PRK", "country", False),  # a country's name is read whole before any "north of"
    ("the White House", "USA", "country", False),  # a seat of power, not a translation of Casablanca
])
def test_location_phrases(text, iso3, precision, town):
    place = locate(text, None)
    assert (place.country, place.geo_precision, place.geonameid is not None) == (iso3, precision, town)


def test_a_direction_of_a_continent_is_not_a_town():
    assert locate("West Africa", None).latitude is None and locate("East Asia", None).latitude is None
    assert locate("eastern Kharkiv", "UKR").geo_precision == "region"


def test_town_index_gives_every_namesake_most_populous_first():
    from detente.places.gazetteer import Town

    index = towns_by_name()
    springfields = index["springfield"]  # many towns: a tuple of rows, most populous first
    assert len(springfields) > 3 and all(isinstance(t, Town) for t in springfields)
    assert [t.population for t in springfields] == sorted((t.population for t in springfields), reverse=True)
    (arusha,) = [t for t in index["arusha"] if t.iso2 == "TZ"]
    assert arusha.name == "Arusha" and -4 < arusha.latitude < -3 and isinstance(arusha.geonameid, int)
    assert index.get("nowhereville crossing", ()) == () and len(index) == len(list(index)) > 100_000
