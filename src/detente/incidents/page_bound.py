"""A page's day bounds the act it tells: a report dated only by its page (a weekday resolved against a yearless date
line, a lead's day of a page dated by its story: loose.page_day) does not join a date group of its block and story
whose every stated date falls after that day (group.date_groups calls `not_after`).

A weekday read from a page names a day of the week the page ran or of the one before it; an act stated for a later
day is another act, whatever month they share. Without a group of its own day such a report used to take the largest
group of its month: eval/wire48's Russian rejection of Tallinn's note (the lead's Saturday, 6 September) joined the
refusal of a joint inquiry "on Tuesday" the 9th (s2-reject-note / s2-joint-refused). Over the development sets with
incident ids (session 32): wire48 .763 -> .791, wire29 .796 -> .821, wire33 .842 -> .866, wire39 .846 -> .863, and 16
more up; down wire24 -.007, wire37 -.006, wire10 -.004, wire26 -.004, wire21 -.002, wire4 -.001, mostly a weekday the
coder resolved to the wrong week (wire37's "Tuesday" of the 6th for the 13th). Not an act still to come (pending),
which plans.after_plan sends to the group of the day it is told or a later one (bounded too: wire50 -.015). A day read
from the paragraph or the lead of a page with its own date (loose.text_day) already looks only at groups of its own
day; a publication date moved nothing more (wire27 -.002), so only page days are bounded."""
from __future__ import annotations

import datetime as dt

from detente.incidents.loose import page_day, text_day
from detente.records import Report

DAY_TOLERANCE = 1  # as group.DAY_TOLERANCE: outlets in other time zones put one act on neighbouring days


def not_after(dates: list[set[str]], report: Report, candidates: list[int]) -> list[int]:
    """The candidate groups (their stated dates in `dates`) stating a date on or before the report's page day (plus
    DAY_TOLERANCE); every candidate for a report dated otherwise."""
    if report.status == "pending" or not page_day(report) or text_day(report):
        return candidates
    last = (dt.date.fromisoformat(report.date) + dt.timedelta(days=DAY_TOLERANCE)).isoformat()
    return [i for i in candidates if any(d[:10] <= last for d in dates[i])]
