"""Directed country pairs, the monthly series of one pair in both directions, and events per
located country: the aggregates behind the page's pairs table, pair chart and map, and behind
`detente plot`. Read-only; every function opens the file for one query batch and closes it.

A pair is directed (source → target): "Canada sanctions Nicaragua" and "Nicaragua rejects Canada"
are two rows, because who acts on whom is what an analyst reads a dyad for. Each row also sums the
Goldstein values of its events (-10 most conflictual … +10 most cooperative; each event's value is
that of its CAMEO code, detente.export.cameo), the net line of ICEWS- and GDELT-style dashboards.
"""
from __future__ import annotations

from detente.errors import ConfigError
from detente.export.cameo import cameo_of
from detente.records import BODY_CODES
from detente.store.db import opened
from detente.store.queries import EventFilter
from detente.web.extent import extent
from detente.web.quads import QUAD_CLASSES, quad_table
from detente.web.units import pair_source, source

WAIT_SECONDS = 3.0
_FROM = "FROM events e LEFT JOIN stories s USING (doc_id)"
_MONTH = "CASE WHEN length(e.date) >= 7 THEN substr(e.date, 1, 7) END"


def _empty_counts() -> dict:
    return {"events": 0, "cooperation": 0, "conflict": 0, "goldstein": 0.0, **{q: 0 for q in QUAD_CLASSES}}


def _add(counts: dict, event_type: str, mode: str | None, rule: str | None, n: int) -> None:
    """Count n events of one kind into a row: total, quad class, side, and the Goldstein sum."""
    counts["events"] += n
    quad = quad_table().get(event_type)
    if quad is not None:
        counts[quad.quad_class] += n
        counts[quad.side] += n
    cameo = cameo_of(event_type, mode, rule)
    if cameo is not None:
        counts["goldstein"] = round(counts["goldstein"] + n * cameo.goldstein, 2)


def directed_pairs(db: str, filt: EventFilter, limit: int, unit: str | None = None) -> dict:
    """Source → target pairs of two different known countries, busiest first, counting incidents
    (or event rows; see detente.web.units). Domestic ones (same country on both sides) are left out. An
    incident counts under each pair its reports name (units.pair_source)."""
    with opened(db, read_only=True, wait_seconds=WAIT_SECONDS) as con:
        src = pair_source(con, filt, unit)
        rows = con.execute(
            f"SELECT e.source_country, e.target_country, {src.kind}, count(*) {src.from_} WHERE {src.where} "
            "AND e.source_country IS NOT NULL AND e.target_country IS NOT NULL "
            "AND e.source_country <> e.target_country GROUP BY ALL", src.params).fetchall()
    pairs: dict[tuple[str, str], dict] = {}
    for source_country, target, *kind, n in rows:
        row = pairs.setdefault((source_country, target), {"source": source_country, "target": target,
                                                          "dyad": f"{source_country}-{target}", **_empty_counts()})
        _add(row, *kind, n)
    return {"unit": src.unit, "dyads": sorted(pairs.values(), key=lambda p: (-p["events"], p["dyad"]))[:limit]}


def pair_series(db: str, filt: EventFilter, unit: str | None = None) -> dict:
    """For the filter's dyad A-B: incidents (or event rows) per month in each direction (A→B and
    B→A), by quad class with the Goldstein sum, over one shared run of months so the two line up. An
    incident counts in each direction its reports name (units.pair_source)."""
    if not filt.dyad:
        raise ConfigError("the pair series needs a dyad, e.g. dyad=PAK-USA")
    a, b = (code.strip().upper() for code in filt.dyad.split("-"))
    with opened(db, read_only=True, wait_seconds=WAIT_SECONDS) as con:
        src = pair_source(con, filt, unit)
        rows = con.execute(f"SELECT e.source_country, {_MONTH} AS month, {src.kind}, count(*) {src.from_} "
                           f"WHERE {src.where} GROUP BY ALL", src.params).fetchall()
    dated = [r for r in rows if r[1]]
    months = month_range(min(r[1] for r in dated), max(r[1] for r in dated)) if dated else []
    directions = {}
    for from_country, to_country in ((a, b), (b, a)):
        per_month = {m: {"month": m, **_empty_counts()} for m in months}
        undated = _empty_counts()
        for src_country, month, *kind, n in rows:
            if src_country == from_country:
                _add(per_month[month] if month else undated, *kind, n)
        directions[f"{from_country}-{to_country}"] = {"source": from_country, "target": to_country,
                                                      "months": list(per_month.values()),
                                                      "undated_or_year_only": undated}
    return {"unit": src.unit, "dyad": f"{a}-{b}", "months": months, "directions": directions}


def month_range(first: str, last: str) -> list[str]:
    """Every month from first to last ("YYYY-MM"), so empty months show as gaps, not as nothing."""
    year, month = int(first[:4]), int(first[5:7])
    months = []
    while (key := f"{year:04d}-{month:02d}") <= last:
        months.append(key)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def located(db: str, filt: EventFilter, unit: str | None = None, max_points: int = 2000) -> dict:
    """Incidents (or event rows; see detente.web.units) per country where they happened, by quad class,
    and the places below country level that have coordinates (points); those with no located country
    are counted apart so the map does not pretend to show everything. The map counted event rows while
    the pairs beside it counted incidents, so one widely reported clash shaded a country ten times
    (session 7 review): it now counts the unit the pairs and the timeline count."""
    with opened(db, read_only=True, wait_seconds=WAIT_SECONDS) as con:
        src = source(con, filt, unit)
        rows = con.execute(f"SELECT e.location_country, {src.kind}, count(*) {src.from_} WHERE {src.where} "
                           "GROUP BY ALL", src.params).fetchall()
        points = _points(con, src, max_points) if _has_coordinates(con) else []
    countries: dict[str, dict] = {}
    unlocated = 0
    for country, *kind, n in rows:
        if not country:
            unlocated += n
            continue
        _add(countries.setdefault(country, {"country": country, **_empty_counts()}), *kind, n)
    basis = "places"
    if not countries and unlocated:
        # No row has a place (a corpus of one-line briefs, or a filter on such events): an empty map read
        # as "nothing happened" (session 9 newcomer pass), so shade the countries taking part instead, and
        # say so (basis "parties"); the page's note and legend name what the shading counts.
        basis, countries = "parties", _by_parties(db, filt, unit)
    ranked = sorted(countries.values(), key=lambda c: (-c["events"], c["country"]))
    return {"unit": src.unit, "basis": basis, "countries": ranked, "unlocated": unlocated, "points": points,
            "extent": extent([c["country"] for c in ranked], points)}


def _by_parties(db: str, filt: EventFilter, unit: str | None) -> dict[str, dict]:
    """Incidents (or events) per country on either side of them, each counted once per country. An incident
    takes the sides of every pair its reports name that the filter keeps (units.pair_source): under a BOL-PER
    filter, "Bolivia asked Argentina and Peru" (BOL -> ARG) shaded Argentina, not Peru (newcomer review, s15)."""
    countries: dict[str, dict] = {}
    with opened(db, read_only=True, wait_seconds=WAIT_SECONDS) as con:
        src = source(con, filt, unit)
        if src.unit == "incidents":
            rows = _incident_parties(con, pair_source(con, filt, unit))
        else:
            rows = []
            for side, other in (("source_country", "NULL"), ("target_country", "e.source_country")):
                rows += con.execute(f"SELECT e.{side}, {src.kind}, count(*) {src.from_} WHERE {src.where} "
                                    f"AND e.{side} IS NOT NULL AND e.{side} IS DISTINCT FROM {other} GROUP BY ALL",
                                    src.params).fetchall()
    for country, *kind, n in rows:
        if country not in BODY_CODES:  # NATO, the UN: no land to shade
            _add(countries.setdefault(country, {"country": country, **_empty_counts()}), *kind, n)
    return countries


def _incident_parties(con, src) -> list[tuple]:
    """(country, type, mode, NULL, incidents) over both sides of the pairs `src` keeps, an incident once a country."""
    sides = " UNION ".join(f"SELECT e.incident_id, e.{side} AS country, e.event_type, e.mode {src.from_} "
                           f"WHERE {src.where}" for side in ("source_country", "target_country"))
    return con.execute(f"SELECT country, event_type, mode, NULL, count(DISTINCT incident_id) FROM ({sides}) "
                       "GROUP BY ALL HAVING country IS NOT NULL", src.params * 2).fetchall()


def _has_coordinates(con) -> bool:
    # A file written before coordinates existed has no such columns until its next write (the web
    # and `detente plot` open it read-only and never add them).
    names = {row[0] for row in con.execute("DESCRIBE events").fetchall()}
    return {"location_lat", "location_lon", "geo_precision"} <= names


def _points(con, src, limit: int) -> list[dict]:
    """Places finer than a country (a town or a region), busiest first: a point at the country's
    centre would only repeat the shading. Incidents have no coordinates of their own: a place counts
    the matching incidents that one of its located reports names."""
    if src.unit == "incidents":
        where = f"e.incident_id IN (SELECT e.incident_id {src.from_} WHERE {src.where})"
        count, from_ = "count(DISTINCT e.incident_id)", _FROM
    else:
        where, count, from_ = src.where, "count(*)", src.from_
    rows = con.execute(
        f"SELECT e.location_text, e.location_country, e.location_lat, e.location_lon, e.geo_precision, {count} AS n "
        f"{from_} WHERE {where} AND e.location_lat IS NOT NULL AND e.location_lon IS NOT NULL "
        "AND e.geo_precision IS DISTINCT FROM 'country' GROUP BY ALL ORDER BY n DESC, e.location_text LIMIT ?",
        src.params + [limit]).fetchall()
    return [{"place": place, "country": country, "lat": round(lat, 3), "lon": round(lon, 3), "precision": precision,
             "events": n} for place, country, lat, lon, precision, n in rows]
