"""When an event happened: date expressions in its sentence, resolved against the publication date.

Resolution rules (news convention): a weekday or bare month in past-tense news means the most
recent one on or before the anchor; "this year"/"last month" count from the anchor. When the
anchor is only a month or year (an inferred or coarse publication date), a day-relative
expression keeps the anchor's precision instead of inventing a day.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from detente.records import Article, DateInfo

MONTHS = {m.lower(): n for n, m in enumerate(calendar.month_name) if m}
MONTHS |= {m.lower(): n for n, m in enumerate(calendar.month_abbr) if m}
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): n for n, d in enumerate(calendar.day_name)}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# Not followed by more digits ("2000,000" or "2017-18" are not years), but a comma or dash after
# the year is common: "On May 5, 2017, the two sides…".
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d|[,-]\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
# Most specific first: the first pattern that matches a stretch of text claims it.
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((name, re.compile(rx, re.I)) for name, rx in (
    ("iso", r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
    ("month-day-year", r"\b" + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR),
    ("day-month-year", r"\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR),
    ("month-year", r"\b" + _MONTH + r",?\s+(?:of\s+)?" + _YEAR),
    ("month-day", r"\b" + _MONTH + r"\s+" + _DAY + r"\b(?!\s*(?:,\s*)?(?:19|20)\d\d)"),
    ("day-month", r"\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"\b"),
    ("month-this-year", r"\b" + _MONTH + r"\s+(?P<rel>this|last|next)\s+year\b"),
    ("rel-month", r"\b(?P<rel>this|last|next|earlier this|later this)\s+month\b"),
    ("rel-week", r"\b(?P<rel>this|last|next|earlier this|later this)\s+week(?:end)?\b"),
    ("rel-year", r"\b(?P<rel>this|last|next|earlier this|later this)\s+year\b"),
    ("ago", r"\b(?P<n>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>day|week|month|year)s?\s+ago\b"),
    ("last-weekday", r"\blast\s+" + _WEEKDAY + r"\b"),
    ("weekday", r"\b" + _WEEKDAY + r"\b"),
    ("deictic", r"\b(?P<word>today|yesterday|tonight|tomorrow)\b"),
    ("bare-month", r"\b(?:in|since|during|until|by|from|early|late|mid|earlier in|later in|last)[\s-]+" + _MONTH + r"\b"),
    ("year", r"\b(?:in|since|during|until|by|from|of|the|early|late|mid)[\s-]+" + _YEAR),
))
NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10}


@dataclass(frozen=True, slots=True)
class Anchor:
    """The reference date: a day, or only a month or year when that is all we know."""

    date: dt.date
    precision: str  # day | month | year
    source: str


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int  # offset within the sentence text
    end: int
    kind: str
    text: str
    groups: dict


def find_dates(text: str) -> list[DateMention]:
    """Date expressions in a text, longest-pattern first, without overlaps, in text order."""
    taken: list[tuple[int, int]] = []
    found = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            if kind == "month-day" and m.group("month").lower() in ("may", "march") and m.group(0)[0].islower():
                continue  # "may 5" as a modal, not a month
            taken.append((m.start(), m.end()))
            found.append(DateMention(m.start(), m.end(), kind, m.group(0), m.groupdict()))
    return sorted(found, key=lambda d: d.start)


def _fmt(day: dt.date, precision: str) -> str:
    return {"day": day.isoformat(), "month": day.isoformat()[:7], "year": str(day.year)}[precision]


def _coarsest(precision: str, anchor: Anchor) -> str:
    order = ("day", "month", "year")
    return max(precision, anchor.precision, key=order.index)


def _month_before(anchor: dt.date, month: int) -> dt.date:
    year = anchor.year if month <= anchor.month else anchor.year - 1
    return dt.date(year, month, 1)


def _shift_months(day: dt.date, months: int) -> dt.date:
    total = day.year * 12 + day.month - 1 + months
    return dt.date(total // 12, total % 12 + 1, 1)


def resolve(mention: DateMention, anchor: Anchor | None) -> tuple[str, str] | None:
    """(value, precision) of a date mention; None when it needs an anchor we lack or is invalid."""
    g, kind = mention.groups, mention.kind
    try:
        if kind in ("iso", "month-day-year", "day-month-year"):
            month = int(g["month"]) if kind == "iso" else MONTHS[g["month"].lower()]
            return dt.date(int(g["year"]), month, int(g["day"])).isoformat(), "day"
        if kind == "month-year":
            return f"{int(g['year']):04d}-{MONTHS[g['month'].lower()]:02d}", "month"
        if kind == "year":
            return g["year"], "year"
    except ValueError:
        return None
    if anchor is None:
        return None
    return _relative(mention, anchor)


def _relative(mention: DateMention, anchor: Anchor) -> tuple[str, str] | None:
    g, kind, base = mention.groups, mention.kind, anchor.date
    if kind in ("month-day", "day-month"):
        month = MONTHS[g["month"].lower()]
        start = _month_before(base, month)
        try:
            return _fmt(dt.date(start.year, month, int(g["day"])), _coarsest("day", anchor)), _coarsest("day", anchor)
        except ValueError:
            return None
    if kind in ("bare-month", "month-this-year"):
        month = MONTHS[g["month"].lower()]
        rel = (g.get("rel") or "").lower()
        year = base.year + {"last": -1, "next": 1}.get(rel, 0) if rel else _month_before(base, month).year
        if mention.text.lower().startswith("last ") and not rel:
            year = _month_before(base, month).year if month < base.month else base.year - 1
        return f"{year:04d}-{month:02d}", "month"
    return _deictic(mention, anchor)


def _deictic(mention: DateMention, anchor: Anchor) -> tuple[str, str] | None:
    g, kind, base = mention.groups, mention.kind, anchor.date
    rel = (g.get("rel") or "").lower()
    step = -1 if rel == "last" else 1 if rel == "next" else 0
    if kind == "rel-year":
        return str(base.year + step), "year"
    if kind == "rel-month":
        return _fmt(_shift_months(base, step), "month"), _coarsest("month", anchor)
    if kind == "rel-week":
        return _at(base + dt.timedelta(days=7 * step), "month", anchor)
    if kind == "ago":
        n, unit = NUMBERS.get(g["n"].lower()) or int(g["n"]), g["unit"].lower()
        if unit in ("day", "week"):
            return _at(base - dt.timedelta(days=n * (7 if unit == "week" else 1)), "day" if unit == "day" else "month", anchor)
        if unit == "month":
            return _at(_shift_months(base, -n), "month", anchor)
        return str(base.year - n), "year"
    if kind in ("weekday", "last-weekday"):
        back = (base.weekday() - WEEKDAYS[g["weekday"].lower()]) % 7
        if kind == "last-weekday" and back == 0:
            back = 7
        return _at(base - dt.timedelta(days=back), "day", anchor)
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[g["word"].lower()]
    return _at(base + dt.timedelta(days=offset), "day", anchor)


def _at(day: dt.date, precision: str, anchor: Anchor) -> tuple[str, str]:
    """A day-relative date; with a coarse anchor (a month or year we only know bounds), the anchor itself."""
    if anchor.precision != "day":
        return _fmt(anchor.date, anchor.precision), anchor.precision
    return _fmt(day, precision), precision


def anchor_of(info: DateInfo) -> Anchor | None:
    """A DateInfo as an anchor; an "inferred" day is only trusted to the month."""
    if not info.value:
        return None
    parts = [int(p) for p in info.value.split("-")]
    day = dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    precision = info.precision if info.precision in ("day", "month", "year") else ("day", "month", "year")[len(parts) - 1]
    if info.source == "inferred" and precision == "day":
        precision = "month"
    return Anchor(day, precision, info.source)


def document_anchor(article: Article, leaders: set[str] = frozenset(), texts: tuple[str, ...] = ()
                    ) -> tuple[Anchor | None, str]:
    """The publication date, else the latest explicit year in the article, else the office terms of
    the leaders it names (`leaders`: canonical names; `texts`: the coded sentences, for bare months)."""
    anchor = anchor_of(article.published)
    if anchor is not None:
        return anchor, "publication"
    dates = [resolve(m, None) for m in find_dates(article.text)]
    absolute = sorted(d for d in dates if d is not None)
    if not absolute:
        months = [m.groups["month"] for t in texts for m in find_dates(t) if m.kind == "bare-month"]
        anchor, why = tenure_anchor(set(leaders), months)
        if anchor is not None:
            return anchor, why
        return None, "no publication date and no explicit date in the document"
    value, precision = max(absolute, key=lambda d: d[0][:4])
    year = value[:4]
    return Anchor(dt.date(int(year), 12, 31), "year", "text"), f"no publication date; latest year stated in the document ({year})"


def event_date(sentence_text: str, trigger_offset: int, anchor: Anchor | None, why: str) -> DateInfo:
    """The sentence's date expression nearest the trigger, resolved; else the anchor itself."""
    candidates = []
    for mention in find_dates(sentence_text):
        resolved = resolve(mention, anchor)
        if resolved is not None:
            distance = min(abs(mention.start - trigger_offset), abs(mention.end - trigger_offset))
            candidates.append((distance, mention, resolved))
    if candidates:
        _, mention, (value, precision) = min(candidates, key=lambda c: c[0])
        return DateInfo(value, precision, "sentence", f"{mention.kind}: '{mention.text}'" +
                        (f" resolved against {anchor.source} {_fmt(anchor.date, anchor.precision)}" if anchor else ""))
    if anchor is None:
        return DateInfo(None, "none", "none", why)
    source = "publication" if anchor.source not in ("text",) else "text"
    return DateInfo(_fmt(anchor.date, anchor.precision), anchor.precision, source, why)


def _months(value: str) -> int:
    year, month = value.split("-")[:2]
    return int(year) * 12 + int(month) - 1


def _office_terms() -> dict[str, set[int]]:
    """Canonical name → months in office, from the actors stage's leaders.tsv (absent → {})."""
    from importlib import resources

    try:
        text = resources.files("detente.actors").joinpath("data", "leaders.tsv").read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return {}
    terms: dict[str, set[int]] = {}
    for line in text.splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 7 or not re.fullmatch(r"\d{4}-\d\d", cols[5]):
            continue
        end = cols[6].strip() or "2025-12"
        terms.setdefault(cols[0], set()).update(range(_months(cols[5]), _months(end) + 1))
    return terms


def tenure_anchor(names: set[str], month_words: list[str]) -> tuple[Anchor | None, str]:
    """An undated document's year from the overlap of the office terms of the leaders it names.

    Bare months mentioned in the text ("earlier in June") must fall inside the window: the first
    such month narrows its start. The year holding most of the window wins.
    """
    terms = _office_terms()
    named = sorted(n for n in names if n in terms)
    if not named:
        return None, ""
    window = set.intersection(*(terms[n] for n in named))
    for word in month_words:
        fits = sorted(m for m in window if m % 12 + 1 == MONTHS[word.lower()])
        if fits:
            window = {m for m in window if m >= fits[0]}
    if not window:
        return None, ""
    years: dict[int, int] = {}
    for m in window:
        years[m // 12] = years.get(m // 12, 0) + 1
    year = max(years, key=lambda y: (years[y], -y))
    return (Anchor(dt.date(year, 12, 31), "year", "text"),
            f"no publication date; office terms of {', '.join(named)} overlap mostly in {year}")
