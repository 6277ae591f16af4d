"""What the page's counts count: event rows (every report), or incidents (one row per real-world
event, grouped from its reports by the incidents stage). Counting reports lets one widely covered
clash outweigh ten that one outlet reported, so pairs, their series and the timeline count incidents
when the database has them; `unit=events` asks for reports instead.

Incidents are filtered on their own columns (type, status, date, source and target countries, which
have the same names as on events); a story filter keeps the incidents that story reports."""
from __future__ import annotations

import dataclasses

from detente.errors import ConfigError
from detente.store.queries import EventFilter

UNITS = ("incidents", "events")
EVENT_FROM = "FROM events e LEFT JOIN stories s USING (doc_id)"


@dataclasses.dataclass(frozen=True, slots=True)
class Source:
    """A unit's rows as SQL: FROM clause, WHERE condition and parameters, and the columns an event
    kind's CAMEO code (and so its Goldstein value) depends on."""
    unit: str
    from_: str
    where: str
    params: list
    kind: str


def has_incidents(con) -> bool:
    """True when the file has an incidents table with rows and events name their incident."""
    tables = {row[0] for row in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    if "incidents" not in tables:
        return False
    columns = {row[0] for row in con.execute("DESCRIBE events").fetchall()}
    return "incident_id" in columns and con.execute("SELECT count(*) FROM incidents").fetchone()[0] > 0


def source(con, filt: EventFilter, unit: str | None) -> Source:
    """The rows to count for a request: incidents when asked for, or by default when the file has
    them; else event rows. Raises ConfigError for an unknown unit, or incidents the file lacks."""
    if unit not in (None, "", *UNITS):
        raise ConfigError(f"unit {unit!r}: use incidents or events")
    available = has_incidents(con)
    if unit == "incidents" and not available:
        raise ConfigError("unit 'incidents': this database has no incidents yet; use unit=events")
    if unit == "events" or not available:
        where, params = filt.where()
        return Source("events", EVENT_FROM, where, params, "e.event_type, e.mode, e.rule")
    where, params = dataclasses.replace(filt, story_id=None, doc_id=None).where()
    if filt.story_id:
        where += (" AND e.incident_id IN (SELECT r.incident_id FROM events r JOIN stories s USING (doc_id) "
                  "WHERE s.story_id = ?)")
        params = params + [filt.story_id]
    return Source("incidents", "FROM incidents e", where, params, "e.event_type, e.mode, NULL")
