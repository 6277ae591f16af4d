"""Places: an event location's text → a place with coordinates, first-level region, country and precision.

    locate(text, country) → Location     `country` is the actors stage's reading of the name in context
                                         (ambiguous names such as "Tripoli" are read there), or None

Precision follows ACLED's geo_precision: "city" (a town of the gazetteer), "region" ("the Kherson region":
the coordinates of the region's eponymous town), "country" (a country's name, or a place the gazetteer
does not hold in a known country: the coordinates of the capital stand for the country). A name that only
the gazetteer knows, in several countries of comparable size and with no country from context, stays
without coordinates rather than being guessed.
"""
from __future__ import annotations

import re

from detente.places.gazetteer import Country, Town, countries, fold, towns_by_name
from detente.records import Location

__all__ = ["locate", "state_of_place"]

# A town this many times more populous than any namesake abroad is what an unqualified name means
# ("Paris" is the French capital, not Paris, Texas).
DOMINANCE = 5
_REGION = re.compile(r"^(?:the\s+)?(.+?)\s+(?:region|province|oblast|governorate|prefecture|district|county)$|"
                     r"^(?:eastern|western|northern|southern|central|north|south|east|west)(?:ern)?\s+(.+)$",
                     re.IGNORECASE)
# "Baghdad International Airport" is at Baghdad: a town's airport, port or base is placed at the town.
_AT_TOWN = re.compile(r"^(?:the\s+)?(.+?)\s+(?:international\s+)?(?:airport|port|air\s+base|naval\s+base)$",
                      re.IGNORECASE)
_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)


def locate(text: str, country: str | None) -> Location:
    """The place an event location names; coordinates left empty when it cannot be placed."""
    phrase, country = _split_country(text.strip(), country)
    for name, region in _readings(phrase):
        state = _country_named(name) or _seat_of(name)
        town = _town(name, country) if state is not None and country not in (None, state.iso3) else None
        if town is not None:  # the context's state has a town of that name: "the Bolivian city of Trinidad"
            return _at_town(text, town, "city")  # was placed at Port of Spain (newcomer review, session 21)
        if state is not None and country not in (None, state.iso3) and _region_of(name, country):
            return _at_capital(text, countries()[country])  # "Georgia" read as the US state was placed at
        if state is not None:  # Tbilisi: the place and the actor must agree (newcomer review, session 22)
            return _at_capital(text, state)
        country = country or _listed_country(name)
        if region and country is None:  # "East Asia", "West Africa": a direction of a continent, not a town
            continue
        town = _town(name, country)
        if town is not None:
            return _at_town(text, town, "region" if region else "city")
    known = countries().get(country or "")
    return _at_capital(text, known) if known else Location(text, country)


def state_of_place(name: str, towns: bool = True) -> str | None:
    """The ISO alpha-3 code of the one country a province, region or town name lies in, or None when no
    gazetteer knows it or it is ambiguous: the actors gazetteer first (countries, capitals, listed places),
    then GeoNames first-level regions ("Teleorman", "Jendouba Governorate"), then GeoNames towns (the
    most populous namesake only when it dwarfs every other, as in `locate`; not with `towns` False, for a
    name that may be a person's: many family names are also some town's)."""
    from detente.places.regions import region_states

    phrase = _ARTICLE.sub("", name.strip())
    bare = _REGION.match(phrase)
    for text in dict.fromkeys([phrase] + ([bare.group(1)] if bare and bare.group(1) else [])):
        code = _listed_country(text)
        regions = region_states().get(fold(text), frozenset())
        town = _town(text, None) if towns else None
        code = code or (_iso3(next(iter(regions))) if len(regions) == 1 else None) or (_iso3(town.iso2) if town else None)
        if code:
            return code
    return None


def _split_country(text: str, country: str | None) -> tuple[str, str | None]:
    """"Abuja, Nigeria" → ("Abuja", "NGA")."""
    head, comma, tail = text.rpartition(",")
    state = _country_named(_ARTICLE.sub("", tail.strip())) if comma else None
    return (head.strip(), state.iso3) if state is not None else (text, country)


def _readings(phrase: str) -> list[tuple[str, bool]]:
    """(name to look up, names a region) in order: the phrase itself ("North Korea" is a country, not the
    north of Korea), then the town a region or an airport is named after ("the Kherson region", "eastern
    Ladakh", "Baghdad International Airport")."""
    readings = [(_ARTICLE.sub("", phrase), False)]
    region, airport = _REGION.match(phrase), _AT_TOWN.match(phrase)
    if region:
        readings.append((_ARTICLE.sub("", region.group(1) or region.group(2)), True))
    elif airport:
        readings.append((_ARTICLE.sub("", airport.group(1)), False))
    return readings


def _listed_country(name: str) -> str | None:
    """The country of a seat of power or listed place the actors gazetteer knows ("White House")."""
    from detente.actors.gazetteer import country_of_place

    return country_of_place(name)


def _country_named(name: str, kind: str = "country") -> Country | None:
    from detente.actors.gazetteer import term_index

    codes = {t.code for t in term_index().get(name.lower(), ()) if t.kind == kind}
    return countries().get(codes.pop()) if len(codes) == 1 else None


def _seat_of(name: str) -> Country | None:
    """The state whose seat of power or organ a name is ("the White House", "the Kremlin"): it is placed at
    country precision, never at a town that happens to share the name (White House, Tennessee)."""
    return _country_named(name, "seat")


def _town(name: str, country: str | None) -> Town | None:
    """The town a name means: in `country` when known (by any of its names); else by its own name, the
    most populous namesake only when it dwarfs every other (two Springfields of one state are as
    ambiguous as two states' Tripolis)."""
    candidates = towns_by_name().get(fold(name), ())
    if country:
        iso2 = countries()[country].iso2 if country in countries() else None
        candidates = tuple(t for t in candidates if t.iso2 == iso2)
    else:  # with no country from context, a town's own name only: "Namanga" is not Namangan, "White House" not Casablanca
        candidates = tuple(t for t in candidates if fold(t.name) == fold(name))
    if not candidates:
        return None
    best, others = candidates[0], candidates[1:]
    return best if best.population >= DOMINANCE * max((t.population for t in others), default=0) else None


def _region_of(name: str, country: str) -> bool:
    """Whether `country` has a first-level region of that name (Georgia, US; Punjab, India)."""
    from detente.places.regions import region_states

    known = countries().get(country)
    return known is not None and known.iso2 in region_states().get(fold(name), frozenset())


def _iso3(iso2: str) -> str | None:
    return next((c.iso3 for c in countries().values() if c.iso2 == iso2), None)


def _at_town(text: str, town: Town, precision: str) -> Location:
    admin1 = f"{town.iso2}.{town.admin1}" if town.admin1 else None
    return Location(text, _iso3(town.iso2), round(town.latitude, 5), round(town.longitude, 5), admin1, precision,
                    town.geonameid)


def _at_capital(text: str, state: Country) -> Location:
    capital = next((t for t in towns_by_name().get(fold(state.capital), ()) if t.iso2 == state.iso2), None)
    if capital is None:
        return Location(text, state.iso3, geo_precision="country")
    return Location(text, state.iso3, round(capital.latitude, 5), round(capital.longitude, 5), None, "country",
                    None)
