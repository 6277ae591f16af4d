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
# 19/10/2013 (day first) or 10/19/2013 (month first): which one a site uses is only known when a part
# exceeds 12; otherwise only the year is certain.
_NUMERIC_DATE = re.compile(r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})"
                           r"(?![\d/.-]\d)")
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
    precision: str = "day"  # "year" for a numeric date whose day/month order is ambiguous


def _numeric(match: re.Match) -> tuple[dt.date, str] | None:
    """(date, precision) of a numeric day/month/year date, reading the order from a part above 12."""
    a, b, year = int(match["a"]), int(match["b"]), int(match["year"])
    day, month = (a, b) if a > 12 or a == b else (b, a) if b > 12 else (1, 1)
    precision = "day" if a > 12 or b > 12 or a == b else "year"
    if precision == "year" and not (1 <= a <= 12 and 1 <= b <= 12):
        return None
    try:
        return dt.date(year, month, day), precision
    except ValueError:
        return None


def _to_date(match: re.Match) -> dt.date | None:
    mon = match.group("mon")
    month = int(mon) if mon.isdigit() else _MONTHS[mon.lower().rstrip(".")]
    try:
        return dt.date(int(match.group("year")), month, int(match.group("day")))
    except ValueError:  # "February 30" or a number pair that is no date
        return None


def find_dates(text: str) -> list[FoundDate]:
    """Full (day, month, year) dates in text order; overlapping matches keep the first pattern's. A
    numeric date with an ambiguous day/month order is found with precision "year"."""
    found: list[FoundDate] = []
    if not _YEARISH.search(text):  # every full date has a four-digit year; most lines have none
        return found
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            value = _to_date(match)
            overlaps = any(f.start < match.end() and match.start() < f.end for f in found)
            if value is not None and not overlaps:
                found.append(FoundDate(value, match.start(), match.end(), match.group(0)))
    for match in _NUMERIC_DATE.finditer(text):
        parsed = _numeric(match)
        if parsed is not None and not any(f.start < match.end() and match.start() < f.end for f in found):
            found.append(FoundDate(parsed[0], match.start(), match.end(), match.group(0), parsed[1]))
    return sorted(found, key=lambda f: f.start)


# A day and month with no year ("PARIS, Feb 11 (Agency) -"): dates nothing on its own.
_YEARLESS = (re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!,?\s*\d{{4}})", re.I),
             re.compile(rf"\b{_DAY}\s+{_MONTH}(?!\w)(?!,?\s*\d{{4}})", re.I))


def yearless_date(text: str) -> str | None:
    """The first day-and-month written without a year ("Feb 11"), or None."""
    found = [m for pattern in _YEARLESS for m in [pattern.search(text)] if m]
    return min(found, key=lambda m: m.start()).group(0) if found else None


def has_time(text: str) -> bool:
    return _TIME.search(text) is not None


def has_relative_time(text: str) -> bool:
    return _RELATIVE.search(text) is not None


def strip_dates(text: str) -> str:
    """The text with dates, times, relative times and weekday names removed (what is left of a
    dateline is a name or a cue; what is left of a sentence is still a sentence)."""
    for pattern in (*_DATE_PATTERNS, _NUMERIC_DATE, _TIME, _RELATIVE, _WEEKDAY):
        text = pattern.sub(" ", text)
    return text


def plausible(value: dt.date, today: dt.date | None = None) -> bool:
    """A publication date after today or before 1900 is a parsing or typing error."""
    return dt.date(1900, 1, 1) <= value <= (today or dt.date.today())
