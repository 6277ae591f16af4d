"""Why a filtered list came back empty: which filter matches nothing on its own, or which one to drop.

A newcomer's `detente events --country PRK` printed an empty table and "0 events", which does not say
whether North Korea is in no report at all or only not in the reports the other filters kept (newcomer19,
session 30). This module answers that with counts, filter by filter; the CLI prints the answer as a note.
"""
from __future__ import annotations

import dataclasses

from detente.store.db import opened
from detente.store.queries import DISPUTED, EventFilter, count_rows, incident_where

# EventFilter field → the option that sets it, in the order the commands list them. --since and --until
# are one date range: dropping only one of them would be a different question.
OPTIONS = (("country", "--country"), ("dyad", "--dyad"), ("event_type", "--type"), ("dates", "--since/--until"),
           ("status", "--status"), ("min_confidence", "--min-confidence"), ("doc_id", "--doc"),
           ("story_id", "--story"))
_DATES = ("since", "until")


def why_empty(db: str, filt: EventFilter, what: str = "event", disputed: bool = False) -> str | None:
    """One sentence on why nothing matched `filt` (`what`: "event" or "incident"), or None when the
    database has rows the filter would keep (nothing to explain)."""
    given = [(field, option) for field, option in OPTIONS if _set(filt, field)]
    everything = _matches(db, EventFilter(include_undated=True), what, disputed)
    if not everything:
        return f"no {_one(what, disputed)} in this database" + (" at all" if given else "")
    if not given or _matches(db, filt, what, disputed):
        return None
    alone = [field for field, _option in given if not _matches(db, _only(filt, field), what, disputed)]
    if alone:
        named = " and ".join(_stated(filt, field) for field in alone)
        return f"{named} {'matches' if len(alone) == 1 else 'each match'} no {_one(what, disputed)} of this " \
               f"database ({everything:,} in all{_context(db, alone)})"
    freeing = [(field, n) for field, _option in given if (n := _matches(db, _without(filt, field), what, disputed))]
    hints = "; ".join(f"without {_stated(filt, field)}, {n} would" for field, n in freeing)
    return f"each filter matches some {_one(what, disputed)}s, but not together" + (f": {hints}" if hints else "")


def _one(what: str, disputed: bool) -> str:
    return ("disputed " if disputed else "") + what


def _context(db: str, fields: list[str]) -> str:
    """What the database does hold, for the filters that matched nothing: its countries, its date span."""
    return (_countries(db) if {"country", "dyad"} & set(fields) else "") + (_span(db) if "dates" in fields else "")


def _span(db: str) -> str:
    """'; dated 2019-03 to 2024-11-02' (an event's date has its own precision, so the ends are as stored)."""
    with opened(db, read_only=True) as con:
        first, last = con.execute("SELECT min(date), max(date) FROM events WHERE date <> ''").fetchone()
    return f"; dated {first} to {last}" if first else "; none of them dated"


def _countries(db: str, shown: int = 6) -> str:
    """'; the most reported countries: GHA 12, TGO 9, …' (what a mistyped or absent country could be)."""
    with opened(db, read_only=True) as con:
        rows = con.execute("SELECT c, count(*) n FROM (SELECT source_country c FROM events UNION ALL SELECT "
                           "target_country FROM events) WHERE c IS NOT NULL GROUP BY c ORDER BY n DESC, c "
                           f"LIMIT {shown}").fetchall()
    return "; the most named countries: " + ", ".join(f"{c} {n}" for c, n in rows) if rows else ""


def _stated(filt: EventFilter, field: str) -> str:
    """The option as the user gave it: "--country PRK", "--since 2030 --until 2031"."""
    if field == "dates":
        return " ".join(f"--{f} {getattr(filt, f)}" for f in _DATES if getattr(filt, f))
    option = dict(OPTIONS)[field]
    return f"{option} {getattr(filt, field)}"


def _set(filt: EventFilter, field: str) -> bool:
    if field == "dates":
        return any(getattr(filt, f) for f in _DATES)
    return getattr(filt, field) is not None


def _only(filt: EventFilter, field: str) -> EventFilter:
    """The filter with only `field` (and the undated choice, for a date range) kept."""
    keep = _DATES if field == "dates" else (field,)
    return EventFilter(**{f: getattr(filt, f) for f in keep}, include_undated=filt.include_undated)


def _without(filt: EventFilter, field: str) -> EventFilter:
    drop = _DATES if field == "dates" else (field,)
    return dataclasses.replace(filt, **{f: None for f in drop})


def _matches(db: str, filt: EventFilter, what: str, disputed: bool) -> int:
    if what == "incident":
        where, params = incident_where(filt)
        return count_rows(db, f"incidents e WHERE {where}{DISPUTED if disputed else ''}", params)
    where, params = filt.where()
    return count_rows(db, f"events e LEFT JOIN stories s USING (doc_id) WHERE {where}", params)
