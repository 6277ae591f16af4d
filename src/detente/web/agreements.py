"""Named agreements for the page: each with its parties and a dated lifecycle from proposed to
signed, approved, in force, suspended or expired, every dated step pointing at the event that
reported it. Read from the `agreements` and `agreement_stages` tables of the shared contract; a
database without them answers `available: false`."""
from __future__ import annotations

import json

from detente.agreements.lifecycle import ORDER as STAGES  # the lifecycle in its order, as the stage writes it
from detente.errors import NotFound
from detente.store.agreement_queries import lifecycle_steps
from detente.store.db import opened
from detente.store.queries import EventFilter

WAIT_SECONDS = 3.0
# A stage written otherwise ("in force", "Ratified") is read onto the lifecycle.
_SAME = {"ratified": "approved", "in_effect": "in_force", "entered_into_force": "in_force", "terminated": "expired"}
_FIELDS = ("agreement_id", "name", "aliases", "parties", "first_date", "last_date", "stage")


def stage_name(value: str | None) -> str | None:
    if not value:
        return None
    key = value.strip().lower().replace(" ", "_").replace("-", "_")
    return _SAME.get(key, key)


def _names(value) -> list[str]:
    """A list column however it was stored: comma-separated text (the agreements stage), a DuckDB
    list, or a JSON list."""
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    try:
        parsed = json.loads(value)
        return [str(v) for v in parsed] if isinstance(parsed, list) else [str(parsed)]
    except ValueError:
        return [part.strip() for part in str(value).split(",") if part.strip()]


def _available(con) -> bool:
    """The file has the agreements tables (a file written before them does not) and at least one agreement."""
    tables = {row[0] for row in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    if not {"agreements", "agreement_stages"} <= tables:
        return False
    return con.execute("SELECT count(*) FROM agreements").fetchone()[0] > 0


def list_agreements(db: str, filt: EventFilter, limit: int, offset: int = 0) -> dict:
    """Agreements whose parties include the filter's country (or both of its dyad) and whose dates
    overlap since/until, most recently active first, each with its dated steps in lifecycle order."""
    with opened(db, read_only=True, wait_seconds=WAIT_SECONDS) as con:
        if not _available(con):
            return {"available": False, "stages": list(STAGES), "agreements": []}
        heads = [dict(zip(_FIELDS, r)) for r in con.execute(
            f"SELECT {', '.join(_FIELDS)} FROM agreements ORDER BY last_date DESC NULLS LAST, name").fetchall()]
        steps = con.execute("SELECT agreement_id, stage, date, date_precision, event_id, doc_id FROM agreement_stages "
                            "ORDER BY date NULLS LAST, event_id").fetchall()
    by_id: dict[str, list[dict]] = {}
    for agreement_id, stage, date, precision, event_id, doc_id in steps:
        by_id.setdefault(agreement_id, []).append({"stage": stage_name(stage), "date": date,
                                                   "date_precision": precision, "event_id": event_id, "doc_id": doc_id})
    rows = [agreement_view(h, by_id.get(h["agreement_id"], [])) for h in heads]
    kept = [r for r in rows if _matches(r, filt)]
    return {"available": True, "stages": shown_stages(kept), "total": len(kept), "offset": offset,
            "agreements": kept[offset:offset + limit]}


def agreement_detail(db: str, agreement_id: str) -> dict:
    """One agreement with its dated steps, each with the sentence, outlet and publication date of the report
    that dates it: what the page opens for a link to one agreement (#agreement=ID), whatever the filters."""
    with opened(db, read_only=True, wait_seconds=WAIT_SECONDS) as con:
        if not _available(con):
            raise NotFound("this database has no agreements yet")
        head = con.execute(f"SELECT {', '.join(_FIELDS)} FROM agreements WHERE agreement_id = ?", [agreement_id]).fetchone()
        if head is None:
            raise NotFound(f"no agreement {agreement_id!r} in this database; agreement ids come from /api/agreements")
    rows = lifecycle_steps(db, agreement_id, WAIT_SECONDS)  # a sentence once per stage and date, as `detente agreements ID`
    view = agreement_view(dict(zip(_FIELDS, head)), [{**r, "stage": stage_name(r["stage"])} for r in rows])
    return {"stages": shown_stages([view]), "agreement": view}


def shown_stages(views: list[dict]) -> list[str]:
    """The strip's stages: "violated" (session 32) only when a listed agreement has that step; a twelfth
    60 px box ran the strip 45 px past the agreements card at 1024 px (tests/web/test_web_browser.py)."""
    used = any(step["stage"] == "violated" for view in views for step in view.get("steps", []))
    return [s for s in STAGES if s != "violated" or used]


def agreement_view(head: dict, steps: list[dict]) -> dict:
    order = {s: i for i, s in enumerate(STAGES)}
    # In the order things happened, as `detente agreements` lists them (a renewal after the signing, not
    # before it); undated steps last, and the stage order breaks ties within one date.
    steps = sorted(steps, key=lambda s: (s["date"] is None, s["date"] or "", order.get(s["stage"], len(STAGES))))
    return {**head, "aliases": _names(head["aliases"]), "parties": _names(head["parties"]),
            "stage": stage_name(head["stage"]), "steps": steps}


def _matches(agreement: dict, filt: EventFilter) -> bool:
    parties = {p.upper() for p in agreement["parties"]}
    wanted = {filt.country.upper()} if filt.country else set()
    if filt.dyad:
        wanted |= {code.strip().upper() for code in filt.dyad.split("-")}
    if not wanted <= parties:
        return False
    first, last = agreement["first_date"] or "", agreement["last_date"] or agreement["first_date"] or ""
    if filt.since and last and last[:len(filt.since)] < filt.since:
        return False
    return not (filt.until and first and first[:len(filt.until)] > filt.until)
