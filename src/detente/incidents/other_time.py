"""Pages whose plan or denial is dated to another time than the act: they tell of another act, not doubt this one.

contradictions._status flags an incident whose pages disagree on whether it happened. But a page grouped with the
act may say "pending" or "negated" of something else of its type and pair, and its own sentence dates it: the
next meeting ("the joint committee is due to meet on April 4", eval/wire24), an old promise ("in 2009 the two
presidents had promised ...", wire24), a body that "has not met since" its founding year (wire4, wire21, wire52),
a claim "never given up" since 1969 (wire10). Such a page does not dispute the act; it was listed as "status:
asserted vs pending" or "vs negated" beside it (`detente incidents --disputed`), 21 of the 136 status flags of
the development sets, every one of them read as no dispute.

A plan so dated is another act when its date fits no day the asserting pages give, earlier or later; a denial
only when it is earlier than all of them: a denial comes after the act, and the coder dates it by the day it was
made ("denied on Tuesday that its troops had fired on Sunday"), which is a later day of the same act's dispute.
"""
from __future__ import annotations

from detente.incidents.group import compatible
from detente.records import Report


def other_time(reports: list[Report], says: dict[str, str]) -> set[str]:
    """The documents whose status (`says`, contradictions.document_status) is pending or negated and whose every
    report of that status is dated by its own sentence to another time than the asserted reports' dates."""
    done = sorted({r.date for r in reports if says[r.doc_id] == "asserted" and r.status == "asserted" and r.date})
    if not done:
        return set()
    return {doc for doc, status in says.items() if status in ("pending", "negated")
            and all(_another_time(r, done) for r in reports if r.doc_id == doc and r.status == status)}


def _another_time(report: Report, done: list[str]) -> bool:
    """Whether the report's own sentence dates it where no asserted date fits (a denial: before all of them)."""
    if report.date_source != "sentence" or not report.date or any(compatible(report.date, d) for d in done):
        return False
    return report.status == "pending" or report.date < done[0]
