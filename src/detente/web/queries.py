"""Read-only aggregates for the web UI. Every function opens the file read-only for one query
batch and closes it, so an ingest in another process can write between two page requests."""
from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator

import duckdb

from detente.clean import body_run, text_segments
from detente.clean.roles import intrinsic_role
from detente.clean.text_segmenter import describe
from detente.errors import ConfigError, NotFound
from detente.events.explain import target_how
from detente.export.contract import event_json
from detente.records import STATUSES, Event
from detente.store.db import opened
from detente.store.queries import EventFilter, get_document, get_event, report_label
from detente.store.rows import event_from_row
from detente.web.quads import QUAD_CLASSES, event_types, quad_table
from detente.web.series import month_range
from detente.web.span import core_span as span_of
from detente.web.span import outside
from detente.web.statuses import unsure_drawn
from detente.web.units import has_incidents, source

# A browser waiting on a busy file is worse off than one told so: give up sooner than the CLI.
WAIT_SECONDS = 3.0
CONTEXT_CHARS = 300
_FROM = "FROM events e LEFT JOIN stories s USING (doc_id)"


@contextlib.contextmanager
def _reading(db: str) -> Iterator[duckdb.DuckDBPyConnection]:
    with opened(db, read_only=True, wait_seconds=WAIT_SECONDS) as con:
        yield con


def make_filter(country: str | None = None, dyad: str | None = None, event_type: str | None = None,
                since: str | None = None, until: str | None = None, status: str | None = None,
                story: str | None = None, min_confidence: float | None = None,
                include_undated: bool = False) -> EventFilter:
    """An EventFilter from request parameters, checked now so a bad value is a 400, not an empty page; every
    bad value is named at once (EventFilter.check)."""
    filt = EventFilter(country=country or None, dyad=dyad or None,
                       event_type=event_type.strip() if event_type else None,
                       since=since or None, until=until or None, status=status or None, story_id=story or None,
                       min_confidence=min_confidence, include_undated=include_undated)
    try:
        filt.check()
    except ConfigError as exc:
        # the store words its messages for the command line ("--since"); the API's names have no dashes
        raise ConfigError(re.sub(r"(?<![\w-])--([\w-]+)", lambda m: m[1].replace("-", "_"), str(exc))) from None
    return filt


# Sortable columns of the events table → SQL; each sort ends on the event id so pages never overlap.
SORTS = {"date": "e.date", "type": "e.event_type", "status": "e.status", "confidence": "e.confidence",
         "mode": "e.mode", "source": "e.source_country", "target": "e.target_country", "outlet": "d.outlet"}
_PAGE_FROM = f"{_FROM} LEFT JOIN documents d ON d.doc_id = e.doc_id"


def check_sort(sort: str, order: str) -> str:
    """ORDER BY text for a sort column and direction from a request; raises ConfigError otherwise."""
    if sort not in SORTS:
        raise ConfigError(f"sort {sort!r}: use one of {', '.join(SORTS)}")
    if order not in ("asc", "desc"):
        raise ConfigError(f"order {order!r}: use asc or desc")
    return f"{SORTS[sort]} {order.upper()} NULLS LAST, e.date DESC NULLS LAST, e.doc_id, e.start_char, e.event_id"


def page_events(db: str, filt: EventFilter, limit: int | None, offset: int = 0,
                order_by: str = check_sort("date", "desc")) -> tuple[int, list[dict]]:
    """One page of matching events (newest first by default, like `detente events`) and the total
    count; each event is its export-contract record and `label`, what the outlet column shows
    (store.queries.report_label; the JSON download has it too, the CSV keeps the export's columns)."""
    where, params = filt.where()
    paging = "LIMIT ? OFFSET ?" if limit is not None else ""
    with _reading(db) as con:
        total = con.execute(f"SELECT count(*) {_FROM} WHERE {where}", params).fetchone()[0]
        cur = con.execute(f"SELECT e.*, s.story_id, d.url AS doc_url, d.title AS doc_title, d.outlet AS doc_outlet, "
                          f"d.published AS doc_published, d.path AS doc_path, d.line AS doc_line "
                          f"{_PAGE_FROM} WHERE {where} ORDER BY {order_by} {paging}",
                          params + ([limit, offset] if limit is not None else []))
        names = [d[0] for d in cur.description]
        rows = [dict(zip(names, row)) for row in cur.fetchall()]
    return total, [{**table_row(r), "label": report_label(r["doc_outlet"], r["doc_url"], r["doc_path"], r["doc_line"])}
                   for r in rows]


def table_row(row: dict) -> dict:
    """An event as the export contract writes it (confidence, quad class, CAMEO and Goldstein, and
    the document's url and outlet under `cite` included): the table and the downloads show the same."""
    cite = {"url": row.get("doc_url"), "title": row.get("doc_title"), "outlet": row.get("doc_outlet"),
            "published": row.get("doc_published"), "date_start": row.get("date_start"),
            "incident_id": row.get("incident_id")}
    return event_json(event_from_row(row), row.get("story_id"), cite)


def summary(db: str) -> dict:
    """Table counts, date ranges, top countries, and events per type and status."""
    with _reading(db) as con:
        one = lambda sql: con.execute(sql).fetchone()  # noqa: E731
        tables = {t: one(f"SELECT count(*) FROM {t}")[0]
                  for t in ("documents", "events", "rejects")}
        tables["stories"] = one("SELECT count(DISTINCT story_id) FROM stories")[0]
        event_dates = dated_range(con)
        published = one("SELECT min(published), max(published) FROM documents")
        countries = con.execute(
            "SELECT country, count(*) AS n FROM (SELECT source_country AS country FROM events UNION ALL "
            "SELECT target_country FROM events WHERE target_country IS DISTINCT FROM source_country) "
            "WHERE country IS NOT NULL GROUP BY country ORDER BY n DESC, country LIMIT 15").fetchall()
        types = dict(con.execute("SELECT event_type, count(*) FROM events GROUP BY 1").fetchall())
        statuses = dict(con.execute("SELECT status, count(*) FROM events GROUP BY 1").fetchall())
        unit = "incidents" if has_incidents(con) else "events"
    return {"counts": tables, "unit": unit,  # what the charts count by default (web.units), before any view loads
            "event_dates": event_dates,
            "published": {"first": published[0], "last": published[1]},
            "top_countries": [{"country": c, "events": n} for c, n in countries],
            "event_types": [{"event_type": t, "quad_class": q.quad_class, "events": types.get(t, 0)}
                            for t, q in quad_table().items()],
            "statuses": {s: statuses.get(s, 0) for s in STATUSES},
            "quad_classes": list(QUAD_CLASSES)}


def dated_range(con: duckdb.DuckDBPyConnection) -> dict:
    """The first and last event date within the months a chart spans (web.span), and how many dated events lie
    farther out, with the earliest and latest of all: the heading said "dated 1939 to 2023-07-30" of a corpus of
    2015-2023 news for one historical mention (newcomer review, session 21)."""
    month = "rpad(substr(date, 1, 7), 7, '-01')"  # a year-only "2023" counts as its January
    per_month = dict(con.execute(f"SELECT {month}, count(*) FROM events WHERE date IS NOT NULL GROUP BY 1").fetchall())
    span = span_of(per_month)
    if span is None:
        return {"first": None, "last": None, "outside": 0, "earliest": None, "latest": None}
    first, last, earliest, latest = con.execute(
        f"SELECT min(date) FILTER (WHERE {month} >= ?), max(date) FILTER (WHERE {month} <= ?), "
        "min(date), max(date) FROM events", [span[0], span[1]]).fetchone()
    return {"first": first, "last": last, "outside": outside(per_month, span), "earliest": earliest, "latest": latest}


def timeline(db: str, filt: EventFilter, unit: str | None = None) -> dict:
    """Incidents (or event rows; see detente.web.units) per month per PLOVER type. Those dated only
    to the year, or not at all, cannot sit in a month: they are counted apart so the chart does not
    silently drop them."""
    with _reading(db) as con:
        src = source(con, filt, unit)
        rows = con.execute(
            f"SELECT CASE WHEN length(e.date) >= 7 THEN substr(e.date, 1, 7) END AS month, e.event_type, "
            f"count(*) {src.from_} WHERE {src.where} GROUP BY ALL", src.params).fetchall()
    per_month: dict[str, dict[str, int]] = {}
    unplaced: dict[str, int] = {}
    for month, event_type, n in rows:
        bucket = per_month.setdefault(month, {}) if month else unplaced
        bucket[event_type] = bucket.get(event_type, 0) + n
    totals = {m: sum(types.values()) for m, types in per_month.items()}
    whole = (min(totals), max(totals)) if totals else None  # a chosen span (Since, Until) is drawn whole
    span = whole if filt.since or filt.until else span_of(totals)  # else its body: see web.span
    months = month_range(*span) if span else []
    return {"unit": src.unit, "months": [{"month": m, "types": per_month.get(m, {})} for m in months],
            "undated_or_year_only": unplaced, "off_axis": outside(totals, span) if span else 0,
            "quad_of_type": {t: q.quad_class for t, q in quad_table().items()},
            "not_asserted": unsure_drawn(db, filt, unit)[1]}  # drawn as if they happened: the page says so


# A date stamp before the lead ("date 2023-04-04 Finland became…", "Published: 2023-04-04 …"): the page's date,
# which the list shows beside it, not its first words (newcomer review, session 21, on realnews).
_STAMP = re.compile(r"^(?:(?:date|dated|published|updated|posted)\s*:?\s*)?\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?Z?)?\s+",
                    re.IGNORECASE)


# A wire service's note to editors before the lead ("(ATTN: UPDATES with …)", "(LEAD)", "(2nd LD)", "(URGENT)") and
# a byline line ("By Jane Roe"): slugs, not the story's first words (newcomer review, session 22, on realnews).
_NOTE = re.compile(r"^\((?:ATTN|LEAD|URGENT|UPDATES?|CORRECTED|REFILE|EDITORS?'?\s*NOTE|\d+(?:st|nd|rd|th)\s+LD)\b[^)]*\)\s*",
                   re.IGNORECASE)
_BYLINE = re.compile(r"^By\s+[A-Z][^.!?]*$")
BYLINE_WORDS = 6  # "By Lee Haye-ah and Kim Soo-yeon": a longer line starting "By" is a sentence


def opening_words(text: str, width: int = 90) -> str:
    """A page's first words, up to `width` characters cut at a word and marked …: what a story lists for a page
    with no title (a .txt page whose first line is its lead). The list gave such a page its document id alone
    ("d44cb02a6ad6a772b"), and 34 of the 56 realnews pages have no title (newcomer review, session 20)."""
    words = " ".join(_past_bylines(text).split())
    words = _NOTE.sub("", _STAMP.sub("", words, count=1), count=1)
    if len(words) <= width:
        return words
    return words[:width].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _past_bylines(text: str) -> str:
    """The text from its first line that is not a byline (date stamps and notes are taken off after)."""
    lines = text.strip().splitlines()
    stamped = [_NOTE.sub("", _STAMP.sub("", line.strip() + " ", count=1)).strip() for line in lines]
    skip = 0
    while skip < len(lines) - 1 and (not stamped[skip] and skip < 4 or _not_lead(stamped[skip])):
        skip += 1
    return "\n".join(lines[skip:]) if any(_not_lead(s) for s in stamped[:skip]) else text


def _not_lead(line: str) -> bool:
    """A byline, or a photo caption above the article ("Soldiers rest at a camp near Baltal before heading to
    Ladakh. -Reuters", read by the cleaning stage's caption test): a story's lead opened with one (realnews
    Galwan, newcomer review, session 23)."""
    return _is_byline(line) or bool(line) and intrinsic_role(line, describe(line)) == "caption"


def _is_byline(line: str) -> bool:
    return bool(_BYLINE.match(line)) and len(line.split()) <= BYLINE_WORDS


def stories(db: str, filt: EventFilter, limit: int, offset: int) -> dict:
    """Stories (documents clustered as one story) holding at least one event that matches the filter
    (every story when there is no filter), most documents first, with documents, outlets, and the
    number of matching events."""
    where, params = filt.where()
    matching = f"(SELECT e.event_id, s.story_id {_FROM} WHERE {where})"
    keep = "" if where == "TRUE" else f"AND s.story_id IN (SELECT story_id FROM {matching})"
    with _reading(db) as con:
        total = con.execute(f"SELECT count(DISTINCT story_id) FROM stories s WHERE story_id IS NOT NULL {keep}",
                            params if keep else []).fetchone()[0]
        heads = con.execute(
            f"WITH m AS {matching} SELECT s.story_id, count(*) AS documents, "
            "(SELECT count(*) FROM m WHERE m.story_id = s.story_id) AS events "
            f"FROM stories s WHERE s.story_id IS NOT NULL {keep.replace(matching, 'm')} GROUP BY s.story_id "
            "ORDER BY documents DESC, events DESC, s.story_id LIMIT ? OFFSET ?", params + [limit, offset]).fetchall()
        ids = [h[0] for h in heads]
        docs = con.execute(
            "SELECT s.story_id, d.doc_id, d.title, d.url, d.outlet, d.published, d.path, d.line, "
            "CASE WHEN d.title IS NULL THEN substr(d.text, 1, 400) END FROM stories s "
            "JOIN documents d USING (doc_id) WHERE list_contains(?, s.story_id) "
            "ORDER BY d.published NULLS LAST, d.doc_id", [ids]).fetchall()
    members: dict[str, list[dict]] = {i: [] for i in ids}
    for story_id, doc_id, title, url, outlet, published, path, line, text in docs:
        members[story_id].append({"doc_id": doc_id, "title": title, "url": url, "outlet": outlet,
                                  "published": published, "label": report_label(outlet, url, path, line),
                                  "lead": opening_words(text) if text else None})
    return {"total": total, "limit": limit, "offset": offset,
            "stories": [{"story_id": sid, "documents": n, "events": ev,
                         "outlets": sorted({d["outlet"] for d in members[sid] if d["outlet"]}),
                         "members": members[sid]} for sid, n, ev in heads]}


def event_detail(db: str, event_id: str) -> dict:
    """One event with its document and the text around its evidence (offsets index the document
    text; `context_start` says where the context begins, so the page can place the highlights)."""
    try:
        event, story = get_event(db, event_id)
    except NotFound:
        raise NotFound(f"no event {event_id!r} in this database; event ids come from /api/events") from None
    try:
        doc = get_document(db, event.doc_id)
    except NotFound:  # an event whose document row is gone still shows its own sentence
        doc = None
    ev = event.evidence
    text = doc["text"] if doc and doc.get("text") else None
    if text is None or ev.end > len(text):
        text_start, text = ev.start, ev.sentence
    else:
        text_start = 0
    run_lo, run_hi = _article_run(text, doc, ev) if text_start == 0 else (text_start, text_start + len(text))
    lo, hi = max(run_lo, ev.start - CONTEXT_CHARS), min(run_hi, ev.end + CONTEXT_CHARS)
    return {"event": event_json(event, story), "document": _document_view(doc),
            "evidence": {"context": text[lo - text_start:hi - text_start], "context_start": lo, "context_end": hi,
                         "sentence_start": ev.start, "sentence_end": ev.end, "trigger": ev.trigger,
                         "trigger_start": ev.trigger_start, "trigger_end": ev.trigger_end,
                         "segment_role": ev.segment_role, "sentence_index": ev.sentence_index,
                         "text_chars": text_start + len(text), "cut_before": lo > run_lo, "cut_after": hi < run_hi},
            "explain": _explain(event)}


def _article_run(text: str, doc: dict, ev) -> tuple[int, int]:
    """Where the context may reach: the body around the evidence, not the page's menus or datelines
    (clean.body_run; the same window as `detente show`)."""
    lo, hi = body_run(text, text_segments(text, doc.get("title")), ev.start)
    return min(lo, ev.start), max(hi, ev.end)


def _document_view(doc: dict | None) -> dict | None:
    if doc is None:
        return None
    return {k: doc.get(k) for k in ("doc_id", "path", "line", "url", "title", "outlet", "published",
                                    "published_precision", "story_id")}


def _explain(event: Event) -> dict:
    """The why of each field, for the evidence view (what `detente explain` prints, in short)."""
    quad = quad_table().get(event.event_type)
    return {"quad_class": quad.quad_class if quad else None, "rule": event.rule, "confidence": event.confidence,
            "status_cue": event.status_cue, "attribution_kind": event.attribution_kind,
            "date_source": event.date.source, "date_note": event.date.note,
            "source_resolution": event.source.resolution,
            "target_resolution": event.target.resolution if event.target else None,
            "target_how": target_how(event)}
