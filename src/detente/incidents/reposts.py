"""A page reposted without an outlet's name is one source with the page it copies, not another outlet.

Pages are told apart by their content hash, so a copy with other navigation or reader comments is stored as a
document of its own; a page read from a file names no outlet and no URL, and contradictions.source_of counts each
such document as a source. Session 32's and 33's newcomers saw a denial and its HTML repost counted as "2 outlets"
(`detente incidents ID`), which raised the incident's outlet count and its confidence (1 - Π(1 - c) over sources)
and weighed the denial twice in "asserted (1 outlet) vs negated (2 outlets)". Two outlet-less pages of one incident
that tell it in the same reports (type, states, status and its cue, date and the words the date was read from, each
as many times: events.dates writes the expression into the note) are one source when they tell it in two or more
reports: one shared report is as likely two outlets quoting one statement. Only pages whose every report is dated
by words of its own (a quoted expression in the note): two pages dated by their publication day alone say nothing of
their wording (realnews: two outlets' pages of Mali's expulsion of the French envoy, each telling it twice).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from urllib.parse import urlsplit

from detente.records import Report

MIN_REPORTS = 2  # reports a page must tell the incident in for its copy to be recognised


def source_of(report: Report) -> str:
    """The independent source of a report: its outlet, else its URL's site, else its document alone."""
    if report.outlet:
        return report.outlet.strip().lower()
    site = urlsplit(report.url).hostname if report.url else None
    return site.removeprefix("www.") if site else f"document:{report.doc_id}"


def sources_of(reports: list[Report]) -> dict[str, str]:
    """event_id → the key of its independent source: source_of, but a repost's is the page it copies (the
    first of the copies by doc_id)."""
    keys = {r.event_id: source_of(r) for r in reports}
    told: dict[str, Counter] = defaultdict(Counter)
    for r in reports:
        if keys[r.event_id].startswith("document:"):
            told[r.doc_id][_telling(r)] += 1
    told = {doc: telling for doc, telling in told.items() if all("'" in note for *_, note in telling)}
    first: dict[frozenset, str] = {}
    copy_of = {}
    for doc in sorted(told):
        if sum(told[doc].values()) >= MIN_REPORTS:
            copy_of[doc] = first.setdefault(frozenset(told[doc].items()), doc)
    return {r.event_id: f"document:{copy_of[r.doc_id]}" if r.doc_id in copy_of else keys[r.event_id] for r in reports}


def _telling(report: Report) -> tuple:
    return (report.event_type, report.source_country, report.target_country, report.status, report.status_cue,
            report.date, report.date_note)
