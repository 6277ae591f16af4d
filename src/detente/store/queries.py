"""Read queries over the store, returning records (Event) or plain dicts for documents."""
from __future__ import annotations

import dataclasses
import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass

from detente.actors.gazetteer import actor_codes, term_index
from detente.errors import ConfigError, NotFound
from detente.ids import other_kind_hint
from detente.ingest.documents import outlet_from_url
from detente.records import EVENT_TYPES, STATUSES, Event, Incident
from detente.store.db import opened
from detente.store.rows import event_from_row, incident_from_row

_CODE = re.compile(r"^[A-Z]{3,4}$")
_SINCE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True)
class EventFilter:
    country: str | None = None  # either side
    dyad: str | None = None  # "PAK-USA": the two sides in either direction
    event_type: str | None = None
    since: str | None = None  # "YYYY", "YYYY-MM" or "YYYY-MM-DD" (compared at the event date's precision)
    until: str | None = None
    status: str | None = None
    doc_id: str | None = None
    story_id: str | None = None
    min_confidence: float | None = None  # events at least this likely right (confidence is a probability)
    include_undated: bool = False  # with since/until: keep undated rows (else left out; undated_events counts them)

    def check(self) -> None:
        """Raises one ConfigError naming every malformed value: a page opened with a bad country, type and
        date said only what was wrong with the country (newcomer review, session 14)."""
        problems = self.problems()
        if len(problems) > 1:
            raise ConfigError(f"{len(problems)} filters are wrong: " + "; ".join(problems))
        if problems:
            raise ConfigError(problems[0])

    def problems(self) -> list[str]:
        """One message per malformed value (in the command line's words, "--since"), or for two good values
        that cannot meet (since after until); empty when the filter is usable."""
        problems = []
        for name in _CHECKED:
            value = getattr(self, name)
            if value is None:
                continue
            try:
                EventFilter(**{name: value}).where()
            except ConfigError as exc:
                problems.append(str(exc))
        if not problems:
            try:
                self.where()
            except ConfigError as exc:
                problems.append(str(exc))
        return problems

    def where(self) -> tuple[str, list]:
        """SQL condition and parameters; raises ConfigError for malformed values."""
        parts, params = ["TRUE"], []
        if self.country:
            parts.append("(e.source_country = ? OR e.target_country = ?)")
            params += [country_code(self.country)] * 2
        if self.dyad:
            a, b = _dyad(self.dyad)
            parts.append("((e.source_country = ? AND e.target_country = ?) OR (e.source_country = ? AND e.target_country = ?))")
            params += [a, b, b, a]
        for column, value in (("e.event_type", _event_type(self.event_type)), ("e.status", _status(self.status)),
                              ("e.doc_id", self.doc_id), ("s.story_id", self.story_id)):
            if value:
                parts.append(f"{column} = ?")
                params.append(value)
        dated, bounds = self._dates()
        if dated:
            parts.append(f"({_UNDATED} OR ({dated}))" if self.include_undated else dated)
            params += bounds
        if self.min_confidence is not None:
            parts.append("e.confidence >= ?")
            params.append(_probability(self.min_confidence))
        return " AND ".join(parts), params

    def _dates(self) -> tuple[str, list]:
        parts, params = [], []
        if self.since:
            parts.append("e.date >= ?")
            params.append(_date_bound(self.since, "--since"))
        if self.until:
            parts.append("substr(e.date, 1, length(?)) <= ?")
            params += [_date_bound(self.until, "--until")] * 2
        if self.since and self.until and self.since[:len(self.until)] > self.until:
            # nothing can match: say so rather than answer "0 events" as if the data were empty (session 7)
            raise ConfigError(f"--since {self.since} is after --until {self.until}: nothing can match; "
                              f"swap them, or drop one")
        return " AND ".join(parts), params

    def undated_only(self) -> "EventFilter | None":
        """The same filter without its date bounds, or None when it has none or keeps undated rows: the
        rows it matches that have no date are the ones --since/--until left out."""
        if not (self.since or self.until) or self.include_undated:
            return None
        return dataclasses.replace(self, since=None, until=None)


# A row without a date: a date filter cannot place it, so it is left out (and counted) or kept on request.
_UNDATED = "(e.date IS NULL OR e.date = '')"


_CHECKED = ("country", "dyad", "event_type", "status", "since", "until", "min_confidence")


def _probability(value: float) -> float:
    if not 0.0 <= value <= 1.0:
        raise ConfigError(f"--min-confidence {value}: write a probability between 0 and 1, e.g. 0.9")
    return float(value)


def country_code(value: str, option: str = "--country") -> str:
    """The code, upper-cased; raises ConfigError naming `option` when it cannot be one."""
    code = value.strip().upper()
    if not _CODE.match(code):
        raise ConfigError(f"{option} {value!r} is not a country code: use ISO 3166 alpha-3 (PAK, USA) or "
                          f"NATO/UNO/EUR/IGO{_named_code(value)}")
    if code not in actor_codes():
        # A typo (PAL for PAK) would otherwise answer "0 events" as if the data held none.
        near = [known for known in sorted(actor_codes()) if _one_slip(code, known)][:5]
        hint = _named_code(value) or (f"; did you mean {', '.join(near)}?" if near else "")
        raise ConfigError(f"{option} {value!r}: no country or body has this code{hint}")
    return code


def _one_slip(typed: str, known: str) -> bool:
    """One letter wrong, or two neighbours swapped (PAL, PKA for PAK). difflib's 0.6 ratio took any code
    sharing two letters in order as close: `--country XXQ` got "did you mean XKX?" (newcomer review, s15)."""
    if len(typed) != len(known):
        return False
    wrong = [i for i, (a, b) in enumerate(zip(typed, known)) if a != b]
    if len(wrong) == 1:
        return True
    i = wrong[0] if len(wrong) == 2 else -1
    return wrong == [i, i + 1] and typed[i] == known[i + 1] and typed[i + 1] == known[i]


def _named_code(value: str) -> str:
    """'; Kenya is coded KEN' when `value` is a name the gazetteer knows (newcomer session 12: an analyst
    typed `--country kenya` and `--country Iran` and was told only what a code looks like)."""
    terms = term_index().get(value.strip().lower(), ())
    codes = sorted({t.code for t in terms if t.code and t.kind in _NAME_KINDS})
    return f"; {value.strip()} is coded {' or '.join(codes)}" if codes else _alpha2_code(value)


def _alpha2_code(value: str) -> str:
    """'; ISO alpha-2 RU is RUS here': a GDELT or ACLED user types two letters (newcomer review, session 19:
    `--country ru` was told only what a code looks like, though `--country Russia` was told RUS)."""
    import pycountry

    country = pycountry.countries.get(alpha_2=value.strip().upper()) if len(value.strip()) == 2 else None
    code = country.alpha_3 if country else None
    return f"; ISO alpha-2 {value.strip().upper()} is {code} here" if code in actor_codes() else ""


_NAME_KINDS = frozenset({"country", "demonym", "body"})  # names of a state or body, not of its seat or leader


def _dyad(value: str) -> tuple[str, str]:
    sides = value.split("-")
    if len(sides) != 2:
        raise ConfigError(f"--dyad {value!r}: write two codes joined by '-', e.g. PAK-USA")
    return tuple(country_code(side, f"--dyad {value!r}: side") for side in sides)


def _event_type(value: str | None) -> str | None:
    if not value:
        return None
    code = value.strip().upper()
    if code not in EVENT_TYPES:
        raise ConfigError(f"--type {value!r} is not a PLOVER event type; choose one of {', '.join(EVENT_TYPES)}")
    return code


def _status(value: str | None) -> str | None:
    if value and value.strip().lower() not in STATUSES:
        raise ConfigError(f"--status {value!r}: choose one of {', '.join(STATUSES)}")
    return value.strip().lower() if value else None


def _date_bound(value: str, option: str) -> str:
    """The value if it is a real date written YYYY, YYYY-MM or YYYY-MM-DD (2024-13, 2024-02-30 are not)."""
    if not _SINCE.match(value):
        raise ConfigError(f"{option} {value!r}: write YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(p) for p in (value + "-01-01").split("-")[:3])
    try:
        datetime.date(year, month, day)
    except ValueError as exc:
        raise ConfigError(f"{option} {value!r} is not a date ({exc}); write YYYY, YYYY-MM or YYYY-MM-DD") from None
    return value


_EVENT_SELECT = "SELECT e.*, s.story_id FROM events e LEFT JOIN stories s USING (doc_id)"


# `detente events` lists newest first in every format (the table, and csv/json/jsonl alike)
NEWEST_FIRST = "e.date DESC NULLS LAST, e.doc_id, e.start_char, e.event_id"


def select_events(db: str, filt: EventFilter = EventFilter(), limit: int | None = None) -> list[tuple[Event, str | None]]:
    """Events matching the filter, newest first, each with its story id."""
    where, params = filt.where()
    sql = f"{_EVENT_SELECT} WHERE {where} ORDER BY {NEWEST_FIRST}"
    if limit is not None and limit < 0:
        raise ConfigError(f"--limit {limit}: give a number of rows, or 0 for all")
    if limit:
        sql += f" LIMIT {int(limit)}"
    return list(_events(db, sql, params))


def iter_events(db: str, filt: EventFilter = EventFilter()) -> Iterator[tuple[Event, str | None]]:
    where, params = filt.where()
    return _events(db, f"{_EVENT_SELECT} WHERE {where} ORDER BY e.doc_id, e.trigger_start, e.event_id", params)


def _events(db: str, sql: str, params: list) -> Iterator[tuple[Event, str | None]]:
    with opened(db, read_only=True) as con:
        cur = con.execute(sql, params)
        names = [d[0] for d in cur.description]
        while rows := cur.fetchmany(1000):
            for row in rows:
                record = dict(zip(names, row))
                yield event_from_row(record), record.get("story_id")


def get_event(db: str, event_id: str) -> tuple[Event, str | None]:
    """The event with this id, or with the one id that starts with it (a prefix, as git takes one)."""
    full = full_id(db, "events", "event_id", event_id, "event", "detente events")
    return next(_events(db, f"{_EVENT_SELECT} WHERE e.event_id = ?", [full]))


def full_id(db: str, table: str, column: str, given: str, what: str, lister: str) -> str:
    """The id of `table` equal to `given`, or the one id that starts with it (at least MIN_PREFIX
    characters); NotFound or ConfigError (ambiguous) with a message that says what to do."""
    with opened(db, read_only=True) as con:
        found = [r[0] for r in con.execute(f"SELECT {column} FROM {table} WHERE {column} = ? OR "
                                           f"(length(?) >= {MIN_PREFIX} AND starts_with({column}, ?)) "
                                           f"ORDER BY {column} LIMIT 3", [given, given, given]).fetchall()]
    if given in found:
        return given
    if len(found) > 1:
        raise ConfigError(f"{what} id prefix {given!r} matches several {what}s in {db} "
                          f"({', '.join(found[:2])}, …): give more characters")
    if not found:
        short = f" (a prefix needs at least {MIN_PREFIX} characters)" if len(given) < MIN_PREFIX else ""
        raise NotFound(f"no {what} {given!r} in {db}{short}{other_kind_hint(given, column[0])}; "
                       f"list ids with `{lister} --db {db}`")
    return found[0]


MIN_PREFIX = 4  # shorter prefixes match too much to be meant


def iter_event_rows(db: str, filt: EventFilter = EventFilter(), limit: int | None = None,
                    newest_first: bool = False) -> Iterator[dict]:
    """Stored event rows matching the filter as dicts, in a stable order, with the story id, the citation
    of the document (url, title, outlet, published) and, once incidents exist, the incident's counts."""
    where, params = filt.where()
    with opened(db, read_only=True) as con:
        incidents = _has_incidents(con)
        extra = ", i.n_mentions, i.n_documents, i.n_outlets" if incidents else ""
        join = " LEFT JOIN incidents i ON i.incident_id = e.incident_id" if incidents else ""
        sql = (f"SELECT e.*, s.story_id, d.url, d.title, d.outlet, d.published{extra} FROM events e "
               f"LEFT JOIN stories s USING (doc_id) LEFT JOIN documents d ON d.doc_id = e.doc_id{join} "
               f"WHERE {where} ORDER BY {NEWEST_FIRST if newest_first else 'e.doc_id, e.trigger_start, e.event_id'}")
        cur = con.execute(sql + (f" LIMIT {int(limit)}" if limit else ""), params)
        names = [d[0] for d in cur.description]
        while rows := cur.fetchmany(1000):
            yield from (dict(zip(names, r)) for r in rows)


def _has_incidents(con) -> bool:
    """True once the incidents table and events.incident_id exist (written by the incidents stage)."""
    found = con.execute("SELECT count(*) FROM information_schema.columns WHERE table_schema = 'main' AND "
                        "((table_name = 'events' AND column_name = 'incident_id') OR "
                        "(table_name = 'incidents' AND column_name = 'n_mentions'))").fetchone()[0]
    return found == 2


def iter_table(db: str, sql: str) -> Iterator[tuple[list[str], tuple]]:
    """(column names, row) of a read-only query, streamed."""
    with opened(db, read_only=True) as con:
        cur = con.execute(sql)
        names = [d[0] for d in cur.description]
        while rows := cur.fetchmany(1000):
            yield from ((names, r) for r in rows)


def table_names(db: str) -> set[str]:
    with opened(db, read_only=True) as con:
        return {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}


def get_document(db: str, doc_id: str) -> dict:
    with opened(db, read_only=True) as con:
        cur = con.execute("SELECT d.*, s.story_id FROM documents d LEFT JOIN stories s USING (doc_id) WHERE doc_id = ?",
                          [doc_id])
        row = cur.fetchone()
        if row is None:
            raise NotFound(f"no document {doc_id!r} in {db}")
        return dict(zip([d[0] for d in cur.description], row))


def iter_documents(db: str) -> Iterator[dict]:
    with opened(db, read_only=True) as con:
        cur = con.execute("SELECT d.*, s.story_id FROM documents d LEFT JOIN stories s USING (doc_id) "
                          "ORDER BY d.path, d.line, d.doc_id")
        names = [d[0] for d in cur.description]
        while rows := cur.fetchmany(1000):
            yield from (dict(zip(names, r)) for r in rows)


def counts(db: str) -> dict[str, int]:
    with opened(db, read_only=True) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("documents", "segments", "events", "stories", "rejects", "ledger", "sources", "incidents")}


# The pairs (both sides known) an incident's reports name besides its own, "SRC-TGT", sorted.
OTHER_PAIRS = ("(SELECT list_sort(list(DISTINCT v.source_country || '-' || v.target_country)) FROM events v "
               "WHERE v.incident_id = e.incident_id AND v.source_country IS NOT NULL AND v.target_country IS NOT NULL "
               "AND (v.source_country IS DISTINCT FROM e.source_country OR v.target_country IS DISTINCT FROM "
               "e.target_country))")
# Incidents with no country on either side ("– → –": a concession or threat whose parties went unresolved)
# come after the resolved ones, in the CLI and on the page alike (newcomer review, session 15).
INCIDENT_ORDER = ("(e.source_country IS NULL AND e.target_country IS NULL), e.date DESC NULLS LAST, "
                  "e.n_documents DESC, e.n_mentions DESC, e.incident_id")
_INCIDENT_SELECT = ("SELECT e.*, (SELECT list(v.event_id ORDER BY v.event_id) FROM events v "
                    f"WHERE v.incident_id = e.incident_id) AS event_ids, {OTHER_PAIRS} AS other_pairs "
                    "FROM incidents e")


DISPUTED = " AND coalesce(e.contradictions, '[]') <> '[]'"  # its sources disagree (incidents/contradictions.py)


def incidents(db: str, filt: EventFilter = EventFilter(), limit: int | None = None,
              disputed: bool = False) -> list[Incident]:
    """Incidents matching the filter (the same filters as events; --doc and --story keep the incidents
    that document or story reports), newest first, then the most reported; `disputed`: only those whose
    sources disagree, before the limit (session 19 newcomer: "which incidents do sources contradict?"
    had no answer but reading the whole list's last column)."""
    where, params = incident_where(filt)
    where += DISPUTED if disputed else ""
    if limit is not None and limit < 0:
        raise ConfigError(f"--limit {limit}: give a number of rows, or 0 for all")
    sql = f"{_INCIDENT_SELECT} WHERE {where} ORDER BY {INCIDENT_ORDER}"
    if limit:
        sql += f" LIMIT {int(limit)}"
    with opened(db, read_only=True) as con:
        cur = con.execute(sql, params)
        names = [d[0] for d in cur.description]
        found = [incident_from_row(dict(zip(names, row))) for row in cur.fetchall()]
    return _named_disputes(db, found)


def incident_where(filt: EventFilter) -> tuple[str, list]:
    """EventFilter's condition over the incidents table (same column names as events). Type, status,
    dates and confidence are the incident's own. Country, dyad, document and story hold when any of its
    reports matches: "Bolivia asked Argentina and Peru" is one incident BOL -> ARG, and `--dyad BOL-PER`
    found no incident where `events --dyad BOL-PER` found two (newcomer review, session 15; the lead's
    decision, which replaces session 12's own-pair reading). detente.web.units filters the same way."""
    own = dataclasses.replace(filt, country=None, dyad=None, doc_id=None, story_id=None)
    where, params = own.where()
    reported, more = reported_condition(filt)
    return where + reported, params + more


def reported_condition(filt: EventFilter) -> tuple[str, list]:
    """' AND e.incident_id IN (…)' keeping incidents one of whose reports matches the filter's country,
    dyad, document and story; ('', []) when it has none of them."""
    member = EventFilter(country=filt.country, dyad=filt.dyad, doc_id=filt.doc_id, story_id=filt.story_id)
    if member == EventFilter():
        return "", []
    reported, params = member.where()
    return (" AND e.incident_id IN (SELECT e.incident_id FROM events e LEFT JOIN stories s USING (doc_id) "
            f"WHERE {reported})"), params


def undated_events(db: str, filt: EventFilter) -> int:
    """How many events the filter's --since/--until left out because they have no date (0 when it has
    no date bound or keeps undated rows)."""
    bare = filt.undated_only()
    if bare is None:
        return 0
    where, params = bare.where()
    return count_rows(db, f"events e LEFT JOIN stories s USING (doc_id) WHERE {where} AND {_UNDATED}", params)


def undated_incidents(db: str, filt: EventFilter, disputed: bool = False) -> int:
    """How many incidents the filter's --since/--until left out because they have no date."""
    bare = filt.undated_only()
    if bare is None:
        return 0
    where, params = incident_where(bare)
    return count_rows(db, f"incidents e WHERE {where}{DISPUTED if disputed else ''} AND {_UNDATED}", params)


def count_rows(db: str, rows: str, params: list) -> int:
    """count(*) of `rows` (a FROM clause with its WHERE), read only."""
    with opened(db, read_only=True) as con:
        return con.execute(f"SELECT count(*) FROM {rows}", params).fetchone()[0]


def get_incident(db: str, incident_id: str) -> Incident:
    incident_id = full_id(db, "incidents", "incident_id", incident_id, "incident", "detente incidents")
    with opened(db, read_only=True) as con:
        cur = con.execute(f"{_INCIDENT_SELECT} WHERE e.incident_id = ?", [incident_id])
        row = cur.fetchone()
        if row is None:
            raise NotFound(f"no incident {incident_id!r} in {db}; list ids with `detente incidents --db {db}`")
        incident = incident_from_row(dict(zip([d[0] for d in cur.description], row)))
    return _named_disputes(db, [incident])[0]


# The incidents stage tells sources apart by outlet, else URL host, else "document:ID" (a file with neither):
# `incidents ID` printed "'negated' says document:d1095714774cd1b19" above a report table naming that report
# "fergana-denial.txt" (session 18 newcomer). Shown, such a source takes its report's name; stored, it stays.
DOCUMENT_SOURCE = "document:"


def _named_disputes(db: str, incidents: list[Incident]) -> list[Incident]:
    claims = [k for i in incidents for c in i.contradictions for k in c.claims]
    if not any(o.startswith(DOCUMENT_SOURCE) for k in claims for o in k.outlets):
        return incidents
    labels = report_labels(db, [d for k in claims for d in k.doc_ids])
    return [dataclasses.replace(i, contradictions=tuple(
        dataclasses.replace(c, claims=tuple(dataclasses.replace(k, outlets=source_labels(k.outlets, labels))
                                            for k in c.claims)) for c in i.contradictions)) for i in incidents]


def source_labels(outlets, labels: dict[str, str | None]) -> tuple[str, ...]:
    """A claim's sources as the reports are named: "document:ID" becomes its report_label (a file name)."""
    return tuple((labels.get(o.removeprefix(DOCUMENT_SOURCE)) or o) if o.startswith(DOCUMENT_SOURCE) else o
                 for o in outlets)


def report_label(outlet: str | None, url: str | None, path: str | None, line: int | None = None) -> str | None:
    """What a report is called wherever reports are listed: its outlet, else its URL's host, else its file
    name (with the line of a JSONL record). A folder of .txt files has no outlet, and the page's outlet
    column was blank for every realnews document while `incidents ID` listed bare document ids (newcomer
    review, session 12). Only the label: the stored outlet stays empty, so incident grouping is unchanged."""
    named = outlet or outlet_from_url(url)
    if named or not path:
        return named
    name = path.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1] or path
    return f"{name}:{line}" if line else name


def report_labels(db: str, doc_ids: list[str]) -> dict[str, str | None]:
    """report_label of each of these documents, by id."""
    with opened(db, read_only=True) as con:
        found = con.execute("SELECT doc_id, outlet, url, path, line FROM documents WHERE list_contains(?, doc_id)",
                            [list(doc_ids)]).fetchall()
    return {doc: report_label(outlet, url, path, line) for doc, outlet, url, path, line in found}


def incident_reports(db: str, incident_id: str) -> list[tuple[Event, str | None]]:
    """The event rows (reports) of one incident with their story ids, earliest published first."""
    incident_id = full_id(db, "incidents", "incident_id", incident_id, "incident", "detente incidents")
    sql = (f"{_EVENT_SELECT} LEFT JOIN documents d USING (doc_id) WHERE e.incident_id = ? "
           "ORDER BY d.published NULLS LAST, e.doc_id, e.trigger_start, e.event_id")
    found = list(_events(db, sql, [incident_id]))
    if not found:
        raise NotFound(f"no incident {incident_id!r} in {db}; list ids with `detente incidents --db {db}`")
    return found
