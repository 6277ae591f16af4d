"""An act the page tells twice: the undated telling takes the day of the dated one, not the lead's.

A headline or its deck tells an act with no day ("Dakar gives its neighbour 72 hours, sends troops to Mpack"),
and a later paragraph tells the same act with its own day ("The army said on Saturday morning that it had sent
an additional infantry company to Mpack", eval/wire30 w30_01). The undated telling took the lead's day
(events.dates: the lead's Friday, the day of the summons the lead tells), where the page dates the act
itself. Session 29's count (dates24): 33 rows on 19 development sets where a headline's act took the lead's
day and the gold gives another.

The same act is the same trigger entry of the lexicon (`Event.rule`'s first word, "verb:send"), type and status.
The dated telling must be the only day the page gives that entry, within a lead's reach of the lead's day, and
not the lead's day itself (then the lead tells that act, and its day is already the undated one's), nor after
the page's own day: a headline's "Turkey extends mission to Oct. 27; Athens calls in Turkish envoy again" gave
its summons the mission's later day, which the first version handed on to the body's undated summons (eval/wire37
w37_12, date 0.958 -> 0.917). Nor is a past perfect that looks back ("Peru had expelled two Chilean envoys" after
"Chile expelled a Peruvian diplomat on Monday", tests/events/test_events_dates_context.py) the act told with a day.
Only a page with an anchor of its own: the story stage re-dates an undated page's rows from their sentences alone
(story_dates._page; its DateReport has no rule), so there the lead's day comes back.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from detente.events.dates import LEAD_REACH_DAYS, looks_back
from detente.records import DateInfo, Event

LEAD_NOTE = "no date in the sentence; the lead's"  # events.dates.event_date's note for the lead's day


def entry(event: Event) -> tuple[str, str, str]:
    """The act's lexicon entry, type and status: "verb:send[obj:...] src=..." gives "verb:send"."""
    return event.rule.split("[", 1)[0].split(" ", 1)[0], event.event_type, event.status


def own_day(event: Event) -> str | None:
    """The day the act's own sentence states, else None."""
    return event.date.value if event.date.source == "sentence" and event.date.precision == "day" else None


def with_told_days(events: list[Event], page_day: dt.date | None) -> list[Event]:
    """The events, each undated one dated by the lead's day given instead the day the page states for the same
    act in another sentence (see the module's doc); `page_day`: the day the page's dates are resolved against."""
    if page_day is None:
        return events
    days: dict[tuple[str, str, str], set[str]] = {}
    for e in events:
        if (day := own_day(e)) is not None and day <= page_day.isoformat():
            days.setdefault(entry(e), set()).add(day)
    return [_redated(e, days.get(entry(e), set())) for e in events]


def _redated(event: Event, days: set[str]) -> Event:
    if not event.date.note.startswith(LEAD_NOTE) or event.date.precision != "day" or len(days) != 1:
        return event
    if looks_back(event.evidence.sentence, event.evidence.trigger_start - event.evidence.start):
        return event  # "Peru had expelled two envoys" after "Chile expelled a diplomat on Monday": an earlier act
    (day,) = days
    try:
        gap = abs((dt.date.fromisoformat(day) - dt.date.fromisoformat(event.date.value)).days)
    except (TypeError, ValueError):
        return event
    if not 0 < gap <= LEAD_REACH_DAYS:
        return event
    note = f"no date in the sentence; the day {day} another sentence of the page states for the same act, " \
           f"not the lead's {event.date.value} (told_days)"
    return replace(event, date=DateInfo(day, "day", "text", note))
