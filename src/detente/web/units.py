"""What the page's counts count: event rows (every report), or incidents (one row per real-world
event, grouped from its reports by the incidents stage). Counting reports lets one widely covered
clash outweigh ten that one outlet reported, so pairs, their series and the timeline count incidents
when the database has them; `unit=events` asks for reports instead.

Incidents are filtered on their own type, status, date and confidence (same column names as on events);
a country, pair or story filter keeps the incidents one of whose reports matches, as `detente incidents`
does (detente.store.queries.reported_condition). The pairs table and a pair's series count an incident
under each pair its reports name (`pair_source`): "Bolivia asked Argentina and Peru" counts once under
BOL-ARG and once under BOL-PER."""
from __future__ import annotations

import dataclasses

from detente.errors import ConfigError
from detente.store.queries import EventFilter, reported_condition

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
    where, params = dataclasses.replace(filt, country=None, dyad=None, story_id=None, doc_id=None).where()
    reported, more = reported_condition(filt)
    return Source("incidents", "FROM incidents e", where + reported, params + more, "e.event_type, e.mode, NULL")


# One row per incident and pair (both sides known) its reports name, with the incident's own columns.
_INCIDENT_PAIRS = ("FROM (SELECT DISTINCT i.incident_id, i.event_type, i.mode, i.status, i.date, i.confidence, "
                   "r.source_country, r.target_country FROM incidents i JOIN events r USING (incident_id) "
                   "WHERE r.source_country IS NOT NULL AND r.target_country IS NOT NULL) e")


def pair_source(con, filt: EventFilter, unit: str | None) -> Source:
    """As `source`, for counts by pair: an incident is a row under each pair its reports name, so a
    country or pair filter applies to that pair (the event rows' reading of it); event rows are as in
    `source`."""
    src = source(con, filt, unit)
    if src.unit != "incidents":
        return src
    where, params = dataclasses.replace(filt, story_id=None, doc_id=None).where()
    story, more = reported_condition(EventFilter(story_id=filt.story_id, doc_id=filt.doc_id))
    return Source("incidents", _INCIDENT_PAIRS, where + story, params + more, "e.event_type, e.mode, NULL")
