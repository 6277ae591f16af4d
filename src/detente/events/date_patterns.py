"""Date expressions in a sentence: the patterns that find them, their cheap guards, and the future cue.

Split from events.dates (which resolves what these find against an anchor) to keep each module small;
events.dates re-exports every name here, so callers import from either.
"""
from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass

from detente.scan_starts import Starts, fold, opening_starts
from detente.scan_starts import scan as scan_from
from detente.events.planned_months import planned_month
from detente.folding import FoldedTable

MONTHS = {m.lower(): n for n, m in enumerate(calendar.month_name) if m}
MONTHS |= {m.lower(): n for n, m in enumerate(calendar.month_abbr) if m}
MONTHS["sept"] = 9
MONTHS = FoldedTable(MONTHS)  # "APRİL" found by a case-insensitive pattern is April (folding.py)
WEEKDAYS = FoldedTable({d.lower(): n for n, d in enumerate(calendar.day_name)})
MONTH_PATTERN = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# Not followed by more digits ("2000,000" or "2017-18" are not years), but a comma or dash after
# the year is common: "On May 5, 2017, the two sides…".
# A decade ("the 1990s") is no year.
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d|[,-]\d|'?s\b)"
DAY_PATTERN = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
WEEKDAY_PATTERN = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
_N = r"(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)"
_DASH = r"\s*(?:-|–|—|to|and|through)\s*"
_YEAR_SEP = r"(?:,\s*|\s+)"  # pages often drop the space after the comma: "March 16,2023"
# Most specific first: the first pattern that matches a stretch of text claims it.
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((name, re.compile(rx, re.I)) for name, rx in (
    ("iso", r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
    # "on 12.03.2009", "on 03/12/2009": day and month in figures (events.dates.numeric_day reads their order)
    ("numeric", r"(?<![\d/.])\b(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)\b(?![/.]\d)"),
    # Ranges date an event by the day or year it started.
    ("month-day-range", r"\b" + MONTH_PATTERN + r"\s+" + DAY_PATTERN + _DASH + r"[0-3]?\d(?:st|nd|rd|th)?\b(?!,\d{1,3}\b)"
     r"(?:" + _YEAR_SEP + _YEAR + r")?"),
    ("day-month-range", r"\b" + DAY_PATTERN + _DASH + r"[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH_PATTERN + r"\b"
     r"(?:" + _YEAR_SEP + _YEAR + r")?"),
    ("year-range", r"\b(?P<year>(?:19|20)\d\d)\s*(?:-|–|/)\s*(?:(?:19|20)\d\d|\d\d)\b(?!,\d)"),
    ("month-day-year", r"\b" + MONTH_PATTERN + r"\s+" + DAY_PATTERN + _YEAR_SEP + _YEAR),
    ("day-month-year", r"\b" + DAY_PATTERN + r"\s+(?:of\s+)?" + MONTH_PATTERN + _YEAR_SEP + _YEAR),
    ("month-year", r"\b" + MONTH_PATTERN + r",?\s+(?:of\s+)?" + _YEAR),
    ("month-day", r"\b" + MONTH_PATTERN + r"\s+" + DAY_PATTERN + r"\b(?!\s*(?:,\s*)?(?:19|20)\d\d)"),
    ("day-month", r"\b" + DAY_PATTERN + r"\s+(?:of\s+)?" + MONTH_PATTERN + r"\b"),
    ("month-this-year", r"\b" + MONTH_PATTERN + r"\s+(?P<rel>this|last|next)\s+year\b"),
    # "earlier in the month", "at the end of the month": the page's month, as "earlier this month" (fixture pages of
    # tests/events/test_events_dates_pages.py). A deadline ("if it is not reopened by the end of the month, he
    # said, …") is no date: read as one, it kept eval/wire9's threat from its paragraph's day.
    ("rel-month", r"\b(?P<rel>this|last|next|earlier this|later this|(?:earlier|later)\s+in\s+the|"
     r"(?<!by\s)(?<!until\s)(?<!till\s)(?<!before\s)the\s+(?:beginning|start|middle|end)\s+of\s+the)\s+month\b"),
    # "last summer", "this spring": a year (a season spans two months' pages; "winter" spans two years: not read)
    ("season", r"\b(?P<rel>last|this|next)\s+(?P<season>spring|summer|autumn|fall)\b"),
    # "over the past few days", "in recent days": the page's month, as "this week" gives it
    ("recent-days", r"\b(?:(?:the\s+)?(?:past|last)\s+(?:few|several|couple\s+of)|recent)\s+days\b"),
    # "earlier in the week", "in the past week": this week, as "earlier this week" (pages written for
    # tests/events/test_events_dates_styles.py)
    ("rel-week", r"\b(?P<rel>this|last|next|earlier this|later this|(?:earlier|later) in the|(?<=in )the past)\s+"
     r"week(?:end)?\b"),
    ("rel-year", r"\b(?P<rel>this|last|next|earlier this|later this)\s+year\b"),
    # "about three years ago" is no year: the approximate ones are left to "past-vague" below.
    ("ago", r"(?<!than )(?<!over )(?<!nearly )(?<!almost )(?<!least )(?<!about )(?<!around )(?<!some )"
     r"\b(?P<n>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>day|week|fortnight|month|year|decade)s?"
     r"\s+ago\b"),
    # Background with no date to give: "years ago", "more than a decade ago", "decades earlier" (and,
    # below, "in the 1990s", "the early '90s").
    ("past-vague", r"\b(?:(?:(?:more|less)\s+than|over|nearly|almost|at\s+least|about|around|some)\s+" + _N
     + r"\s+(?:year|decade)s?|(?:(?:many|several|some|few|a\s+few)\s+)?(?:years|decades|generations))\s+"
     r"(?:ago|earlier|before)\b"),
    ("decade", r"\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(?:19|20)\d0|'\d0)'?s\b"),
    # "a day after the raid": dates the clause it introduces relative to the sentence's other date.
    ("shift-clause", r"\b" + _N + r"\s+(?P<unit>day|week)s?\s+(?P<dir>after|before)\b(?!\s*(?:[,.;]|$))"),
    # "the following day", "two days later": relative to the last day stated before the sentence.
    ("shift", r"\b" + _N + r"\s+(?P<unit>day|week)s?\s+(?P<dir>later|earlier)\b"),
    # also a part of that day: "reopened the crossing at six the next morning", "the previous evening" (eval/wire26:
    # a reopening told so was dated by the page, two days late)
    ("next-day", r"\bthe\s+(?:(?P<dir>following|next|previous|preceding)\s+(?:day|morning|afternoon|evening|night)"
     r"|day\s+(?P<dir2>after|before)(?=\s*(?:[,.;]|$)))"),
    # "On the eve of the talks, …": the day before the last day stated (the talks' day); not "the eve of Friday's
    # summit" or "the eve of 12 March", whose day is written (fixture pages of test_events_dates_pages.py)
    ("eve", r"\bthe\s+eve\s+of\b(?!\s+(?:the\s+)?(?:\d|" + "|".join(WEEKDAYS) + "|" + "|".join(m for m in MONTHS if len(m) > 3) + r"))"),
    # "the same evening", "later that day": the day last stated before, as "the following day" counts from it.
    ("same-day", r"\b(?:the\s+same\s+(?:day|date|evening|night|morning|afternoon)|(?:later|earlier)\s+that\s+"
     r"(?:day|evening|night|morning|afternoon)|that\s+(?:same\s+)?(?:evening|night|morning|afternoon)|"
     # "Hours later, the minister confirmed…" after a paragraph that told Monday's press briefing (eval/wire10)
     r"(?:(?:a\s+few|several|some|only|just)\s+)?hours\s+later)\b"),
    ("last-weekday", r"\blast\s+" + WEEKDAY_PATTERN + r"\b"),
    ("next-weekday", r"\bnext\s+" + WEEKDAY_PATTERN + r"\b"),
    ("weekend", r"\b(?:(?:over|at|during|on)\s+the(?:\s+past)?|this\s+past)\s+weekend\b"),
    # "on the Monday" counts from a day the narrative has told ("flew in on the Saturday after the clash, went
    # on to Yaoundé on the Monday"), not from the page's (eval/wire10: a deal dated by the magazine's own day)
    ("weekday", r"(?<!\bon the )\b" + WEEKDAY_PATTERN + r"\b"),
    # "last night" is the evening before the day of writing, as a printed daily dates its lead's act
    # ("a statement read on national radio last night", eval/wire10); "this morning" the day itself.
    ("deictic", r"\b(?P<word>(?:the\s+day\s+(?:before\s+yesterday|after\s+tomorrow))|today|yesterday|tonight|tomorrow|last\s+(?:night|evening)|this\s+(?:morning|afternoon|evening))\b"),
    # "after a ministerial meeting on the 12th": a day of the month with no month, as British and
    # Commonwealth pages write a day of the current or last month (eval/wire8); not "on the 3rd anniversary".
    ("day-only", r"\bon\s+the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s*[-\u2013]|\s+(?!(?:and|in|at|when|after|"
     r"before|with|to|by|but|as|for|of|from|or|the|a|an|his|her|their|its)\b)[a-z])"),
    ("bare-month", r"\b(?:in|since|during|until|by|from|early|late|mid|earlier in|later in|last)[\s-]+" + MONTH_PATTERN + r"\b"),
    ("year", r"\b(?:in|since|during|until|till|by|from|of|the|early|late|mid|between|around|throughout)[\s-]+"
     + _YEAR),
))

# Words that put a following date in the future: plans, schedules, expectations ("is due to visit on
# Monday", "will meet in June"). Only looked for in the same clause, just before the date.
# Bare "due"/"plans" are not cues: "cancelled due to fighting on Monday", "the plans announced in June".
# "is due in Algiers on Sunday to meet" (wire8) is a visit planned as much as "is due to visit".
FUTURE_CUE = re.compile(r"\b(?:will|shall|would|(?:is|are|was|were)\s+(?:due|expected|scheduled|slated|set)\s+to|"
                        r"(?:is|are|was|were)\s+(?:due|expected)\s+(?:in|at|back\s+in)|"
                        r"scheduled\s+(?:for|to)|(?:plans?|planned|planning|intends?)\s+to|planned\s+for|upcoming|"
                        r"(?:is|are)\s+to|to\s+be\s+held)\b|'ll\b|"
                        # a relative clause in the present simple tells a timetable, not a past act: "the summit, which
                        # opens in the capital on Saturday" (eval/wire59 w59_04: the lead's Saturday, not the statement's
                        # Friday, dated the statement the page goes on to tell)
                        r"\b(?:which|that)\s+(?:opens|begins|starts|convenes|resumes|takes\s+place)\b|"
                        # "postponed to Monday" names the new day; "moved to the border on Thursday" (wire4) does not
                        r"\b(?:postponed|moved|delayed)\s+(?:to|until)\s*$", re.I)
# Characters before a date searched for a future cue, within its clause: a long object may stand between the
# cue and the day ("is expected to send a military transport plane from <place> with food and shelter materials
# on Friday", eval/wire2: 60 characters missed the cue and dated the flight the Friday before). 60 -> 110:
# wire2 date 0.98 -> 1.0, held-out wire6 incident 0.858 -> 0.865 (summary line), no other score changed.
FUTURE_REACH = 110


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int  # offset within the sentence text
    end: int
    kind: str
    text: str
    groups: dict
    future: bool = False  # a future cue precedes it in its clause


def is_future(text: str, start: int) -> bool:
    before = re.split(r"[,;:.]", text[max(0, start - FUTURE_REACH):start])[-1]
    return FUTURE_CUE.search(before) is not None


def find_dates(text: str) -> list[DateMention]:
    """Date expressions in a text, longest-pattern first, without overlaps, in text order."""
    return list(dates_in(text))


# Words one of which a pattern's match must contain (lower case; a digit is "0"): a text without any
# of a group cannot match that pattern, which is then not run. Most sentences name no month, and
# half hold no digit, so most of the 22 scans are skipped. Beyond ASCII the folding must follow the
# patterns: under re.I four letters match an ASCII one ("ſ" matches "s", the Kelvin sign "k"; a scan of
# every code point finds no others) and \d matches every Unicode decimal digit (see _folded).
_DIGIT, _MONTHS, _DAY_WORD = ("0",), tuple(MONTHS), ("day",)
NEEDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "iso": (_DIGIT,), "numeric": (("0/0", "0.0"),), "month-day-range": (_DIGIT, _MONTHS), "day-month-range": (_DIGIT, _MONTHS),
    "year-range": (_DIGIT,), "month-day-year": (_DIGIT, _MONTHS), "day-month-year": (_DIGIT, _MONTHS),
    "month-year": (_DIGIT, _MONTHS), "month-day": (_DIGIT, _MONTHS), "day-month": (_DIGIT, _MONTHS),
    "month-this-year": (_MONTHS, ("year",)), "rel-month": (("month",),), "rel-week": (("week",),),
    "rel-year": (("year",),), "ago": (("ago",),), "past-vague": (("year", "decade", "generation"),),
    "decade": (("0s", "0's"),), "shift-clause": (("after", "before"),),
    "shift": (("later", "earlier"),), "next-day": (("day", "morning", "afternoon", "evening", "night"),), "same-day": (("same", "that", "hours"),), "last-weekday": (("last",), _DAY_WORD),
    "next-weekday": (("next",), _DAY_WORD), "weekend": (("weekend",),), "weekday": (_DAY_WORD,),
    "deictic": (("day", "night", "tomorrow", "morning", "afternoon", "evening"),), "bare-month": (_MONTHS,), "year": (_DIGIT,),
    "day-only": (_DIGIT, ("the",)), "season": (("spring", "summer", "autumn", "fall"),), "recent-days": (("days",),),
    "eve": (("eve",),),
}
# Each pattern is tried only where one of its fixed openings starts a word (detente/scan_starts.py). Month- and
# digit-led patterns had finders since session 13; the 22 word-led ones ran at every position of an undated page's
# whole text (its latest year, its bare months: 1-1.5 CPU s of a worker's 25 at 300 real-text pages, session 23).
STARTS: dict[str, Starts] = {kind: finder for kind, p in PATTERNS if (finder := opening_starts(p)) is not None}
# The guards and the start finders read the text folded (detente/scan_starts.py): lower case, every digit "0", the
# four letters that match an ASCII one under re.I written as that letter; same length, same word characters.
_folded = fold


def _may_match(kind: str, folded: str | None, seen: dict[tuple[str, ...], bool] | None = None) -> bool:
    """False when the text (as _folded gives it; None: unguarded) cannot hold this kind of date. `seen`
    keeps each word group's answer for the text: nine patterns ask for the 25 month names, and
    asking anew was a fifth of the scanner's time (0.25 of 1.1 CPU s on 200 real-text pages)."""
    if folded is None:
        return True
    seen = {} if seen is None else seen
    for group in NEEDS[kind]:
        if group not in seen:
            seen[group] = any(w in folded for w in group)
        if not seen[group]:
            return False
    return True


@functools.lru_cache(maxsize=4096)
def dates_in(text: str, guarded: bool = True) -> tuple[DateMention, ...]:
    """find_dates, cached: a sentence is scanned by the document's story context and again for
    each event it holds. `guarded=False` runs every pattern on every position (tests compare)."""
    taken: list[tuple[int, int]] = []
    found = []
    folded = _folded(text) if guarded else None
    seen: dict[tuple[str, ...], bool] = {}
    starts: dict[Starts, list[int]] = {}  # each start finder runs once per text (detente/scan_starts.py)
    for kind, pattern in PATTERNS:
        if not _may_match(kind, folded, seen):
            continue
        finder = STARTS.get(kind) if guarded else None
        if finder is not None and finder not in starts:
            starts[finder] = finder(folded)  # the finders read the folded text: same length, same word characters
        for m in pattern.finditer(text) if finder is None else scan_from(pattern, text, starts[finder]):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            if kind.startswith("month-day") and m.group("month").lower() in ("may", "march") \
                    and m.group(0)[0].islower():
                continue  # "may 5" as a modal, not a month
            taken.append((m.start(), m.end()))
            found.append(DateMention(m.start(), m.end(), kind, m.group(0), m.groupdict(),
                                     is_future(text, m.start()) or planned_month(text, kind, m.start())))
    return _without_named_weekdays(text, sorted(found, key=lambda d: d.start))


# A weekday written beside the day it names ("on Tuesday, 3 March", "on Wednesday (March 4)", "March 4,
# Wednesday"): the written day dates the act, the weekday only restates it. Read alone, the weekday counted
# back from the page's day was a week late when the day was more than a week old, and against a page known
# only to its year or month it gave no day at all (pages written for tests/events/test_events_dates_styles.py).
_WRITTEN_DAY = frozenset({"month-day", "day-month", "month-day-year", "day-month-year", "month-day-range",
                          "day-month-range", "iso", "numeric"})
_BESIDE = re.compile(r"\s*[,(]?\s*(?:the\s+)?$|\s*,\s*$", re.I)


def _without_named_weekdays(text: str, found: list[DateMention]) -> tuple[DateMention, ...]:
    beside: set[int] = set()
    for one, other in zip(found, found[1:]):
        pair = (one, other) if one.kind.endswith("weekday") else (other, one)
        if pair[0].kind.endswith("weekday") and pair[1].kind in _WRITTEN_DAY \
                and _BESIDE.fullmatch(text[one.end:other.start]):
            beside.add(pair[0].start)
    return tuple(m for m in found if m.start not in beside)
