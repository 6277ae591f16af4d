"""The day of the meeting an undated sentence places its act at.

Analysis pages tell a meeting with its day, then, a paragraph or two on, what was asked and refused there with
no day of their own: "Mammadli asked for the cutter to be returned at the Tehran meeting, ... but the Iranian
side turned the request down" (eval/wire26 w26_03), "Ramsaroop said Guyana had asked for its return at the
meeting" (eval/wire36 w36_11). What ties them to the meeting is the phrase "at the (<name>) meeting", not a
neighbour's day: they were dated by the page (two to five days late) or by the paragraph's other day (a release's
eve). Such a sentence shares the day of the first sentence of the page that tells a meeting (a `meetingday` noun
of events/data/cues.tsv, or "met") and states a recent past day; a named meeting ("the Tehran meeting") the first
one that also writes the name. "In their call" / "during the talks" place an act so too, and a sentence whose only
dates are future ones (a plan it tells) may take the meeting's day (session 28 dates22: eval/wire27 w27_03).
"""
from __future__ import annotations

import datetime as dt
import functools
import re

from detente.events.date_patterns import find_dates, is_future

REACH_DAYS = 10  # a meeting day further back than this before the page's day is background, not the page's meeting


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    from detente.events.lexicon import cue_words  # lexicon is loaded lazily: this module is imported early
    nouns = "|".join(sorted(map(re.escape, cue_words("meetingday")), key=len, reverse=True))
    placed = re.compile(r"\b(?:at\s+the|[Ii]n\s+their|[Dd]uring\s+(?:the|their))\s+(?:(?P<name>[A-Z][\w'\u2019-]+)\s+)?(?:"
                        + nouns + r")\b")
    told = re.compile(r"\b(?:met|" + nouns + r")\b", re.I)
    return placed, told


def meeting_days(anchor_day: dt.date, texts: tuple[str, ...], own: dict) -> dict[str, tuple[str, str]]:
    """Sentence text → (day, expression) for a sentence that states no date (`own[text]` is False, as
    page_anchor.own_day gives it) and places its act at a meeting; the day is the meeting's, as above."""
    placed, _ = _patterns()
    out: dict[str, tuple[str, str]] = {}
    for text in texts:
        at = placed.search(text) if own.get(text) is False or (own.get(text) is None and only_plans(text)) else None
        if at is None or is_future(text, at.start()):
            continue  # "will raise it at the meeting": a plan, not the meeting told before
        day = _meeting_day(anchor_day, texts, own, at["name"])
        if day is not None:
            out[text] = day
    return out


def only_plans(text: str) -> bool:
    """Whether every date the sentence writes is a future one: "In their call, the ministers also agreed that
    officials would meet ... next month" (eval/wire27 w27_03) tells the call, on its day; a past month or year
    ("at the meeting in May") is a day of its own."""
    return all(m.future for m in find_dates(text))


def _meeting_day(anchor_day: dt.date, texts: tuple[str, ...], own: dict, name: str | None
                 ) -> tuple[str, str] | None:
    """(day, expression) of the first sentence that tells a meeting (and writes `name`) with a recent past day."""
    _, told = _patterns()
    for text in texts:
        day = own.get(text)
        if not day or not told.search(text) or (name is not None and name not in text):
            continue
        if (anchor_day - dt.date.fromisoformat(day[0])).days <= REACH_DAYS:
            return day[0], day[1]
    return None
