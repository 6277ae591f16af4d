"""Acts "at the weekend": events.dates gives them only the month (which of Saturday and Sunday is not said), but
they fall on the last weekend before the day that was resolved against, not on another day of that month.

eval/wire28: "the company sent to Zwedru returned to Monrovia over the weekend" (a page of Thursday the 21st: the
16th-17th) joined, through its month, the release of Tuesday the 12th told on a page of the week before (the
RETREAT of recall16's units back at base; two gold incidents). group.date_groups keeps a weekend report out of a
group that states a day outside its weekend, and a day report out of a group of weekend reports only.
"""
from __future__ import annotations

import datetime as dt
import re

from detente.records import Report

# "weekend: 'over the weekend' resolved against metadata 2012-06-21" (events.dates: the last Saturday–Sunday)
_WEEKEND = re.compile(r"^weekend: '[^']*' resolved against \w+ (\d{4}-\d{2}-\d{2})$")
SLACK = 1  # a Friday night or a Monday morning in another time zone is still the weekend's act


def weekend_days(report: Report) -> frozenset[str]:
    """The days of the weekend a report is dated by (its Saturday and Sunday, SLACK days either side); none for
    a report dated otherwise."""
    found = _WEEKEND.match(report.date_note or "")
    if not found:
        return frozenset()
    anchor = dt.date.fromisoformat(found.group(1))
    saturday = anchor - dt.timedelta(days=(anchor.weekday() - 5) % 7)
    return frozenset((saturday + dt.timedelta(days=k)).isoformat() for k in range(-SLACK, 2 + SLACK))


def on_its_weekend(dates: list[set[str]], groups: list[list[Report]], report: Report,
                   candidates: list[int]) -> list[int]:
    """The candidate groups (their stated dates in `dates`) a report may join: for a weekend report, those
    stating no day outside its weekend; for a report of one day, those not made only of weekend reports whose
    weekends miss that day; every candidate for other reports."""
    days = weekend_days(report)
    if days:
        return [i for i in candidates if all(len(d) != 10 or d in days for d in dates[i])]
    day = report.date if report.date and len(report.date) == 10 else None
    if day is None:
        return candidates
    return [i for i in candidates if not all((w := weekend_days(m)) and day not in w for m in groups[i])]
