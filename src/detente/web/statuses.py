"""How many of the rows a chart draws are not reported as having happened. The page's timeline and pair series
and `detente plot` stack rows by quad class whatever their status, so a denied shelling is drawn as material
conflict and adds its Goldstein value; the page says so under its timeline and `plot` on standard error, as
`export --format gdelt` does for its rows (session 32 newcomer: a pair's only "material conflict" from one side
was two denials of shelling)."""
from __future__ import annotations

from detente.store.db import opened
from detente.store.queries import EventFilter
from detente.web.units import source

# Rows dated to a month at least: the ones a figure can place (the others are counted apart or left out).
_DRAWN = "length(e.date) >= 7"


def unsure_drawn(db: str, filt: EventFilter, unit: str | None = None) -> tuple[str, dict[str, int]]:
    """The unit the figures count (incidents or events) and, for each status other than asserted, how many
    of the filter's month-dated rows have it; nothing when --status chose the rows."""
    with opened(db, read_only=True) as con:
        src = source(con, filt, unit)
        if filt.status:
            return src.unit, {}
        rows = con.execute(f"SELECT e.status, count(*) {src.from_} WHERE {src.where} AND {_DRAWN} "
                           "AND e.status <> 'asserted' GROUP BY 1 ORDER BY 1", src.params).fetchall()
    return src.unit, {status: n for status, n in rows if n}
