"""Find calendar dates, clock times and relative times written in text (no parsing library:
these run on every line of every page, so they are plain regular expressions)."""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from importlib import resources

from detente.clean.locale_months import locale_months
from detente.errors import KnowledgeError
from detente.scan_starts import fold, opening_starts, scan
from detente.folding import FoldedTable

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}


def _other_languages() -> dict[str, int]:
    """Month names of other languages (data/month_names.tsv): name -> month number."""
    text = resources.files("detente.clean").joinpath("data", "month_names.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    names = {name.strip().lower(): int(number) for name, number in rows}
    if any(not 1 <= n <= 12 for n in names.values()) or set(names) & set(_MONTHS):
        raise KnowledgeError("clean/data/month_names.tsv: a month number outside 1-12 or an English name")
    return names


_OTHER_MONTHS = _other_languages()
_MONTHS = FoldedTable(_MONTHS | _OTHER_MONTHS)  # "APRİL" found by a case-insensitive pattern is April (folding.py)
_MONTH = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
# Four figures before a time zone or "hours" are a clock time, not a year: a monitoring digest's "13 Nov, 2000 gmt"
# (broadcast at 20:00) dated its page 2000 (eval/wire19).
_YEAR = r"(?P<year>\d{4})(?!\s*(?:gmt|utc|hrs\b|hours\b|z\b))"
# Pages often drop the space after the comma ("August 5,2023"), so a comma alone separates the year.
_YEAR_SEP = r"(?:,\s*|\s+)"
_DATE_PATTERNS = (
    re.compile(rf"\b{_MONTH}\s+{_DAY}{_YEAR_SEP}{_YEAR}\b", re.I),  # August 5th, 2023 / Aug 5,2023
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}{_YEAR_SEP}{_YEAR}\b", re.I),  # 5 August 2023 / 31st January,2022
    # 12-APR-1988 / 12-Apr-1988: a day, month name and year joined by hyphens, as archives, wire logs and
    # military-style stamps print them
    re.compile(rf"\b{_DAY}-{_MONTH}-{_YEAR}\b", re.I),
    # 2023-08-05, and the date of an ISO timestamp ("2023-08-05T14:02:00Z", a common stamp under a headline)
    re.compile(r"\b(?P<year>\d{4})[-/.](?P<mon>\d{1,2})[-/.](?P<day>\d{1,2})(?:\b|(?=T\d\d:\d\d))"),
)
# A day with a full stop, as German and Scandinavian pages print it ("5. März 2023", "5. August 2023"): read
# for a page's own date (clean.pubdate), not for the roles of its lines (strict=True), where it is more
# often a list's number before a date. Measured on held-out summary lines: eval/wire11 date agreement
# 0.359 -> 0.462, every other line the same. The Spanish and Portuguese "5 de agosto de 2023" was tried
# too: eval/wire11 date 0.359 -> 0.615 on its own, but eval/wire6 story F1 0.889 -> 0.831 (below its floor),
# so it is left out.
_LOOSE_DATE = re.compile(rf"\b{_DAY}\.\s+{_MONTH}{_YEAR_SEP}{_YEAR}\b", re.I)
# The same dotted day after a place and a comma ("Reykjavík, 6. september 1974", a Nordic bulletin's date line,
# eval/wire16): no list number stands after a place, so the segmenter may count it as a date (placed_loose_date).
_PLACED_LOOSE = re.compile(r"^\s*[A-ZÀ-Þ][\w'\u2019.-]*(?:\s+[A-ZÀ-Þ][\w'\u2019.-]*){0,2},\s+(?=\d)")


def placed_loose_date(text: str) -> bool:
    """A line that opens with a place, a comma and a day written with a full stop before its month and year."""
    opening = _PLACED_LOOSE.match(text)
    return bool(opening) and bool(_LOOSE_DATE.match(text, opening.end()))


# "5 de marzo de 2009", "5 de março de 2009": the Spanish and Portuguese form, with a month name of those
# languages, read only where a page states its own date (a date line, a dateline opening the article: `own`;
# the segmenter counts it, so that such a line is a date line).
# Read also in the article's text (session 15, dates7) it lowered held-out eval/wire6's story F1 0.889 -> 0.831.
_OTHER_NAMES = "|".join(sorted(_OTHER_MONTHS, key=len, reverse=True))
# Hausa writes "ga" where Spanish writes "de" ("Jumma'a, 4 ga Satumba, 2020", the date line of a Kano site's English
# edition, eval/wire50 w50_06: the page was left undated and its "on Thursday" resolved against its story's Monday).
_DE_DATE = re.compile(rf"\b{_DAY}\s+(?:de|ga)\s+(?P<mon>{_OTHER_NAMES})\.?,?\s+(?:(?:de|del)\s+)?{_YEAR}\b", re.I)
# "10 กุมภาพันธ์ พ.ศ. 2531": the Thai date line with the era's name before the year (its year is read by _to_date).
_ERA_DATE = re.compile(rf"\b{_DAY}\s+(?P<mon>{_OTHER_NAMES})\s+(?:พ\.\s?ศ\.|B\.\s?E\.)\s*{_YEAR}\b", re.I)
# "Dienstag, 3. März 2009": the day with a full stop before a month name of another language, which no list
# number stands before ("5. March 2023" may be one: _LOOSE_DATE is left out of the segmenter's count for that).
_DOTTED_OTHER = re.compile(rf"\b{_DAY}\.\s+(?P<mon>{_OTHER_NAMES})\.?{_YEAR_SEP}{_YEAR}\b", re.I)
# "2012. május 26., szombat": the Hungarian order, year and day each with a full stop around a month name of
# another language (a Budapest weekly's date line, eval/wire21); read where a page states its own date, as above.
_YEAR_FIRST_OTHER = re.compile(rf"\b(?P<year>\d{{4}})\.\s+(?P<mon>{_OTHER_NAMES})\s+(?P<day>\d{{1,2}})\.", re.I)
# "2016. gada 11. oktobris" and "2016 m. spalio 11 d.": the Latvian and Lithuanian date lines, year first with the
# word for "year" after it (a Riga site's byline, eval/wire23; the Vilnius line of eval/wire6); read where a page
# states its own date, as above.
_BALTIC_YEAR_FIRST = (
    re.compile(rf"\b(?P<year>\d{{4}})\.\s+gada\s+(?P<day>\d{{1,2}})\.\s+(?P<mon>{_OTHER_NAMES})(?!\w)", re.I),
    re.compile(rf"\b(?P<year>\d{{4}})\s+m\.\s+(?P<mon>{_OTHER_NAMES})\s+(?P<day>\d{{1,2}})\s*d\.", re.I))
# "2019년 11월 25일 월요일", "2019年11月25日": the Korean, Chinese and Japanese order, year, month and day each followed
# by its word, as the English editions of Seoul, Beijing and Tokyo outlets print the page's date above the headline
# (eval/wire36 w36_08: an undated page put in its story's August, its November acts a quarter early); read where a
# page states its own date, as above.
_CJK_DATE = re.compile(r"(?<!\d)(?P<year>\d{4})\s*[年년]\s*(?P<mon>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日일]")
# "中華民國108年9月20日": Taiwan's date line in the Republic of China calendar, whose year 1 is 1912 (a Taipei agency's
# English service, eval/wire57 w57_04: the page was left undated); read where a page states its own date, as above.
_ROC_DATE = re.compile(r"(?:中華)?民國\s*(?P<roc>\d{1,3})\s*年\s*(?P<mon>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日")
ROC_EPOCH = 1911
# "平成20年6月14日", "令和元年5月1日": Japan's date line in the year of the emperor's era (Shōwa from 1926, Heisei from
# 1989, Reiwa from 2019; "元年" is the era's first year), as Tokyo agencies' English services print it above the
# headline (session 35, helper pages59: eval/wire59 w59_08, a Tokyo wire page left undated); read where a page states
# its own date, as above.
_JAPANESE_ERA_DATE = re.compile(r"(?P<era>昭和|平成|令和)\s*(?P<jyear>\d{1,2}|元)\s*年\s*(?P<mon>\d{1,2})\s*月\s*"
                                r"(?P<day>\d{1,2})\s*日")
JAPANESE_ERA_EPOCHS = {"昭和": 1925, "平成": 1988, "令和": 2018}
_OWN_YEARLESS = (_ROC_DATE, _JAPANESE_ERA_DATE)  # a page's own date whose year has fewer than four figures
# "4-aprel 2012-yil" and "2012-yil 4-aprel": the Uzbek date line, the day joined to its month and the word for "year"
# to the year by hyphens (a Tashkent site's byline, eval/wire52 w52_05: a page dated to the 1st of its month by an
# image folder, its "on Wednesday" a week early); read where a page states its own date, as above.
_UZBEK_DATE = (
    re.compile(rf"\b{_DAY}-(?P<mon>{_OTHER_NAMES})\s+(?P<year>\d{{4}})(?:-yil\b)?", re.I),
    re.compile(rf"\b(?P<year>\d{{4}})-yil,?\s+(?P<day>\d{{1,2}})-(?P<mon>{_OTHER_NAMES})\b", re.I))
# "5 martie 2019", "5. svibnja 2019.", "5 de março de 2019": a day, then a month name of one of the languages dateparser
# knows (clean.locale_months), then the year; read where a page states its own date, as above.
_LOCALE_MONTHS = locale_months(set(_MONTHS))
_LOCALE_DATE = re.compile(rf"(?<![\w.]){_DAY}\.?\s+(?:(?:de|ga)\s+)?(?P<mon>"
                          + "|".join(sorted(_LOCALE_MONTHS, key=len, reverse=True))
                          + rf")(?!\w)\.?,?\s+(?:(?:de|del)\s+)?{_YEAR}\b", re.I)
# 19/10/2013 (day first) or 10/19/2013 (month first): which one a site uses is only known when a part
# exceeds 12; otherwise only the year is certain.
_NUMERIC_DATE = re.compile(r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})"
                           r"(?![\d/.-]\d)")
# "(?!\w)" rather than "\b" at the end: "7:20 p.m." ends on a full stop, and a "\b" there left "p.m."
# behind, to be read as a commenter's name.
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s*(?:utc|gmt|[a-z]{2,4}t))?(?!\w)|"
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
    # With full stops the day comes first wherever dates are so printed ("12.03.2009": German, Russian,
    # Scandinavian, Turkish pages); the month-first order is written with slashes.
    dotted = match["sep"] == "." and b <= 12
    day, month = (a, b) if a > 12 or a == b or dotted else (b, a) if b > 12 else (1, 1)
    precision = "day" if a > 12 or b > 12 or a == b or dotted else "year"
    if precision == "year" and not (1 <= a <= 12 and 1 <= b <= 12):
        return None
    try:
        return dt.date(year, month, day), precision
    except ValueError:
        return None


# Thai pages print the Buddhist era, 543 years ahead of the common one ("วันพุธที่ 10 กุมภาพันธ์ 2531" is Wednesday
# 10 February 1988: a Bangkok archive page's only date line, eval/wire50 w50_07, left undated and its "on Monday"
# resolved against another outlet's March). No page of the common era prints a year in this range.
_BUDDHIST_ERA = range(2400, 2700)


def common_era(year: int) -> int:
    return year - 543 if year in _BUDDHIST_ERA else year


def _year_of(match: re.Match) -> int:
    groups = match.groupdict()
    if groups.get("era"):
        return JAPANESE_ERA_EPOCHS[groups["era"]] + (1 if groups["jyear"] == "元" else int(groups["jyear"]))
    roc = groups.get("roc")
    return int(roc) + ROC_EPOCH if roc else common_era(int(match.group("year")))


def _to_date(match: re.Match) -> dt.date | None:
    mon = match.group("mon")
    name = mon.lower().rstrip(".")
    # `in` does not fold, a lookup does: "APRİL" is in no table by `in` but is April by `get` (folding.py)
    month = int(mon) if mon.isdigit() else _MONTHS.get(name) or _LOCALE_MONTHS.get(name)
    if month is None:
        return None
    try:
        return dt.date(_year_of(match), month, int(match.group("day")))
    except ValueError:  # "February 30" or a number pair that is no date
        return None


def find_dates(text: str, strict: bool = False, own: bool = False) -> list[FoundDate]:
    """Full (day, month, year) dates in text order; overlapping matches keep the first pattern's. A
    numeric date with an ambiguous day/month order is found with precision "year". `strict`: without the
    day written with a full stop (_LOOSE_DATE); `own`: also the Spanish and Portuguese form (_DE_DATE) and the
    day with a full stop before a month name of another language (_DOTTED_OTHER), or after it with the year first
    (_YEAR_FIRST_OTHER, _BALTIC_YEAR_FIRST), or the year, month and day each with its word (_CJK_DATE), or the
    Uzbek hyphenated day and month (_UZBEK_DATE), or a day before a month name of a language dateparser knows
    (_LOCALE_DATE)."""
    found: list[FoundDate] = []
    if not _YEARISH.search(text) and not (own and any(p.search(text) for p in _OWN_YEARLESS)):  # most lines have none
        return found
    patterns = _DATE_PATTERNS if strict else (*_DATE_PATTERNS, _LOOSE_DATE)
    for pattern in (*patterns, _DE_DATE, _ERA_DATE, _DOTTED_OTHER, _YEAR_FIRST_OTHER, *_BALTIC_YEAR_FIRST, _CJK_DATE, *_OWN_YEARLESS, *_UZBEK_DATE, _LOCALE_DATE) if own else patterns:
        for match in month_led_finditer(pattern, text):
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
# A Portuguese or Spanish agency's dateline writes "de" between day and month ("MAPUTO, 16 de Junho (Agency) -",
# eval/wire22: a page left undated, its "on Tuesday" resolved against its story's month only). Read only in an
# opening dateline (lead_in_date, lead_in_end), never in prose, and never with a year after it: the full
# "5 de agosto de 2023" read everywhere lowered held-out story F1 (see _LOOSE_DATE).
_LEAD_YEARLESS = (*_YEARLESS, re.compile(rf"\b{_DAY}\s+de\s+{_MONTH}(?!\w)(?!,?\s*(?:de\s+)?\d{{4}})", re.I))
# A wire's yearless date line in figures ("HA NOI, 16/7 (VNS) --", eval/wire24: a page left undated, its "on
# Wednesday" resolved against its story's month only). Read only when one part exceeds 12 and so tells the order
# (day first or month first); "5/7" could be either and stays unread.
_LEAD_NUMERIC = re.compile(r"(?<![\d/.-])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/.-]?\d)")
_MONTH_NAMES = ("January February March April May June July August September October November December").split()


def _lead_yearless(head: str) -> tuple[int, int, str] | None:
    """(start, end, "16 July") of the first yearless day and month within LEAD_IN_REACH of a paragraph's head."""
    found = [(m.start(), m.end(), re.sub(r"\s+de\s+", " ", m.group(0), flags=re.I))  # "16 Junho", as find_dates reads it
             for pattern in _LEAD_YEARLESS for m in [month_led_search(pattern, head)] if m and m.start() <= LEAD_IN_REACH]
    numeric = _LEAD_NUMERIC.search(head)
    if numeric and numeric.start() <= LEAD_IN_REACH:
        a, b = int(numeric["a"]), int(numeric["b"])
        day, month = (a, b) if b <= 12 < a <= 31 else (b, a) if a <= 12 < b <= 31 else (0, 0)
        if day:
            found.append((numeric.start(), numeric.end(), f"{day} {_MONTH_NAMES[month - 1]}"))
    return min(found, default=None)


def yearless_date(text: str) -> str | None:
    """The first day-and-month written without a year ("Feb 11"), or None."""
    found = [m for pattern in _YEARLESS for m in [pattern.search(text)] if m]
    return min(found, key=lambda m: m.start()).group(0) if found else None


# A publication stamp that writes the year in two digits ("Published - 11:05 PM, Fri - 10 March 23").
# Only read on a labelled stamp line: in prose "10 March 23" is anything but a date.
_SHORT_YEAR = (re.compile(rf"\b{_DAY}\s+{_MONTH}{_YEAR_SEP}'?(?P<yy>\d{{2}})(?![\d:.])", re.I),
               re.compile(rf"\b{_MONTH}\s+{_DAY}{_YEAR_SEP}'?(?P<yy>\d{{2}})(?![\d:.])", re.I))
_STAMP_LABEL = re.compile(r"\b(?:published|updated|posted|modified|date|dateline|filed)\b", re.I)
# A teleprinter or archive stamp, "14-MAR-85 09:12": day, month name and two-digit year joined by hyphens is a
# date wherever it stands, label or not (the four-digit form is one of find_dates' patterns).
_HYPHEN_SHORT_YEAR = re.compile(rf"\b{_DAY}-{_MONTH}-(?P<yy>\d{{2}})(?![\d-])", re.I)
_WEEKDAY_NUMBER = FoldedTable({"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6})


# Three patterns open with a month name, an alternation of some 300 names in ten languages that `re` tried at every
# position of the text: "March 5, 2023" alone took three quarters of find_dates' time (0.74 of 0.99 CPU s over the
# 7,871 texts the clean stage reads on 300 real-text pages, session 24). They are tried only where a month name can
# start (detente/scan_starts.py); the patterns that open with a digit are cheap as they are.
MONTH_LED = {pattern: opening_starts(pattern) for pattern in (_DATE_PATTERNS[0], _LEAD_YEARLESS[0], _SHORT_YEAR[1])}


def month_led_finditer(pattern: re.Pattern[str], text: str):
    finder = MONTH_LED.get(pattern)
    return pattern.finditer(text) if finder is None else scan(pattern, text, finder(fold(text)))


def month_led_search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """pattern.search(text): the leftmost match, which is the first the scan gives."""
    return next(iter(month_led_finditer(pattern, text)), None)


def short_year_date(text: str, today: dt.date | None = None) -> FoundDate | None:
    """A day, month and two-digit year on a labelled publication stamp; a weekday on the line, when
    there is one, must fall on that day (so "Fri - 10 March 23" is 2023-03-10 and not a misreading)."""
    labelled = _STAMP_LABEL.search(text) is not None
    if not labelled and not _HYPHEN_SHORT_YEAR.search(text):
        return None
    patterns = (*_SHORT_YEAR, _HYPHEN_SHORT_YEAR) if labelled else (_HYPHEN_SHORT_YEAR,)
    match = min((m for p in patterns for m in [month_led_search(p, text)] if m), key=lambda m: m.start(), default=None)
    if match is None:
        return _short_numeric(text, today) if labelled else None
    yy = int(match["yy"])
    year = 2000 + yy if 2000 + yy <= (today or dt.date.today()).year else 1900 + yy
    try:
        value = dt.date(year, _MONTHS[match["mon"].lower().rstrip(".")], int(match["day"]))
    except ValueError:
        return None
    weekdays = {_WEEKDAY_NUMBER[w.group(0)[:3].lower()] for w in _WEEKDAY.finditer(text)}
    if weekdays and value.weekday() not in weekdays:
        return None
    return FoundDate(value, match.start(), match.end(), match.group(0))


# The same stamp in figures ("Posted: 14/3/17 09:10"), read with the day/month rule of full numeric dates.
_SHORT_NUMERIC = re.compile(r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<yy>\d{2})(?![\d/.-]?\d)")


def _short_numeric(text: str, today: dt.date | None) -> FoundDate | None:
    match = _SHORT_NUMERIC.search(text)
    if match is None:
        return None
    yy = int(match["yy"])
    year = 2000 + yy if 2000 + yy <= (today or dt.date.today()).year else 1900 + yy
    parsed = _numeric(_NUMERIC_DATE.fullmatch(f"{match['a']}/{match['b']}/{year}"))
    return FoundDate(parsed[0], match.start(), match.end(), match.group(0), parsed[1]) if parsed else None


def day_month_readings(found: FoundDate) -> tuple[dt.date, ...]:
    """The two days a numeric date with an ambiguous day/month order ("08/06/2018", found with precision
    "year") may be, day first then month first; () for any other date."""
    match = _NUMERIC_DATE.fullmatch(found.text)
    if found.precision != "year" or match is None:
        return ()
    a, b, year = int(match["a"]), int(match["b"]), int(match["year"])
    return tuple(dt.date(year, m, d) for d, m in ((a, b), (b, a)))


def weekday_reading(text: str, found: FoundDate) -> FoundDate:
    """A numeric date whose day/month order is ambiguous ("Fri 08/03/2019"), read as the one order that falls
    on the weekday its line prints; unchanged when it is not ambiguous, no weekday is printed, or both or
    neither order fit."""
    weekdays = {_WEEKDAY_NUMBER[w.group(0)[:3].lower()] for w in _WEEKDAY.finditer(text)}
    readings = day_month_readings(found)
    if not readings or len(weekdays) != 1:
        return found
    fits = {day for day in readings if day.weekday() in weekdays}
    if len(fits) != 1:
        return found
    return FoundDate(fits.pop(), found.start, found.end, found.text)


# A wire dateline opening the first paragraph: a place and an agency, or a date label, then the date,
# then the story ("LIMA, Sept. 4 (Wire) - ...", "PARIS (Agency - 31st January, 2022) ...", "Date:
# 2021-03-04 The ministers ..."). Words that open a sentence's own time phrase ("On May 5, 2019, ...",
# "In March 2014 ...") are no place.
LEAD_IN_REACH = 80
_LABEL = re.compile(r"^[\W_]*(?:date|dated|published|updated|last updated|posted|posted on)\s*[:\-\u2013\u2014]?\s*$", re.I)
_PLACE_WORD = re.compile(r"[A-Z][\w.'\u2019&-]*")
_NOT_PLACE = frozenset("on in since by at from until after before during the this last early earlier late "
                       "later mid as of for to".split())
# A clock time may stand between the date and the agency: "SEOUL, Wednesday 24 August 2016, 09:41 KST
# (Agency) —" (eval/wire9: a wire page so opened was dated only to its month, and its story's first day
# dated its "on Monday" a week early).
_CLOCK = r"(?:,?\s*\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s+(?:utc|gmt|[A-Z]{2,4}T|[A-Z]{3}))?)?"
# The agency in brackets or between slashes ("MOSCOW, 2 October 2017 /Agency/ --").
_AGENCY = r"(?:\([^()\n]{1,40}\)|/[^/\n]{1,40}/)"
# After the date: a dash, a colon, the old wires' underscore ("MONTEVIDEO, March 14 (Agency) _ The…"), or a
# full stop before the story as letters and communiqués print it ("Montevideo, 14 March 1985. The…").
# Or a slash with a space after it, as some wires close a date line ("MARCH 3, 2009 / The talks…").
# Or the agency alone before the story ("UNITED NATIONS, Mar 3, 2009 (IPS) The talks…").
_AFTER_DATELINE = re.compile(r"^" + _CLOCK + r"\s*(?:" + _AGENCY + r"\s*)?(?:[-\u2013\u2014:)_]|/(?=\s)|"
                             r"\.(?=\s+[\"\u201cA-Z])|$)|^" + _CLOCK + r"\s*" + _AGENCY + r"\s+(?=[\"\u201cA-Z])")


def _place_prefix(prefix: str) -> bool:
    """Whether the words before a date may name a dateline's place. A small word in capitals inside the
    name is part of it ("PORT OF SPAIN, Feb 12 (Agency) -", eval/wire10); "On May 5" opens a time phrase."""
    words = re.findall(r"[^\s,/()\[\]:\-\u2013\u2014]+", prefix)
    return 1 <= len(words) <= 8 and all(_PLACE_WORD.fullmatch(w) and (w.lower() not in _NOT_PLACE or k and w.isupper())
                                        for k, w in enumerate(words))


# A page's first paragraphs are asked for an opening dateline several times: yearless_dateline reads its first line,
# first paragraph and first DATELINE_WINDOW segments (overlapping lists), and publication_date asks it twice for an
# undated page (its text, then its address). The answer depends on the text alone (docs/scaling.md, session 23).
@functools.lru_cache(maxsize=256)
def lead_in_date(text: str) -> tuple[FoundDate | None, str | None]:
    """(full date, yearless day-and-month) of a dateline that opens a paragraph; (None, None) when the
    paragraph does not open with one."""
    head = text[:LEAD_IN_REACH + 40]
    full = next((f for f in find_dates(head, own=True) if f.start <= LEAD_IN_REACH), None)
    if full is not None and _dateline_around(head, full.start, full.end):
        return full, None
    first = _lead_yearless(head)
    if first is not None and (full is None or first[0] < full.start) and _dateline_around(head, first[0], first[1]):
        return None, first[2]
    return None, None


# What may follow the date of an opening dateline before the story starts: the agency, a separator.
_DATELINE_TAIL = re.compile(_CLOCK + r"\s*(?:" + _AGENCY + r"\s*)?(?:[-\u2013\u2014:)|_./]+\s*)?")
_STORY_START = re.compile(r"\s*[\"\u201c'\u2018A-Z]")


def lead_in_end(text: str) -> int | None:
    """Where the story starts after a dateline that opens the paragraph ("date 2019-03-09 The talks…",
    "Korvala [Estland], March 9 (LNA): The…"), or None when the paragraph opens with no dateline or
    nothing that reads like a sentence follows it. Left in, the dateline's date would pass for the
    date of the lead's event, and its words for the lead's first words."""
    head = text[:LEAD_IN_REACH + 40]
    full = next((f for f in find_dates(head, own=True) if f.start <= LEAD_IN_REACH), None)
    if full is not None and _dateline_around(head, full.start, full.end):
        end = full.end
    else:
        first = _lead_yearless(head)
        if first is None or (full is not None and full.start < first[0]) or not _dateline_around(head, first[0], first[1]):
            return None
        end = first[1]
    end = _DATELINE_TAIL.match(text, end).end()
    return end if _STORY_START.match(text, end) else None


# A paragraph that opens on the date and a dash ("Oct. 2 — The talks…"): the rest of a dateline whose place
# the segmenter set apart ("GENEVA — " then "Oct. 2 — …"). A dash, not a colon or comma: "March 9: the
# minister" may be a list.
_BARE_DATELINE_TAIL = re.compile(r"^" + _CLOCK + r"\s*(?:\([^()]{1,40}\)\s*)?(?:[-\u2013\u2014]|/(?=\s))(?!\s*\d)")


def _dateline_around(text: str, start: int, end: int) -> bool:
    prefix = text[:start]
    if _LABEL.match(prefix) or (not prefix.strip() and _BARE_DATELINE_TAIL.match(text[end:])):
        return True
    return _place_prefix(prefix) and _AFTER_DATELINE.match(text[end:]) is not None


def has_time(text: str) -> bool:
    return _TIME.search(text) is not None


def has_relative_time(text: str) -> bool:
    return _RELATIVE.search(text) is not None


def strip_dates(text: str) -> str:
    """The text with dates, times, relative times and weekday names removed (what is left of a
    dateline is a name or a cue; what is left of a sentence is still a sentence)."""
    for pattern in (*_DATE_PATTERNS, _DE_DATE, _ERA_DATE, _DOTTED_OTHER, _YEAR_FIRST_OTHER, *_BALTIC_YEAR_FIRST, _CJK_DATE, *_OWN_YEARLESS, _NUMERIC_DATE, _TIME,
                    _RELATIVE,
                    _WEEKDAY):
        text = pattern.sub(" ", text)
    return text


def plausible(value: dt.date, today: dt.date | None = None) -> bool:
    """A publication date after today or before 1900 is a parsing or typing error."""
    return dt.date(1900, 1, 1) <= value <= (today or dt.date.today())
