"""Directed country pairs, the monthly series of one pair in both directions, and events per
located country: the aggregates behind the page's pairs table, pair chart and map, and behind
`detente plot`. Read-only; every function opens the file for one query batch and closes it.

A pair is directed (source → target): "Canada sanctions Nicaragua" and "Nicaragua rejects Canada"
are two rows, because who acts on whom is what an analyst reads a dyad for. The net score weights
each event by its quad class (data/quad_weights.tsv), so it can be swapped for a per-type
Goldstein table without changing its readers.
"""
from __future__ import annotations

from detente.errors import ConfigError
from detente.store.db import opened
from detente.store.queries import EventFilter
from detente.web.quads import QUAD_CLASSES, quad_table, quad_weight

WAIT_SECONDS = 3.0
_FROM = "FROM events e LEFT JOIN stories s USING (doc_id)"
_MONTH = "CASE WHEN length(e.date) >= 7 THEN substr(e.date, 1, 7) END"


def _empty_counts() -> dict:
    return {"events": 0, "cooperation": 0, "conflict": 0, "net": 0.0, **{q: 0 for q in QUAD_CLASSES}}


def _add(counts: dict, event_type: str, n: int) -> None:
    """Count n events of one type into a row: total, its quad class, its side and the net score."""
    counts["events"] += n
    quad = quad_table().get(event_type)
    if quad is not None:
        counts[quad.quad_class] += n
        counts[quad.side] += n
        counts["net"] = round(counts["net"] + n * quad_weight(quad.quad_class), 3)


def directed_pairs(db: str, filt: EventFilter, limit: int) -> list[dict]:
    """Source → target pairs of two different known countries, busiest first. Domestic events
    (same country on both sides) are not pairs and are left out."""
    where, params = filt.where()
    with opened(db, read_only=True, wait_seconds=WAIT_SECONDS) as con:
        rows = con.execute(
            f"SELECT e.source_country, e.target_country, e.event_type, count(*) {_FROM} WHERE {where} "
            "AND e.source_country IS NOT NULL AND e.target_country IS NOT NULL "
            "AND e.source_country <> e.target_country GROUP BY ALL", params).fetchall()
    pairs: dict[tuple[str, str], dict] = {}
    for source, target, event_type, n in rows:
        row = pairs.setdefault((source, target), {"source": source, "target": target,
                                                  "dyad": f"{source}-{target}", **_empty_counts()})
        _add(row, event_type, n)
    return sorted(pairs.values(), key=lambda p: (-p["events"], p["dyad"]))[:limit]


def pair_series(db: str, filt: EventFilter) -> dict:
    """For the filter's dyad A-B: events per month in each direction (A→B and B→A), by quad class
    with the net score, over one shared run of months so the two directions line up."""
    if not filt.dyad:
        raise ConfigError("the pair series needs a dyad, e.g. dyad=PAK-USA")
    where, params = filt.where()
    a, b = (code.strip().upper() for code in filt.dyad.split("-"))
    with opened(db, read_only=True, wait_seconds=WAIT_SECONDS) as con:
        rows = con.execute(f"SELECT e.source_country, {_MONTH} AS month, e.event_type, count(*) {_FROM} "
                           f"WHERE {where} GROUP BY ALL", params).fetchall()
    dated = [r for r in rows if r[1]]
    months = month_range(min(r[1] for r in dated), max(r[1] for r in dated)) if dated else []
    directions = {}
    for source, target in ((a, b), (b, a)):
        per_month = {m: {"month": m, **_empty_counts()} for m in months}
        undated = _empty_counts()
        for src, month, event_type, n in rows:
            if src == source:
                _add(per_month[month] if month else undated, event_type, n)
        directions[f"{source}-{target}"] = {"source": source, "target": target,
                                            "months": list(per_month.values()), "undated_or_year_only": undated}
    return {"dyad": f"{a}-{b}", "months": months, "directions": directions}


def month_range(first: str, last: str) -> list[str]:
    """Every month from first to last ("YYYY-MM"), so empty months show as gaps, not as nothing."""
    year, month = int(first[:4]), int(first[5:7])
    months = []
    while (key := f"{year:04d}-{month:02d}") <= last:
        months.append(key)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def located(db: str, filt: EventFilter) -> dict:
    """Events per country where they happened (the event's location), by quad class; events with
    no located country are counted apart so the map does not pretend to show everything."""
    where, params = filt.where()
    with opened(db, read_only=True, wait_seconds=WAIT_SECONDS) as con:
        rows = con.execute(f"SELECT e.location_country, e.event_type, count(*) {_FROM} WHERE {where} GROUP BY ALL",
                           params).fetchall()
    countries: dict[str, dict] = {}
    unlocated = 0
    for country, event_type, n in rows:
        if not country:
            unlocated += n
            continue
        _add(countries.setdefault(country, {"country": country, **_empty_counts()}), event_type, n)
    ranked = sorted(countries.values(), key=lambda c: (-c["events"], c["country"]))
    return {"countries": ranked, "unlocated": unlocated}
