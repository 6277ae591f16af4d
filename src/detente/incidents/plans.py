"""Plans told on one day ("the two ministers would meet next Friday", "had proposed a meeting next week"): not
the acts of that day or before it.

events.dates dates such a report by the day it was told (a plan told as said) or by the month of the week it
names ("next week": only its month), so in date_groups it joined the largest group of that day or month: the
phone call the minister made the day he proposed the meeting (eval/wire14: "Leitenberger said he had offered
... talks" and "had proposed a meeting next week" joined "Hrubeš said he had spoken by telephone with
Leitenberger on Friday", the planned meeting's reports split from each other across the call's group and
another). A plan joins a group only if that group states a date that may fall after the day it was told; else
it is grouped with what is left (the other plans, the undated reports).
"""
from __future__ import annotations

import datetime as dt
import re

from detente.records import Report

# events.dates' notes: "a plan told as said ('next Friday'): dated by the day of the report, dateline 2002-05-03",
# "rel-week: 'next week' resolved against metadata 2002-05-03"
# "rel-month: 'next month' resolved against dateline 2022-04-26": a plan for the month after the day it was told
# (eval/wire23: "is expected to visit Baghdad next month" joined the visit to Amman of two weeks before, both
# dated only near their acts, through loose.apart_in_time).
_PLAN = re.compile(r"^(?:a plan told as said \('[^']*'\): dated by the day of the report, \w+ |"
                   r"rel-(?:week|month): '(?:next|coming|following) (?:week|month)' resolved against \w+ )"
                   r"(\d{4}-\d{2}-\d{2})")


def plan_day(report: Report) -> str | None:
    """The day a plan was told, when the report's date is a plan's (see the module docstring); else None."""
    found = _PLAN.match(report.date_note or "")
    return found.group(1) if found else None


def _pending_on_page(report: Report) -> bool:
    """An act still to come (status pending) dated by the day its page or lead tells it: it happens on or after
    that day, not before it (group.date_groups joins it to the group of that day first, as any report dated so). eval/wire23: "Salvadoran officials said they would again demand the
    withdrawal of the Honduran post at the meeting" (a page of Wednesday the 21st; the meeting a week on) joined
    the president's request of Sunday the 18th through their month. A group stating that very day may hold it:
    "The alliance will welcome Finland as its 31st member in a ceremony" and "would lift export curbs", told on the
    day of the act (realnews: with a plan's strict "after", incident F1 .901 -> .893); so too a day its sentence
    names, resolved against its story's day ("will travel to Berlin on Tuesday", eval/wire28)."""
    return (report.status == "pending" and report.date_source in ("text", "story", "publication")
            and len(report.date or "") == len("YYYY-MM-DD"))


def after_plan(dates: list[set[str]], report: Report, candidates: list[int]) -> list[int]:
    """The candidate groups (their stated dates in `dates`) that state a date which may fall after the day the
    report's plan was told, or on or after the day of an act still to come (`_pending_on_page`); every candidate
    for other reports."""
    pending = _pending_on_page(report)
    day = plan_day(report) or (report.date if pending else None)
    if day is None:
        return candidates
    told = dt.date.fromisoformat(day) - dt.timedelta(days=1 if pending and not plan_day(report) else 0)
    return [i for i in candidates if any(_last_day(d) > told for d in dates[i])]


def _last_day(value: str) -> dt.date:
    """The last day of a date known to the day, month or year."""
    if len(value) >= 10:
        return dt.date.fromisoformat(value[:10])
    if len(value) == 4:
        return dt.date(int(value), 12, 31)
    first = dt.date.fromisoformat(value[:7] + "-01")
    return (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def told_after(report: Report, day: int) -> bool:
    """Whether the report is a plan told after `day` (an ordinal): no act of that day or before it."""
    told = plan_day(report)
    return told is not None and dt.date.fromisoformat(told).toordinal() > day


# A meeting proposed or planned (status pending) is the meeting held on a later day of its block and story:
# "Venezuela was ready to meet Guyanese officials ... and proposed a meeting of foreign ministers" (told on a
# Sunday) and "the foreign ministers of Guyana and Venezuela met ... on Wednesday" are one gold incident
# (eval/wire36 s3-pos-meeting), as a meeting "proposed" for a day is in eval/wire23 and wire14. Dated by the
# day it was told, no group of that day held it, and it stayed a group of its own.
HELD_WITHIN = 14  # days from the day a plan was told to the day its meeting was held
# Only a meeting named as such (apart.MEETING): "weeks before a planned visit to Tehran by Azerbaijan's economy
# minister" is no act of the talks held two days on, nor "would consult both governments in the coming days" a
# body's round of the call made that week (eval/wire26, incident F1 .805 -> .794 with every CONSULT).
PLANNED_ACTS = frozenset({"meeting"})


def held_plan(dates: list[set[str]], report: Report) -> int | None:
    """The group that holds a planned meeting no group of its day holds: the first stating a day from the day
    it was told to HELD_WITHIN days after; None for other reports or when no group states such a day."""
    if report.status != "pending" or report.act not in PLANNED_ACTS or len(report.date or "") != 10:
        return None
    told = dt.date.fromisoformat(report.date)
    held = [(day, i) for i, stated in enumerate(dates) for day in stated
            if len(day) == 10 and 0 <= (dt.date.fromisoformat(day) - told).days <= HELD_WITHIN]
    return min(held)[1] if held else None
