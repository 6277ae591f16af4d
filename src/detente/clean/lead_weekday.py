"""A page's numeric date line whose day/month order is ambiguous, read from the weekday of its first paragraph.

"Posted: 02/10/2012 19:40 EAT" may be 2 October or 10 February; the page was dated to its year only, and every
act on it fell to "2012" (eval/wire26 w26_08: four core events, none with an agreeing date). A wire or site
tells its news on the day it happened or the day after, and its first paragraph names that day ("Kasembe on
Tuesday denied ..."): of the two readings, the one that falls on that weekday or the day after it is the date.
Nothing is read when the paragraph names no weekday or more than one, or when both readings fit or neither.
"""
from __future__ import annotations

import re
from typing import Sequence

from detente.clean import dates

_WEEKDAY_NAME = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_NUMBER = {name: i for i, name in enumerate(
    ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))}
# Days between the weekday told in the lead and the page's date: the same day, or the next.
_LAG = (0, 1)


def lead_weekday(paragraph: str) -> int | None:
    """The one weekday (0 = Monday) a first paragraph names in full, or None for none or several."""
    named = {_NUMBER[m.group(1)] for m in _WEEKDAY_NAME.finditer(paragraph)}
    return named.pop() if len(named) == 1 else None


def lead_reading(found: dates.FoundDate, lead: Sequence[str]) -> dates.FoundDate:
    """`found` read as the one day/month order on or the day after the weekday the lead tells its news on;
    unchanged when the date is not ambiguous or the lead does not settle it."""
    readings = dates.day_month_readings(found)
    weekday = lead_weekday(" ".join(lead)) if readings else None
    if weekday is None:
        return found
    fits = {day for day in readings if (day.weekday() - weekday) % 7 in _LAG}
    if len(fits) != 1:
        return found
    return dates.FoundDate(fits.pop(), found.start, found.end, found.text)
