"""Find calendar dates, clock times and relative times written in text (no parsing library:
these run on every line of every page, so they are plain regular expressions)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_DATE_PATTERNS = (
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),  # August 5th, 2023
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I),  # 5 August 2023
    re.compile(r"\b(?P<year>\d{4})[-/.](?P<mon>\d{1,2})[-/.](?P<day>\d{1,2})\b"),  # 2023-08-05
)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s*(?:utc|gmt|[a-z]{2,4}t))?\b|"
                   r"\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)(?!\w)", re.I)
_RELATIVE = re.compile(r"\b(?:\d+|an?|one)\s+(?:second|minute|min|hour|hr|day|week|month|year)s?\s+ago\b", re.I)
_YEARISH = re.compile(r"\d{4}")
_WEEKDAY = re.compile(r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\b\.?", re.I)


@dataclass(frozen=True, slots=True)
class FoundDate:
    value: dt.date
    start: int
    end: int
    text: str


def _to_date(match: re.Match) -> dt.date | None:
    mon = match.group("mon")
    month = int(mon) if mon.isdigit() else _MONTHS[mon.lower().rstrip(".")]
    try:
        return dt.date(int(match.group("year")), month, int(match.group("day")))
    except ValueError:  # "February 30" or a number pair that is no date
        return None


def find_dates(text: str) -> list[FoundDate]:
    """Full (day, month, year) dates in text order; overlapping matches keep the first pattern's."""
    found: list[FoundDate] = []
    if not _YEARISH.search(text):  # every full date has a four-digit year; most lines have none
        return found
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            value = _to_date(match)
            overlaps = any(f.start < match.end() and match.start() < f.end for f in found)
            if value is not None and not overlaps:
                found.append(FoundDate(value, match.start(), match.end(), match.group(0)))
    return sorted(found, key=lambda f: f.start)


def has_time(text: str) -> bool:
    return _TIME.search(text) is not None


def has_relative_time(text: str) -> bool:
    return _RELATIVE.search(text) is not None


def strip_dates(text: str) -> str:
    """The text with dates, times, relative times and weekday names removed (what is left of a
    dateline is a name or a cue; what is left of a sentence is still a sentence)."""
    for pattern in (*_DATE_PATTERNS, _TIME, _RELATIVE, _WEEKDAY):
        text = pattern.sub(" ", text)
    return text


def plausible(value: dt.date, today: dt.date | None = None) -> bool:
    """A publication date after today or before 1900 is a parsing or typing error."""
    return dt.date(1900, 1, 1) <= value <= (today or dt.date.today())
