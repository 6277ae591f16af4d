"""Records → table rows (tuples in the column order of schema.sql). The only place rows are built."""
from __future__ import annotations

import datetime as dt
import json

from detente.incidents.apart import act_of, speaker_of
from detente.incidents.asks import asks_of
from detente.records import (Actor, Agreement, AgreementReport, AgreementStage, Article, Claim, CodedArticle,
                             Contradiction, DateInfo, DateReport, Event, Evidence, Incident, Location, PageDate, Redated,
                             Reject, Report, StoredReport)
from detente.store.scales import SCALE_COLUMNS, scale_values

DOCUMENT_COLUMNS = ("doc_id", "path", "line", "fmt", "url", "title", "outlet", "published",
                    "published_precision", "published_source", "published_note", "text", "sentences",
                    "parsed", "ingested_at")
SEGMENT_COLUMNS = ("doc_id", "idx", "role", "start_char", "end_char")
EVENT_COLUMNS = ("event_id", "doc_id", "event_type", "mode", "context", "status", "status_cue", "date",
                 "date_precision", "date_source", "date_note", "source_text", "source_country",
                 "source_sector", "source_resolution", "target_text", "target_country", "target_sector",
                 "target_resolution", "location_text", "location_country", "attribution",
                 "attribution_kind", "confidence", "segment_role", "segment_idx", "sentence_idx",
                 "sentence", "start_char", "end_char", "trig", "trigger_start", "trigger_end", "rule",
                 "date_start", "location_lat", "location_lon", "location_admin1", "geo_precision",
                 "location_geonameid", *SCALE_COLUMNS)
REJECT_COLUMNS = ("path", "line", "reason", "detail", "seen_at")
# date_start: not a field of Incident; the first day of `date`'s period (as events.date_start), last as in
# the table (added by ALTER TABLE) so `detente incidents -f csv` and `detente export incidents` agree; disputed
# (session 33): not a field either, whether `contradictions` holds any (the column `detente sql` filters on)
INCIDENT_COLUMNS = ("incident_id", "event_type", "mode", "status", "date", "date_precision", "source_country",
                    "source_sector", "target_country", "target_sector", "location_text", "location_country",
                    "n_mentions", "n_documents", "n_outlets", "first_reported", "last_reported", "confidence",
                    "contradictions", "date_start", "disputed")
AGREEMENT_COLUMNS = ("agreement_id", "name", "aliases", "parties", "first_date", "last_date", "stage")
AGREEMENT_STAGE_COLUMNS = ("agreement_id", "stage", "date", "date_precision", "event_id", "doc_id")
# What the agreements stage reads of every stored event (see db.agreement_reports).
AGREEMENT_REPORT_SELECT = """SELECT e.event_id, e.doc_id, e.event_type, e.status, e.date, e.date_precision,
    d.published, e.source_country, e.target_country, e.sentence, e.trig, s.story_id, e.target_text,
    e.rule
    FROM events e LEFT JOIN documents d USING (doc_id) LEFT JOIN stories s USING (doc_id)"""
# What the story-dates stage reads of every document, and of every event of a page without a day of its
# own (the date it was coded with: kept in coded_dates once the stage has changed it). See db.page_dates.
# The lead paragraph's span comes from segments alone and is joined to the documents as they stream: a
# correlated subquery over d.text made DuckDB hold every article's text (out of memory under the 256 MB
# write limit at 50,000 documents in benchmarks/memory.py; the join reads 60,000 five-KB pages in 64 MB).
# The date lines among the page's first segments ("PORT OF SPAIN, Feb 12 (Agency) - ") are read too, one a
# line (story_dates.page_date_of does the same): a day and month date the page once its story gives the year.
PAGE_DATE_SELECT = """WITH lead AS (SELECT doc_id, arg_min(start_char, idx) AS lead_start,
        arg_min(end_char, idx) AS lead_end FROM segments WHERE role = 'body' GROUP BY doc_id),
    line AS (SELECT doc_id, list([start_char, end_char] ORDER BY idx) AS spans FROM segments
        WHERE role = 'dateline' AND idx < 8 GROUP BY doc_id)
    SELECT d.doc_id, s.story_id, d.published, d.published_precision, d.published_source,
    CASE WHEN d.published IS NULL OR d.published_precision IS DISTINCT FROM 'day' THEN
        substr(d.text, l.lead_start + 1, l.lead_end - l.lead_start) END,
    CASE WHEN d.published IS NULL OR d.published_precision IS DISTINCT FROM 'day' THEN
        array_to_string(list_transform(n.spans, lambda x: substr(d.text, x[1] + 1, x[2] - x[1])), chr(10)) END
    FROM documents d LEFT JOIN stories s USING (doc_id) LEFT JOIN lead l USING (doc_id)
    LEFT JOIN line n ON n.doc_id = d.doc_id"""
DATE_REPORT_SELECT = """SELECT e.event_id, e.doc_id, e.sentence_idx, e.sentence, e.trigger_start - e.start_char,
    CASE WHEN c.event_id IS NULL THEN e.date ELSE c.date END,
    CASE WHEN c.event_id IS NULL THEN e.date_precision ELSE c.date_precision END,
    CASE WHEN c.event_id IS NULL THEN e.date_source ELSE c.date_source END,
    CASE WHEN c.event_id IS NULL THEN e.date_note ELSE c.date_note END
    FROM events e JOIN documents d USING (doc_id) LEFT JOIN coded_dates c USING (event_id)
    WHERE (d.published IS NULL OR d.published_precision IS DISTINCT FROM 'day')"""  # db.date_reports adds a range
EVENT_DATE_COLUMNS = ("event_id", "date", "date_precision", "date_source", "date_note", "date_start")
# What the incidents stage reads of every stored event (see db.reports).
REPORT_SELECT = """SELECT e.event_id, e.doc_id, s.story_id, d.outlet, d.url, d.published, e.event_type, e.mode,
    e.status, e.date, e.date_precision, e.date_source, e.date_note, e.source_country, e.source_sector,
    e.target_country, e.target_sector, e.location_text, e.location_country, e.confidence, e.trigger_start,
    e.sentence_idx, e.source_resolution, e.rule,
    CASE WHEN e.event_type IN ('REQUEST', 'AGREE', 'ACCUSE', 'REJECT')
    THEN substr(e.sentence, e.trigger_start - e.start_char + 1, 160) END, e.status_cue
    FROM events e LEFT JOIN stories s USING (doc_id) LEFT JOIN documents d USING (doc_id)"""
# REPORT_SELECT's columns kept as they are; the next three are read for the speaker, the act and what a request
# asks for, an agreement is to or a summons tells (the words from the trigger on of the types incidents.asks
# reads: asks.ASKS_TYPES; session 26 found AGREE and ACCUSE left out here, so the stored path lacked
# incidents18's accepted invitations and joint bodies that devscore's in-memory path had); the last is the
# status cue (a denial told with "never" or "no": incidents.background)
REPORT_KEPT = 22


def now_stamp() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def document_row(coded: CodedArticle) -> tuple:
    a: Article = coded.article
    p = a.published
    return (a.doc_id, a.path, a.line, a.fmt, a.url, a.title, a.outlet, p.value, p.precision, p.source,
            p.note, a.text, coded.sentences, coded.parsed, now_stamp())


def segment_rows(article: Article) -> list[tuple]:
    return [(article.doc_id, s.index, s.role, s.start, s.end) for s in article.segments]


def event_row(e: Event) -> tuple:
    src, tgt, loc, ev = e.source, e.target, e.location, e.evidence
    return (e.event_id, e.doc_id, e.event_type, e.mode, e.context, e.status, e.status_cue, e.date.value,
            e.date.precision, e.date.source, e.date.note, src.text, src.country, src.sector, src.resolution,
            tgt.text if tgt else None, tgt.country if tgt else None, tgt.sector if tgt else None,
            tgt.resolution if tgt else None, loc.text if loc else None, loc.country if loc else None,
            e.attribution, e.attribution_kind, e.confidence, ev.segment_role, ev.segment,
            ev.sentence_index, ev.sentence, ev.start, ev.end, ev.trigger, ev.trigger_start,
            ev.trigger_end, e.rule, date_start(e.date.value), *_place(loc),
            *scale_values(e.event_type, e.mode, e.rule))


def _place(loc: Location | None) -> tuple:
    if loc is None:
        return (None,) * 5
    return (loc.latitude, loc.longitude, loc.admin1, loc.geo_precision, loc.geonameid)


# A date of any precision as the first day of its period (as date_start, in SQL).
DATE_START = ("TRY_CAST(CASE length({0}) WHEN 4 THEN {0} || '-01-01' WHEN 7 THEN {0} || '-01' ELSE {0} END "
              "AS DATE)")


def date_start(value: str | None) -> dt.date | None:
    """The first day of a date's period ("2024-04" → 2024-04-01), so it can be a DATE column."""
    if not value:
        return None
    try:
        parts = [int(p) for p in value.split("-")] + [1, 1]
        return dt.date(*parts[:3])
    except ValueError:
        return None


def reject_row(r: Reject) -> tuple:
    # DuckDB primary keys may not be NULL: whole-file rejects are stored with line 0.
    return (r.path, r.line or 0, r.reason, r.detail, now_stamp())


def event_from_row(row: dict) -> Event:
    """The inverse of event_row: a stored row back to an Event record."""
    g = row.get

    def actor(prefix: str) -> Actor | None:
        if g(f"{prefix}_text") is None and g(f"{prefix}_country") is None:
            return None
        return Actor(g(f"{prefix}_text") or "", g(f"{prefix}_country"), g(f"{prefix}_sector"),
                     g(f"{prefix}_resolution") or "")

    evidence = Evidence(g("segment_role"), g("segment_idx"), g("sentence_idx"), g("sentence"), g("start_char"),
                        g("end_char"), g("trig"), g("trigger_start"), g("trigger_end"))
    location = (Location(g("location_text"), g("location_country"), g("location_lat"), g("location_lon"),
                         g("location_admin1"), g("geo_precision"), g("location_geonameid"))
                if g("location_text") else None)
    return Event(g("event_id"), g("doc_id"), g("event_type"), g("mode"), g("context"), g("status"),
                 DateInfo(g("date"), g("date_precision") or "none", g("date_source") or "none", g("date_note") or ""),
                 actor("source") or Actor("", None, None), actor("target"), location, g("attribution"),
                 g("attribution_kind"), g("confidence"), evidence, g("rule"), g("status_cue") or "",
                 g("incident_id"))


def report_from_row(row: tuple) -> Report:
    """A row of REPORT_SELECT as a Report (NULL text fields as the records expect them)."""
    values = list(row)
    values[11] = values[11] or "none"  # date_source
    values[12] = values[12] or ""  # date_note
    values[10] = values[10] or "none"  # date_precision
    values[19] = values[19] if values[19] is not None else 0.0
    # the speaker, the act (apart.py), the ask, and what set the status (incidents.background)
    resolution, rule, after, cue = (values[22:] + [None] * 4)[:4]
    values[22:] = [speaker_of(resolution), act_of(values[6], rule), asks_of(values[6], after), cue or ""]
    return Report(*values)


def stored_report_from_row(row: tuple, parts: dict) -> StoredReport:
    """A row of REPORT_SELECT as a StoredReport with the same values as report_from_row's Report; its
    document, date and act parts are the first equal ones in `parts` (its values already shared)."""
    r = report_from_row(row)
    doc = (r.doc_id, r.story_id, r.outlet, r.url, r.published)
    date = (r.date, r.date_precision, r.date_source, r.date_note)
    act = (r.event_type, r.mode, r.status, r.source_country, r.source_sector, r.target_country, r.target_sector,
           r.location_text, r.location_country, r.speaker, r.act, r.asks, r.status_cue)
    return StoredReport(r.event_id, parts.setdefault(doc, doc), parts.setdefault(date, date),
                        parts.setdefault(act, act), r.confidence, r.trigger_start, r.sentence_idx)


def incident_row(i: Incident) -> tuple:
    return (i.incident_id, i.event_type, i.mode, i.status, i.date, i.date_precision, i.source_country,
            i.source_sector, i.target_country, i.target_sector, i.location_text, i.location_country,
            i.n_mentions, i.n_documents, i.n_outlets, i.first_reported, i.last_reported, i.confidence,
            contradictions_json(i.contradictions), date_start(i.date), bool(i.contradictions))


def contradictions_json(found: tuple[Contradiction, ...]) -> str:
    return json.dumps([{"field": c.field, "claims": [{"value": k.value, "event_ids": list(k.event_ids),
                                                      "doc_ids": list(k.doc_ids), "outlets": list(k.outlets)}
                                                     for k in c.claims]} for c in found])


def contradictions_from_json(text: str | None) -> tuple[Contradiction, ...]:
    return tuple(Contradiction(c["field"], tuple(Claim(k["value"], tuple(k["event_ids"]), tuple(k["doc_ids"]),
                                                       tuple(k["outlets"])) for k in c["claims"]))
                 for c in json.loads(text or "[]"))


def incident_from_row(row: dict) -> Incident:
    """The inverse of incident_row; `event_ids` comes from the events that name the incident."""
    values = {c: row.get(c) for c in INCIDENT_COLUMNS if c not in ("date_start", "disputed")}
    values["contradictions"] = contradictions_from_json(values["contradictions"])
    return Incident(**values, event_ids=tuple(row.get("event_ids") or ()),
                    other_pairs=tuple(row.get("other_pairs") or ()))


def agreement_row(a: Agreement) -> tuple:
    return (a.agreement_id, a.name, ",".join(a.aliases), ",".join(a.parties), a.first_date, a.last_date, a.stage)


def agreement_stage_rows(a: Agreement) -> list[tuple]:
    return [(s.agreement_id, s.stage, s.date, s.date_precision, s.event_id, s.doc_id) for s in a.stages]


def agreement_report_from_row(row: tuple) -> AgreementReport:
    values = list(row)
    values[5] = values[5] or "none"  # date_precision
    values[9] = values[9] or ""  # sentence
    values[10] = values[10] or ""  # trigger
    return AgreementReport(*values)


def agreement_from_row(row: dict, stages: list[dict]) -> Agreement:
    return Agreement(agreement_id=row["agreement_id"], name=row["name"],
                     aliases=tuple(a for a in (row["aliases"] or "").split(",") if a),
                     parties=tuple(p for p in (row["parties"] or "").split(",") if p),
                     first_date=row["first_date"], last_date=row["last_date"], stage=row["stage"],
                     stages=tuple(AgreementStage(**{c: s[c] for c in AGREEMENT_STAGE_COLUMNS}) for s in stages))


def page_date_from_row(row: tuple) -> PageDate:
    doc_id, story_id, published, precision, source, lead, line = row
    return PageDate(doc_id, story_id, published, precision or "none", source or "none", lead or "", line or "")


def date_report_from_row(row: tuple) -> DateReport:
    event_id, doc_id, sentence_idx, sentence, offset, value, precision, source, note = row
    return DateReport(event_id, doc_id, sentence_idx, sentence or "", offset or 0,
                      DateInfo(value, precision or "none", source or "none", note or ""))


def event_date_row(redated: Redated) -> tuple:
    d = redated.date
    return (redated.event_id, d.value, d.precision, d.source, d.note, date_start(d.value))
