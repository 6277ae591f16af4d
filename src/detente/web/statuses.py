"""How many of the rows a chart draws are not reported as having happened. The page's timeline and pair series
and `detente plot` stack rows by quad class whatever their status, so a denied shelling is drawn as material
conflict and adds its Goldstein value; the page says so under its timeline and `plot` on standard error, as
`export --format gdelt` does for its rows (session 32 newcomer: a pair's only "material conflict" from one side
was two denials of shelling). A figure file carries the same sentence under it (session 33 newcomer: the note on
standard error was lost once the PNG was pasted into a report), and the map says it too."""
from __future__ import annotations

from detente.store.db import opened
from detente.store.queries import EventFilter
from detente.web.units import source

# Rows dated to a month at least: the ones the pair series and the timeline can place (the others are counted
# apart or left out). The map draws the rows with a located country instead (web.series.located).
_DATED = "length(e.date) >= 7"
_LOCATED = "e.location_country IS NOT NULL"


def unsure_drawn(db: str, filt: EventFilter, unit: str | None = None,
                 figure: str = "timeline") -> tuple[str, dict[str, int]]:
    """The unit the figures count (incidents or events) and, for each status other than asserted, how many
    of the rows `figure` (dyad, timeline or map) draws have it; nothing when --status chose the rows."""
    with opened(db, read_only=True) as con:
        src = source(con, filt, unit)
        if filt.status:
            return src.unit, {}
        drawn = _drawn(con, src, figure)
        rows = con.execute(f"SELECT e.status, count(*) {src.from_} WHERE {src.where} AND {drawn} "
                           "AND e.status <> 'asserted' GROUP BY 1 ORDER BY 1", src.params).fetchall()
    return src.unit, {status: n for status, n in rows if n}


def _drawn(con, src, figure: str) -> str:
    """The condition of the rows a figure draws: month-dated ones, or on the map the located ones; a map with
    no located row shades the countries taking part in every row (series.located, basis "parties")."""
    if figure != "map":
        return _DATED
    located = con.execute(f"SELECT count(*) {src.from_} WHERE {src.where} AND {_LOCATED}", src.params).fetchone()[0]
    return _LOCATED if located else "true"


def unsure_sentence(unit: str, statuses: dict[str, int]) -> str:
    """'counts 1 negated and 2 pending incidents as if they happened (…)': the words of the page's note, the
    command's standard error and the figure's own footnote."""
    said = " and ".join(f"{n} {status}" for status, n in statuses.items())
    one = sum(statuses.values()) == 1
    return (f"counts {said} {unit[:-1] if one else unit} as if {'it' if one else 'they'} happened (negated: "
            f"denied or said not done; pending: announced, planned or threatened)")
