"""The incidents stage's reads and writes one slice of stories at a time (incidents/slices.py says why no
incident crosses two slices): its memory is bounded by a slice, not by the corpus.

Session 14 (issue #13): run alone on the finished 50,000-document database (819,985 events, 689,067
incidents), the stage held every report, its group and its incident at once and peaked at 1,452 MB.
"""
from __future__ import annotations

from collections.abc import Sequence

from detente.incidents.slices import DayKey, may_pin, story_slices
from detente.records import Incident, StoredReport
from detente.store import dataset, rows
from detente.store.claim_labels import labelled
from detente.store.db import every_event_as, insert_all, opened, reports, transaction, write_incidents

# Events grouped and written per slice. The stage alone at 50,000 documents (819,985 events, one run each on
# a loaded machine): slices of 20,000 events 98.2 CPU s / 349 MB, of 50,000 95.9 / 395 MB, of 100,000 88.7 /
# 471 MB, the whole corpus at once 115.3 / 1,454 MB (side by side under one load: 92.9 / 1,453 against 93.2 /
# 401 at 50,000, so about the same time). Each slice reads the events table once more (1.5-2 s),
# and its write (DuckDB's, under the 256 MB write limit) is the peak of a slice.
INCIDENT_EVENTS = 50_000

# A report's story as group.py keys it: `story_id or doc_id`
STORY_KEY = "COALESCE(NULLIF(s.story_id, ''), e.doc_id)"
_IN_SLICE = f" WHERE {STORY_KEY} IN (SELECT unnest(?::VARCHAR[]))"
# The days its reports may state, per story and block (slices.may_pin as SQL, checked again by may_pin)
_DAYS = (f"SELECT DISTINCT {STORY_KEY}, e.event_type, e.source_country, e.target_country, e.date, e.status, "
         "e.date_source FROM events e LEFT JOIN stories s USING (doc_id) WHERE e.status = 'asserted' "
         "AND e.date_source = 'sentence' AND length(e.date) = 10")
_SIZES = f"SELECT {STORY_KEY}, count(*) FROM events e LEFT JOIN stories s USING (doc_id) GROUP BY 1"

Slice = Sequence[str] | None  # the story keys of one slice; None: every event


def incident_slices(path: str, events: int | None = None) -> list[Slice]:
    """Slices of story keys that cannot share an incident, each of at most `events` (INCIDENT_EVENTS) events
    but for one set of joined stories larger than that. A Parquet dataset is one slice (its incidents are
    one file, replaced whole: dataset.write_incidents), and so is a database without events."""
    if dataset.is_dataset(path):
        return [None]
    with opened(path, must_exist=False) as con:
        found = con.execute(_DAYS).fetchall()
        sizes = con.execute(_SIZES).fetchall()
    days: list[DayKey] = [(story, kind, source, target, day) for story, kind, source, target, day, status, date_source
                          in found if may_pin(status, date_source, day)]
    return story_slices(days, sizes, events or INCIDENT_EVENTS) or [None]


def slice_reports(path: str, stories: Slice) -> list[StoredReport]:
    """The reports of the events of `stories` (every event: None), as store.reports reads them."""
    if stories is None:
        return reports(path)
    parts: dict = {}
    return list(every_event_as(path, rows.REPORT_SELECT + _IN_SLICE, lambda row: rows.stored_report_from_row(row, parts),
                                shared=rows.REPORT_KEPT, params=[list(stories)]))


def write_incident_slice(path: str, incidents: list[Incident], stories: Slice) -> None:
    """The incidents of the events of `stories`, in one transaction: the incidents those events pointed at
    are replaced by these, and each event points at its new one (every event of the slice is in one of
    `incidents`). None: every incident (store.write_incidents). After every slice, drop_stale_incidents.
    A source with no outlet or URL is stored by its report's name (claim_labels, as store.write_incidents does)."""
    if stories is None:
        return write_incidents(path, incidents)
    incidents = labelled(path, incidents)
    with transaction(path) as con:
        con.execute("CREATE TEMP TABLE new_members (event_id VARCHAR, incident_id VARCHAR)")
        insert_all(con, "new_members", ("event_id", "incident_id"),
                    ((e, i.incident_id) for i in incidents for e in i.event_ids), mode="")
        con.execute("DELETE FROM incidents WHERE incident_id IN (SELECT e.incident_id FROM events e JOIN new_members "
                    "USING (event_id)) OR incident_id IN (SELECT incident_id FROM new_members)")
        insert_all(con, "incidents", rows.INCIDENT_COLUMNS, map(rows.incident_row, incidents))
        con.execute("UPDATE events SET incident_id = n.incident_id FROM new_members n WHERE events.event_id = n.event_id "
                    "AND events.incident_id IS DISTINCT FROM n.incident_id")  # a rerun rewrites nothing
        con.execute("DROP TABLE new_members")


def drop_stale_incidents(path: str) -> None:
    """Delete the incidents no event points at any more (those of events deleted since the last run); a
    Parquet dataset's were replaced whole."""
    if dataset.is_dataset(path):
        return
    with transaction(path) as con:
        con.execute("DELETE FROM incidents WHERE incident_id NOT IN "
                    "(SELECT incident_id FROM events WHERE incident_id IS NOT NULL)")
