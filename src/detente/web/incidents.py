"""Incidents for the page: one row per real-world event with its number of reports and outlets and
whether its reports contradict each other, and the reports of one incident (sentence, outlet, date,
status), each a click away from its evidence. Read from the `incidents` table and `events.incident_id`
(written by the incidents stage); a database without them answers `available: false`."""
from __future__ import annotations

import json

from detente.errors import NotFound
from detente.store.db import opened
from detente.store.queries import (DISPUTED, DOCUMENT_SOURCE, INCIDENT_ORDER, OTHER_PAIRS, EventFilter, report_label,
                                   report_labels, source_labels)
from detente.store.rows import date_start
from detente.web.quads import quad_table
from detente.web.units import has_incidents, source

WAIT_SECONDS = 3.0
_FIELDS = ("incident_id", "event_type", "mode", "status", "date", "date_precision", "source_country",
           "source_sector", "target_country", "target_sector", "location_text", "location_country",
           "n_mentions", "n_documents", "n_outlets", "first_reported", "last_reported", "confidence", "contradictions")


def _incident(row: dict) -> dict:
    quad = quad_table().get(row["event_type"])
    try:
        contradictions = json.loads(row["contradictions"] or "[]")
    except ValueError:  # written by something else: show that there is a problem, not a crash
        contradictions = [{"field": "?", "claims": [], "note": "unreadable contradictions"}]
    start = date_start(row.get("date"))  # as the table's date_start, also from a file written before it had one
    return {**{k: row.get(k) for k in _FIELDS}, "date_start": start.isoformat() if start else None,
            "other_pairs": list(row.get("other_pairs") or ()),
            "quad_class": quad.quad_class if quad else None,
            "contradictions": contradictions, "contradicted": bool(contradictions)}


def list_incidents(db: str, filt: EventFilter, limit: int, offset: int, disputed: bool = False) -> dict:
    """Incidents matching the filters (on their own type, status and date; on any report's countries),
    newest first, then the most reported; those with no country on either side last. `disputed`: only those
    whose sources disagree (the page had no such filter, only the marker in each row: newcomer review,
    session 19), applied before the page's limit as the CLI's --disputed is."""
    with opened(db, read_only=True, wait_seconds=WAIT_SECONDS) as con:
        if not has_incidents(con):
            return {"available": False, "total": 0, "limit": limit, "offset": offset, "disputed": disputed,
                    "incidents": []}
        src = source(con, filt, "incidents")
        where = src.where + (DISPUTED if disputed else "")
        total = con.execute(f"SELECT count(*) {src.from_} WHERE {where}", src.params).fetchone()[0]
        cur = con.execute(f"SELECT {', '.join('e.' + f for f in _FIELDS)}, {OTHER_PAIRS} {src.from_} "
                          f"WHERE {where} ORDER BY {INCIDENT_ORDER} LIMIT ? OFFSET ?", src.params + [limit, offset])
        rows = [dict(zip((*_FIELDS, "other_pairs"), r)) for r in cur.fetchall()]
    listed = [_incident(r) for r in rows]
    claims = [k for i in listed for c in i["contradictions"] for k in c.get("claims") or ()]
    if any(o.startswith(DOCUMENT_SOURCE) for k in claims for o in k.get("outlets") or ()):  # the row's tooltip
        labels = report_labels(db, [d for k in claims for d in k.get("doc_ids") or ()])
        _name_sources(listed, labels)
    return {"available": True, "total": total, "limit": limit, "offset": offset, "disputed": disputed,
            "incidents": listed}


def _name_sources(incidents: list[dict], labels: dict[str, str | None]) -> None:
    """Each claim's sources as the reports are named (store.queries.source_labels), in place."""
    for claim in (k for i in incidents for c in i["contradictions"] for k in c.get("claims") or ()):
        claim["outlets"] = list(source_labels(claim.get("outlets") or (), labels))


_REPORT = ("event_id", "doc_id", "event_type", "status", "date", "source_country", "target_country", "sentence",
           "trig", "confidence", "outlet", "title", "url", "published", "path", "line")


def incident_detail(db: str, incident_id: str) -> dict:
    """One incident and its reports (event rows), earliest published first."""
    with opened(db, read_only=True, wait_seconds=WAIT_SECONDS) as con:
        if not has_incidents(con):
            raise NotFound("this database has no incidents yet")
        cur = con.execute(f"SELECT {', '.join('e.' + f for f in _FIELDS)}, {OTHER_PAIRS} FROM incidents e "
                          "WHERE e.incident_id = ?", [incident_id])
        head = cur.fetchone()
        if head is None:
            raise NotFound(f"no incident {incident_id!r} in this database; incident ids come from /api/incidents")
        reports = con.execute(
            "SELECT e.event_id, e.doc_id, e.event_type, e.status, e.date, e.source_country, e.target_country, "
            "e.sentence, e.trig, e.confidence, d.outlet, d.title, d.url, d.published, d.path, d.line FROM events e "
            "LEFT JOIN documents d USING (doc_id) WHERE e.incident_id = ? "
            "ORDER BY d.published NULLS LAST, e.doc_id, e.trigger_start, e.event_id", [incident_id]).fetchall()
    listed = [_report(dict(zip(_REPORT, r))) for r in reports]
    incident = _incident(dict(zip((*_FIELDS, "other_pairs"), head)))
    _name_sources([incident], {r["doc_id"]: r["label"] for r in listed})
    return {"incident": incident, "reports": listed}


def _report(row: dict) -> dict:
    named = {("trigger" if k == "trig" else k): v for k, v in row.items()}
    return {**named, "label": report_label(row["outlet"], row["url"], row["path"], row["line"])}
