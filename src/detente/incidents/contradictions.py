"""Where the reports of one incident disagree, and which source says what.

Compared per document (a page that says "will sign" in its lead and "signed" in its body is one
voice, read by what most of its sentences say), across documents; a claim names each report under its
own status, so such a page is named under both:
  * status: one source says it happened, another that it is only pending or did not happen. A
    source that called it pending before any source said it happened is not contradicted: the news
    moved on (the talks ended in a signature); nor is one whose plan or denial its own sentence dates to
    another time than the act (the next meeting, an old promise, a body that "has not met since 2016":
    other_time.py, another act of the type and pair), nor one that says a stance was "never" taken ("has never
    recognised the border": background.py, a position held, not a denial of the act);
  * date: sources that say it happened state different days for it (only dates the sentences state,
    not publication dates; the date of a denial or a promise is the day it was made, not a claim
    about when the event happened), two of them with no day in common;
  * parties: two sources name attackers of one attack with none in common (see group.ONE_PERPETRATOR), or two sources
    name country pairs with none in common (one outlet's Bolivia→Argentina request, another's Bolivia→Peru:
    an incident of one actor's act takes whatever target each outlet names, and said "sources agree"
    while its reports held a pair other than its own; newcomer review, session 14). A page that names
    fewer of the pairs (Argentina only, of a request to Argentina and Peru) omits, it does not dispute.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable

from detente.incidents.background import standing_positions
from detente.incidents.group import ONE_PERPETRATOR
from detente.incidents.other_time import other_time
from detente.incidents.reposts import source_of, sources_of  # noqa: F401 (source_of: contradictions.source_of)
from detente.incidents.types import direction_free
from detente.records import Claim, Contradiction, Report

STATUS_ORDER = ("asserted", "pending", "negated")


def document_status(reports: list[Report]) -> dict[str, str]:
    """doc_id → the status most of its reports give (ties: asserted, then pending)."""
    by_doc: dict[str, Counter] = defaultdict(Counter)
    for r in reports:
        by_doc[r.doc_id][r.status] += 1
    return {d: min(c, key=lambda s: (-c[s], STATUS_ORDER.index(s))) for d, c in by_doc.items()}


def contradictions(reports: list[Report]) -> tuple[Contradiction, ...]:
    found = [c for c in (_status(reports), _date(reports), _parties(reports)) if c is not None]
    return tuple(found)


def _status(reports: list[Report]) -> Contradiction | None:
    """Whether the sources disagree is judged per document (what most of its reports say); who says what is
    told per report, each under its own status: a page with an asserted and a pending report of the incident
    was named under "asserted" alone while the report table beside it showed both (newcomer review, session
    19), so it is named under both."""
    says = document_status(reports)
    first_asserted = min((d for r in reports if says[r.doc_id] == "asserted" and (d := page_date(r))), default=None)
    published = {r.doc_id: page_date(r) for r in reports}
    keep = {d for d, s in says.items() if not _overtaken(s, published[d], first_asserted)}
    keep -= other_time(reports, says) | standing_positions(reports, says)
    kept = [r for r in reports if r.doc_id in keep]
    if _contradiction("status", kept, lambda r: says[r.doc_id]) is None or not _two_apart(kept, _status_of):
        return None
    return _contradiction("status", kept, lambda r: r.status)


def _status_of(report: Report) -> str:
    """A report's status, the value two documents must give with none in common to dispute it: realnews'
    grain-deal exit read "status disputed" because two pages each gave one asserted and one pending report
    (a tie read as asserted) beside three pages of Moscow's conditional promise to return; pages that share a
    status do not contradict each other, as for dates and parties (newcomer review, session 23)."""
    return report.status


# events.dates writes a report's anchor at the end of its note: a page whose date line has no year ("17 Feb") took
# the year from its story, "... resolved against dateline 1988-02-17"
_DATELINE = re.compile(r"resolved against dateline (\d{4}-\d{2}-\d{2})")


def page_date(report: Report) -> str | None:
    """The day the report's page ran: its publication date, else the day of its yearless date line (the page's
    own day, in its story's year). eval/wire50: a page of 17 February saying both armies "are to pull back" had
    no publication date, so the "pulling back" told by a page of 4 March read as "status: asserted vs pending"
    (`detente incidents --disputed`), though the pending page came first: the news moved on."""
    if report.published:
        return report.published
    found = _DATELINE.search(report.date_note or "")
    return found.group(1) if found and report.date_source == "story" else None


def _overtaken(status: str, published: str | None, first_asserted: str | None) -> bool:
    """A 'pending' page published before the first page that says it happened."""
    return status == "pending" and bool(published and first_asserted) and published < first_asserted


def _date(reports: list[Report]) -> Contradiction | None:
    stated = [r for r in reports if r.status == "asserted" and r.date_source == "sentence" and r.date
              and r.date_precision == "day"]
    return _contradiction("date", stated, lambda r: r.date) if _two_apart(stated, lambda r: r.date) else None


def _parties(reports: list[Report]) -> Contradiction | None:
    """Who did it, for acts that happen once whoever did them; else whether two sources name other pairs."""
    named = [r for r in reports if r.source_country and r.event_type in ONE_PERPETRATOR]
    if _two_apart(named, lambda r: r.source_country):
        return _contradiction("parties", named, lambda r: r.source_country)
    return _pairs(reports)


def _pairs(reports: list[Report]) -> Contradiction | None:
    """Reports naming both sides, by pair, when two documents have no pair in common."""
    both = [r for r in reports if r.source_country and r.target_country]
    return _contradiction("parties", both, _pair) if _two_apart(both, _pair) else None


def _two_apart(reports: list[Report], value: Callable[[Report], str]) -> bool:
    """Whether two documents give values with none in common. A page that gives fewer of them omits, it does
    not dispute: realnews' Galwan clash read "parties disputed" because one page named only China attacking
    while four told both sides' blows (a mutual clash), and "date disputed" because one page told the
    fifteenth and, of a later report, the seventeenth, while no page gave the seventeenth alone (newcomer
    review, session 22)."""
    by_doc: dict[str, set[str]] = defaultdict(set)
    for r in reports:
        by_doc[r.doc_id].add(value(r))
    named = list(by_doc.values())
    return any(a.isdisjoint(b) for i, a in enumerate(named) for b in named[i + 1:])


def _pair(report: Report) -> str:
    """'ARG→BOL'; 'ARG–BOL' in alphabetical order for a type whose direction does not matter (AGREE…)."""
    a, b = report.source_country or "", report.target_country or ""
    if direction_free(report.event_type):
        return "–".join(sorted((a, b)))
    return f"{a}→{b}"


def _contradiction(field: str, reports: list[Report], value: Callable[[Report], str]) -> Contradiction | None:
    """A Contradiction when different documents give different values; None when they agree."""
    by_value: dict[str, list[Report]] = defaultdict(list)
    for r in reports:
        by_value[value(r)].append(r)
    docs = {v: {r.doc_id for r in rs} for v, rs in by_value.items()}
    if len(by_value) < 2 or len(set().union(*docs.values())) < 2:
        return None  # one value, or one document saying several things: no dispute between sources
    return Contradiction(field, tuple(_claim(v, by_value[v]) for v in sorted(by_value)))


def _claim(value: str, reports: list[Report]) -> Claim:
    return Claim(value, tuple(sorted({r.event_id for r in reports})), tuple(sorted({r.doc_id for r in reports})),
                 source_names(reports))


def source_names(reports: list[Report]) -> tuple[str, ...]:
    """Each source of `reports` once, by the name its pages give it ("Caucasus Herald"), not by the lower-cased
    key source_of tells sources apart with: a dispute read "'negated' says baku daily" beside a report table
    naming "Baku Daily" (newcomer session 16). Of two spellings of one source, the first in sort order."""
    named: dict[str, str] = {}
    keys = sources_of(reports)  # a repost is no other source
    for r in sorted(reports, key=lambda r: ((r.outlet or "").strip(), r.event_id)):
        key = keys[r.event_id]
        named.setdefault(key, (r.outlet or "").strip() or key)
    return tuple(sorted(named.values(), key=lambda name: (name.lower(), name)))
