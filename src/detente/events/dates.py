"""When an event happened: date expressions in its sentence, resolved against the publication date.

Resolution rules (news convention): a weekday or bare month in past-tense news means the most
recent one on or before the anchor; "this year"/"last month" count from the anchor. When the
anchor is only a month or year (an inferred or coarse publication date), a day-relative
expression keeps the anchor's precision instead of inventing a day; a written day and month
("on June 15") takes only its year from the anchor and stays a day. A weekday, day or month after a
future cue ("will meet on Monday") is the next one instead. A range ("March 3-5", "2017-18") dates
the event by its start. A sentence that states no date of its own takes the date of the article's
lead ("Ministers met on Monday…" then "At the meeting they agreed…"), unless it carries on a background
narrative ("Russia then agreed…" after a paragraph whose last day is older than a lead's reach: no day);
"the following day" counts from the last day stated before it.

The anchor itself (publication date, else a day or year the page pins) and the lead's days and the
per-sentence "last day stated before" it carries are found in events.page_anchor; which of a sentence's
date mentions are the act's own (not a bound, a possessive, an aside, a said plan) in events.date_scope.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from detente.events.after_clause import earlier_day
from detente.events.answered_days import answers_noun
from detente.events.bare_participles import in_bare_participle
from detente.events.date_bounds import completed_by
from detente.events.incident_days import shared_incident_day
from detente.events.offered_times import offered_time
from detente.events.planned_months import governed_plan
from detente.events.shift_base import shift_base
from detente.events.weekends import weekend_start
from detente.events.date_scope import (
    bound_names_moment, bounds_a_state, in_aside, in_noun_phrase, in_other_clause, in_reduced_clause, names_other_act,
    in_shifted_clause, opens_other_predicate, planned_after_trigger,
    said_plan, speech_day, starts_decided_act,
)
from detente.events.date_patterns import (  # noqa: F401  (re-exported: callers import them from here)
    DAY_PATTERN, FUTURE_CUE, FUTURE_REACH, MONTH_PATTERN, MONTHS, NEEDS, PATTERNS, WEEKDAY_PATTERN, WEEKDAYS,
    DateMention, dates_in, find_dates, is_future,
)
from detente.events.date_scope import is_dateline_date
from detente.records import DateInfo
from detente.folding import FoldedTable

REFERENCE_KINDS = frozenset({"shift", "next-day", "same-day", "eve"})  # counted from the last day stated before
NUMBERS = FoldedTable({"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                       "eight": 8, "nine": 9, "ten": 10})
PAST_PERFECT = re.compile(r"\bhad\s+(?:(?:already|earlier|previously|just|also|been)\s+)*$", re.I)
# an act told after the one before it: "Russia then agreed", "they subsequently signed"
SEQUENCE = re.compile(r"\b(?:then|subsequently|afterwards|thereafter)\b", re.I)
LEAD_REACH_DAYS = 10  # a lead date further back than this is background, not the story's day
# Date expressions that place an act in the past without a date to give it: the act is background
# ("signed more than a decade ago", "fought in the 1990s"), not of the reporting time, so it must not
# take the publication date.
BACKGROUND = frozenset({"past-vague", "decade"})


@dataclass(frozen=True, slots=True)
class Anchor:
    """The reference date: a day, or only a month or year when that is all we know.

    `lead` holds the recent days the article's lead sentence states ((value, precision, expression),
    in text order): an undated sentence of the same story shares the first. `earlier` maps a
    sentence's text to the last day stated before it in the article, which "the following day"
    counts from; `beside` to the day its paragraph states next to it, which an undated sentence shares.
    """

    date: dt.date
    precision: str  # day | month | year
    source: str
    lead: tuple[tuple[str, str, str], ...] = ()
    earlier: Mapping[str, dt.date] = field(default_factory=dict, hash=False)
    # sentence text → (day, expression) a neighbouring sentence of its paragraph states (events.page_anchor)
    beside: Mapping[str, tuple[str, str]] = field(default_factory=dict, hash=False)
    lead_text: str = ""  # the lead sentence whose days `lead` holds (events.page_anchor.lead_sentence)
    # act noun → (day, expression) of a later sentence that names the act again as its subject ("The protest
    # was handed over on Tuesday"): what an undated "has lodged a protest" shares (events.page_anchor)
    named_again: Mapping[str, tuple[str, str]] = field(default_factory=dict, hash=False)
    # the sentences right after one that states a day (events.page_anchor.with_context): what "He also …" carries
    after_day: frozenset[str] = frozenset()
    # sentence text → (day, expression) of the speaker it reports, told in another sentence (events/speaker_days.py)
    spoken: Mapping[str, tuple[str, str]] = field(default_factory=dict, hash=False)
    # sentence text → past days (value, expression) of the sentences after it, for an "after" clause (events/after_clause.py)
    later: Mapping[str, tuple[tuple[str, str], ...]] = field(default_factory=dict, hash=False)
    incident: tuple[str, str] | None = None  # (day, expression) of the armed incident the page tells (incident_days)




def _fmt(day: dt.date, precision: str) -> str:
    return {"day": day.isoformat(), "month": day.isoformat()[:7], "year": str(day.year)}[precision]


def _coarsest(precision: str, anchor: Anchor) -> str:
    order = ("day", "month", "year")
    return max(precision, anchor.precision, key=order.index)


def _month_before(anchor: dt.date, month: int) -> dt.date:
    year = anchor.year if month <= anchor.month else anchor.year - 1
    return dt.date(year, month, 1)


def _month_from(anchor: dt.date, month: int) -> dt.date:
    """The month on or after the anchor's (a planned event)."""
    return dt.date(anchor.year if month >= anchor.month else anchor.year + 1, month, 1)


def _shift_months(day: dt.date, months: int) -> dt.date:
    total = day.year * 12 + day.month - 1 + months
    return dt.date(total // 12, total % 12 + 1, 1)


def resolve(mention: DateMention, anchor: Anchor | None,
            reference: dt.date | None = None) -> tuple[str, str] | None:
    """(value, precision) of a date mention; None when it needs an anchor (or, for "the following
    day", a `reference` day stated earlier) that we lack, or is invalid."""
    g, kind = mention.groups, mention.kind
    try:
        full_range = kind.endswith("-range") and g.get("day") and g.get("year")
        if kind in ("iso", "month-day-year", "day-month-year") or full_range:
            month = int(g["month"]) if kind == "iso" else MONTHS[g["month"].lower()]
            return dt.date(int(g["year"]), month, int(g["day"])).isoformat(), "day"
        if kind == "month-year":
            return f"{int(g['year']):04d}-{MONTHS[g['month'].lower()]:02d}", "month"
        if kind in ("year", "year-range"):
            return g["year"], "year"
        if kind == "numeric":
            return numeric_day(g, anchor)
    except ValueError:
        return None
    if kind in BACKGROUND:
        return None  # a past with no date (event_date says so)
    if kind in REFERENCE_KINDS:
        return _from_reference(mention, reference)
    if anchor is None or kind == "shift-clause":
        return None
    return _relative(mention, anchor)


def numeric_day(g: dict, anchor: Anchor | None) -> tuple[str, str] | None:
    """A day and month in figures: with full stops day first, as every country that prints them so writes it
    ("12.03.2009"); with slashes the order a part above 12 shows, else the one reading on or before the
    anchor's day (both or neither: only the year). Raises ValueError for no such day."""
    a, b, year = int(g["a"]), int(g["b"]), int(g["year"])
    orders = [(a, b)] if g["sep"] == "." or a > 12 else [(b, a)] if b > 12 else [(a, b), (b, a)]
    days = {dt.date(year, month, day) for day, month in orders if 1 <= month <= 12 and 1 <= day <= 31
            and _valid(year, month, day)}
    if len(days) > 1 and anchor is not None and anchor.precision == "day":
        days = {d for d in days if d <= anchor.date} or days
    if not days:
        raise ValueError(f"no day in {g}")
    return (days.pop().isoformat(), "day") if len(days) == 1 else (str(year), "year")


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def shift_steps(mention: DateMention) -> int:
    """Signed days of "two days later" / "the previous day" / "a week after" (0 for "the same day")."""
    g = mention.groups
    if mention.kind == "same-day":
        return 0
    if mention.kind == "eve":
        return -1
    n = NUMBERS.get((g.get("n") or "one").lower()) or int(g["n"])
    days = n * (7 if (g.get("unit") or "day").lower() == "week" else 1)
    direction = (g.get("dir") or g.get("dir2") or "").lower()
    return days if direction in ("later", "following", "next", "after") else -days


def _from_reference(mention: DateMention, reference: dt.date | None) -> tuple[str, str] | None:
    if reference is None:
        return None
    return (reference + dt.timedelta(days=shift_steps(mention))).isoformat(), "day"


# A day and month up to this many days after the page's day is in the page's year, whatever the tense: a
# schedule told in the present ("the real test comes on 27 March", written on 17 March; "decided to open
# from 15 July", written on 2 July: eval/wire8) is nearer than the same day a year before, which a
# writer would give with its year. Further ahead, the day is last year's.
NEAR_AHEAD_DAYS = 45


def _near_day(base: dt.date, month: int, day: int) -> dt.date:
    """The day and month on or before the page's day ("met on May 20" written on March 14: last year's),
    unless its next occurrence is at most NEAR_AHEAD_DAYS ahead. Raises ValueError for no such day."""
    for year in (base.year, base.year + 1):
        ahead = dt.date(year, month, day)
        if base < ahead:
            if (ahead - base).days <= NEAR_AHEAD_DAYS:
                return ahead
            break
    past = dt.date(base.year, month, day)
    return past if past <= base else dt.date(base.year - 1, month, day)


def _relative(mention: DateMention, anchor: Anchor) -> tuple[str, str] | None:
    g, kind, base = mention.groups, mention.kind, anchor.date
    if kind in ("month-day", "day-month", "month-day-range", "day-month-range"):
        month = MONTHS[g["month"].lower()]
        start = _month_from(base, month) if mention.future else _month_before(base, month)
        try:
            day = dt.date(start.year, month, int(g["day"]))
            if not mention.future and anchor.precision == "day":
                day = _near_day(base, month, day.day)
        except ValueError:
            return None
        # The day and month are written; only the year comes from the anchor, and a month or year
        # anchor gives it as well as a day would (a weekday, in contrast, needs the anchor's day).
        return _fmt(day, "day"), "day"
    if kind in ("bare-month", "month-this-year"):
        month = MONTHS[g["month"].lower()]
        rel = (g.get("rel") or "").lower()
        year = base.year + {"last": -1, "next": 1}.get(rel, 0) if rel else _month_before(base, month).year
        if mention.future and not rel:
            year = _month_from(base, month).year
        if mention.text.lower().startswith("last ") and not rel:
            year = _month_before(base, month).year if month < base.month else base.year - 1
        return f"{year:04d}-{month:02d}", "month"
    return _deictic(mention, anchor)


# A page dated by its story (events.story_dates) borrows the story's earliest page's day, and may itself be a
# later report: "said on Friday" on such a page, the story's first day a Thursday, is the next day rather
# than six days before the story began (eval/wire4: three acts of follow-up pages dated a week early).
STORY_AHEAD_DAYS = 2
STORY_SOURCE = "story"  # Anchor.source of a story's day (events.story_dates)


def _weekday_back(mention: DateMention, base: dt.date, story_day: bool = False) -> int:
    """Days from the anchor back to the weekday meant (negative: ahead, for a planned event). "Next
    Friday" is read as the coming one, as most reports use it. Against a story's day (`story_day`) a
    weekday up to STORY_AHEAD_DAYS after it is that day, not the one nearly a week before."""
    weekday = WEEKDAYS[mention.groups["weekday"].lower()]
    if mention.kind == "next-weekday" or (mention.kind == "weekday" and mention.future):
        ahead = (weekday - base.weekday()) % 7
        return -(ahead or 7) if mention.kind == "next-weekday" else -ahead
    back = (base.weekday() - weekday) % 7
    if mention.kind == "weekday" and story_day and back > 6 - STORY_AHEAD_DAYS:
        return back - 7
    return 7 if mention.kind == "last-weekday" and back == 0 else back


def _deictic(mention: DateMention, anchor: Anchor) -> tuple[str, str] | None:
    g, kind, base = mention.groups, mention.kind, anchor.date
    rel = (g.get("rel") or "").lower()
    step = -1 if rel == "last" else 1 if rel == "next" else 0
    if kind == "rel-year":
        return str(base.year + step), "year"
    if kind == "rel-month":  # against a year-only anchor the month is unknown: the year, not a month labelled year
        precision = _coarsest("month", anchor)
        return _fmt(_shift_months(base, step) if precision == "month" else base, precision), precision
    if kind == "season":
        return str(_season_year(g["season"].lower(), rel, base)), "year"
    if kind == "recent-days":
        return _at(base, "month", anchor)
    if kind == "rel-week":
        return _at(base + dt.timedelta(days=7 * step), "month", anchor)
    if kind == "weekend":  # a two-day range, dated by its start as "March 3-5" is (events/weekends.py)
        return _at(weekend_start(base, mention.future), "day", anchor)
    if kind == "ago":
        n, unit = NUMBERS.get(g["n"].lower()) or int(g["n"]), g["unit"].lower()
        if unit in ("day", "week", "fortnight"):
            days = n * {"day": 1, "week": 7, "fortnight": 14}[unit]
            return _at(base - dt.timedelta(days=days), "day" if unit == "day" else "month", anchor)
        if unit == "month":
            return _at(_shift_months(base, -n), "month", anchor)
        return str(base.year - n * (10 if unit == "decade" else 1)), "year"
    if kind == "day-only":
        try:
            return _at(_day_of_month(base, int(g["day"]), mention.future), "day", anchor)
        except ValueError:
            return None
    if kind in ("weekday", "last-weekday", "next-weekday"):
        back = _weekday_back(mention, base, anchor.source == STORY_SOURCE)
        return _at(base - dt.timedelta(days=back), "day", anchor)
    word = " ".join(g["word"].lower().split())
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
              "the day after tomorrow": 2}.get(word, -1 if word.startswith("last") else 0)
    return _at(base + dt.timedelta(days=offset), "day", anchor)


SEASON_MONTHS = FoldedTable({"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)})  # first and last month


def _season_year(season: str, rel: str, base: dt.date) -> int:
    """The year of "last summer" (the latest one over by the page's month), "this summer", "next summer"."""
    first, last = SEASON_MONTHS[season]
    if rel == "last":
        return base.year if base.month > last else base.year - 1
    if rel == "next":
        return base.year if base.month < first else base.year + 1
    return base.year


def _day_of_month(base: dt.date, day: int, future: bool) -> dt.date:
    """"On the 12th": the last such day of a month on or before the anchor (the next one after a future cue).
    Raises ValueError when no month near the anchor has that day."""
    for step in ((0, 1, 2) if future else (0, -1, -2)):
        month = _shift_months(base, step)
        try:
            found = month.replace(day=day)
        except ValueError:
            continue
        if (found >= base) if future else (found <= base):
            return found
    raise ValueError(f"no day {day} near {base}")


def _at(day: dt.date, precision: str, anchor: Anchor) -> tuple[str, str]:
    """A day-relative date; with a coarse anchor (a month or year we only know bounds), the anchor itself."""
    if anchor.precision != "day":
        return _fmt(anchor.date, anchor.precision), anchor.precision
    return _fmt(day, precision), precision


def reference_in_sentence(text: str, mention: DateMention, anchor: Anchor | None, reference: dt.date | None
                           ) -> dt.date | None:
    """What "the next day" counts from: the last past day stated before it in its own sentence, else the last
    day stated before the sentence ("called in the envoy on Tuesday …, and the next day she raised the prospect
    of curbs" is Wednesday, eval/wire8: a threat dated by the previous paragraph's Sunday, two days early)."""
    for other in (m for m in find_dates(text) if mention.kind in REFERENCE_KINDS and m.end <= mention.start):
        if other.kind not in BACKGROUND and not other.future and not bounds_a_state(text, other) \
                and not starts_decided_act(text, other):
            found = resolve(other, anchor, reference)
            reference = dt.date.fromisoformat(found[0]) if found and found[1] == "day" else reference
    return reference


def _describe(mention: DateMention, anchor: Anchor | None, reference: dt.date | None) -> str:
    if mention.kind in REFERENCE_KINDS:
        return f"{mention.kind}: '{mention.text}' counted from {reference}, the last day stated before"
    return f"{mention.kind}: '{mention.text}'" + (
        f" resolved against {anchor.source} {_fmt(anchor.date, anchor.precision)}" if anchor else "")


def event_date(sentence_text: str, trigger_offset: int, anchor: Anchor | None, why: str,
               said_day: bool = False, planned: bool = False) -> DateInfo:
    """The sentence's date expression nearest the trigger, resolved; else the lead's day; else the anchor.
    With `said_day`, a plan told as said (said_plan) is dated by the day it was said: the sentence's other
    date, else the anchor's day (the act's status is judged on the planned day: call without it). `planned`: the act
    is pending by its planned day, which then stays its date (planned_after_trigger does not drop it)."""
    reference = anchor.earlier.get(sentence_text) if anchor else None
    mentions = [m for m in find_dates(sentence_text)
                if not in_other_clause(sentence_text, m, trigger_offset)
                and not in_reduced_clause(sentence_text, m, trigger_offset)
                and not in_bare_participle(sentence_text, m, trigger_offset)
                and (not bounds_a_state(sentence_text, m) or bound_names_moment(sentence_text, m, trigger_offset)
                     or completed_by(sentence_text, m, trigger_offset))
                and not (m.kind in BACKGROUND and in_aside(sentence_text, m, trigger_offset))
                and not names_other_act(sentence_text, m, trigger_offset)
                and not starts_decided_act(sentence_text, m)
                and not (said_day and not planned and planned_after_trigger(sentence_text, m, trigger_offset))
                and not governed_plan(sentence_text, m, trigger_offset)
                and not offered_time(sentence_text, m, trigger_offset)]
    if any(m.kind != "eve" for m in mentions):  # "met on Tuesday, on the eve of the summit": the day written
        mentions = [m for m in mentions if m.kind != "eve"]
    plans = [(m, v) for m in mentions if said_day and (v := said_plan(sentence_text, m, trigger_offset))]
    if plans:
        mentions = [m for m in mentions if m not in [p for p, _ in plans]]
        own = speech_day(plans[0][1], mentions)
        mentions = [own] if own is not None else []
        if anchor is not None and own is None:
            return DateInfo(_fmt(anchor.date, anchor.precision), anchor.precision,
                            anchor.source if anchor.source in ("text", "estimate", STORY_SOURCE) else "publication",
                            f"a plan told as said ('{plans[0][0].text}'): dated by the day of the report, "
                            f"{anchor.source} {_fmt(anchor.date, anchor.precision)}")
    mentions, anchor = _past_dateline(sentence_text, mentions, anchor)
    candidates = []
    for mention in mentions:
        own = reference_in_sentence(sentence_text, mention, anchor, reference)
        resolved = (None, "none") if mention.kind in BACKGROUND else resolve(mention, anchor, own)
        if resolved is not None:
            distance = min(abs(mention.start - trigger_offset), abs(mention.end - trigger_offset))
            candidates.append((distance, mention, resolved))
    shifted = _clause_shift(sentence_text, trigger_offset, mentions, candidates, reference, anchor)
    if shifted is not None:
        return shifted
    if candidates:  # the nearest; but a noun's own day written in its phrase first (date_scope.in_noun_phrase)
        _, mention, (value, precision) = min(
            candidates, key=lambda c: (not in_noun_phrase(sentence_text, c[1], trigger_offset),
                                       opens_other_predicate(sentence_text, c[1], trigger_offset),
                                       answers_noun(sentence_text, c[1], trigger_offset), c[0]))
        if value is None:
            return DateInfo(None, "none", "sentence", f"background: '{mention.text}' places the act in the past "
                            "with no date (not the reporting time)")
        if anchor is not None and (cause := earlier_day(sentence_text, trigger_offset, mention, value, anchor.later)):
            return cause
        own = reference_in_sentence(sentence_text, mention, anchor, reference)
        return DateInfo(value, precision, "sentence", _describe(mention, anchor, own))
    if anchor is None:
        return DateInfo(None, "none", "none", why)
    if anchor.lead and _follows_background(sentence_text, trigger_offset, reference, anchor):
        return DateInfo(None, "none", "text", f"no date in the sentence; it follows the background day "
                        f"{reference} ('{SEQUENCE.search(sentence_text, 0, trigger_offset)[0]}'), not the lead's")
    carried = _carried_on(sentence_text, trigger_offset, reference, anchor)
    if carried is not None:
        return carried
    # a past perfect ("had expelled") looks back from its neighbour's act: it is not of that day
    # (not one in reported speech, "emerged to announce that the two governments had signed": eval/wire20)
    if sentence_text in anchor.beside and not looks_back(sentence_text, trigger_offset):
        value, expression = anchor.beside[sentence_text]
        return DateInfo(value, "day", "text", f"no date in the sentence; '{expression}' in the sentence next to it "
                        f"in its paragraph, resolved against {anchor.source} {_fmt(anchor.date, anchor.precision)}")
    if sentence_text in anchor.spoken and not looks_back(sentence_text, trigger_offset):
        value, expression = anchor.spoken[sentence_text]
        return DateInfo(value, "day", "text", f"no date in the sentence; its speaker spoke '{expression}' (another "
                        f"sentence), resolved against {anchor.source} {_fmt(anchor.date, anchor.precision)}")
    again = _named_again(sentence_text, trigger_offset, anchor)
    if again is not None:
        return again
    if anchor.lead:
        value, precision, expression = _lead_for(sentence_text, trigger_offset, anchor.lead, anchor.lead_text)
        if hit := shared_incident_day(sentence_text, trigger_offset, anchor.incident, value, LEAD_REACH_DAYS):
            return DateInfo(hit[0], "day", "text", f"no date in the sentence; an act of force the page dates by "
                            f"its incident's '{hit[1]}', not the lead's later '{expression}' (incident_days)")
        return DateInfo(value, precision, "text", f"no date in the sentence; the lead's '{expression}' "
                        f"resolved against {anchor.source} {_fmt(anchor.date, anchor.precision)}")
    subject_day = _subject_clause_day(sentence_text, trigger_offset, anchor)
    if subject_day is not None:
        return subject_day
    source = anchor.source if anchor.source in ("text", "estimate") else "publication"
    return DateInfo(_fmt(anchor.date, anchor.precision), anchor.precision, source, why)


def _past_dateline(text: str, mentions: list[DateMention], anchor: Anchor | None
                   ) -> tuple[list[DateMention], Anchor | None]:
    """The sentence's mentions without its dateline's date when another is left, and the anchor those count
    from: the dateline's day, the day the report was filed (date_scope.is_dateline_date)."""
    line = next((m for m in mentions if is_dateline_date(text, m)), None)
    rest = [m for m in mentions if m is not line]
    if line is None or not rest:
        return mentions, anchor
    found = resolve(line, anchor)
    if not found or found[1] != "day":
        return rest, anchor
    day = dt.date.fromisoformat(found[0])
    return rest, Anchor(day, "day", "dateline") if anchor is None else replace(anchor, date=day, precision="day",
                                                                               source="dateline")


def _named_again(text: str, trigger_offset: int, anchor: Anchor) -> DateInfo | None:
    """The day of a sentence that names the act again: "Tunisia has lodged a formal protest with Algeria …"
    then "The protest was handed to Algeria's chargé d'affaires on Tuesday" (eval/wire8: a lead in the
    present perfect dated by the page, a day late). The act is the trigger, or the noun just after it."""
    start = max(0, trigger_offset - 30)
    for noun, (value, expression) in anchor.named_again.items():
        found = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?" + re.escape(noun) + r"\b", re.I).search(
            text, start, trigger_offset + 40)
        if found and found.end() > trigger_offset and found.start() <= trigger_offset + 15:
            return DateInfo(value, "day", "text", f"no date in the sentence; the {noun} is dated by a later "
                            f"sentence that names it again ('{expression}')")
    return None


def _subject_clause_day(text: str, trigger_offset: int, anchor: Anchor) -> DateInfo | None:
    """The recent day a relative clause on the subject states, for an act with no other date and no lead to
    share: "The President, who landed on Monday afternoon for a two-day visit, was received … in the
    evening" (eval/wire10: dated by the page, the day after). An old date there is background ("which
    abolished its army in 1948") and is not taken; nor is any date when the page is known only to its month."""
    if anchor.precision != "day":
        return None
    for mention in find_dates(text):
        if mention.end > trigger_offset or mention.future or not in_other_clause(text, mention, trigger_offset):
            continue
        resolved = resolve(mention, anchor)
        if resolved is None or resolved[1] != "day":
            continue
        if 0 <= (anchor.date - dt.date.fromisoformat(resolved[0])).days <= LEAD_REACH_DAYS:
            return DateInfo(resolved[0], "day", "sentence", f"{_describe(mention, anchor, None)}, in a relative "
                            "clause on the subject of an act with no date of its own")
    return None


# "He also called the junta illegitimate." adds to the act told just before it, on that act's occasion,
# even when it opens a paragraph of its own or the next sentence tells another day (realnews: 2 acts
# dated by the next sentence's day or the page's). The day must be stated by the sentence just before: two
# sentences back it is a recalled detail's ("gendarmes had been arrested on the same day"), not the occasion the
# speaker goes on with (eval/wire10: "He also accused Yaoundé…" at Tuesday's news conference dated Sunday).
ALSO = re.compile(r"^\W*(?:he|she|they)\s+also\b", re.I)


def _carried_on(text: str, trigger_offset: int, reference: dt.date | None, anchor: Anchor) -> DateInfo | None:
    """The last day stated before an undated sentence whose act is told as one more ("also") of the
    previous one, when that day is recent (within a lead's reach of the anchor); else None."""
    if reference is None or anchor.precision != "day" or not ALSO.match(text[:trigger_offset]):
        return None
    if not 0 <= (anchor.date - reference).days <= LEAD_REACH_DAYS or text not in anchor.after_day:
        return None
    return DateInfo(reference.isoformat(), "day", "text", f"no date in the sentence; it adds ('also') to the act "
                    f"before it, on the last day stated before ({reference})")


def after_report(date: DateInfo, anchor: Anchor | None) -> bool:
    """Whether the date its own sentence gives an act falls after the day the page was published ("will
    meet on Friday", "talks next month", "the summit on 20 March" written on 14 March): such an act
    has not happened when it is reported. Only against a publication date known to the day."""
    if date.source != "sentence" or not date.value or anchor is None or anchor.precision != "day" \
            or anchor.source == "inferred":
        return False
    return date.value > _fmt(anchor.date, date.precision)


def _follows_background(text: str, trigger_offset: int, reference: dt.date | None, anchor: Anchor) -> bool:
    """Whether an undated act comes next in a background narrative ("The deal was extended in November
    until March 18. Russia then agreed to a shorter extension"): a sequence word before the trigger, and
    the last day stated before the sentence further back than a lead's reach. Such an act is not the
    lead's event; dated by the lead's day it was kept from the old deal's incident (realnews)."""
    if reference is None or not SEQUENCE.search(text, 0, trigger_offset):
        return False
    return all((dt.date.fromisoformat(day) - reference).days > LEAD_REACH_DAYS for day, _, _ in anchor.lead)


# "A spokesman said the officers had been freed": a past perfect right after a verb of saying and its
# subject is the reported speech's tense, not an act before the lead's (eval/wire9: a release dated by the
# "nine days ago" of the detention its lead also told, split from the release's incident).
# Also after the verb's plain form ("emerged after five hours to announce that the two governments had signed",
# eval/wire20: a memorandum of the meeting's Wednesday dated by the lead's Tuesday).
BACKSHIFT = re.compile(r"\b(?:said|says|say|announced|announce|told\s+\w+|stated|state|confirmed|confirm|added)\s+"
                       r"(?:that\s+)?(?:[\w'-]+\s+){1,4}had\s+(?:(?:already|also|been)\s+)*$", re.I)


def looks_back(text: str, trigger_offset: int) -> bool:
    """Whether the trigger is a past perfect ("had expelled") that looks back from its neighbour's act, not
    the reported speech's backshifted tense (BACKSHIFT)."""
    return PAST_PERFECT.search(text[:trigger_offset]) is not None and not BACKSHIFT.search(text[:trigger_offset])


def _lead_for(text: str, trigger_offset: int, lead: tuple[tuple[str, str, str], ...], lead_text: str = ""
              ) -> tuple[str, str, str]:
    """The lead's day an undated sentence shares: its first, but for a past-perfect verb ("had
    expelled") the nearest earlier day the lead also states, the event it looks back to (nearest: a lead's
    "N days after <act>" adds that act's day too, and the earliest was wire48 w48_03's wrong Monday); for a sentence about a
    thing the lead dates by another of its days (named_in_lead), that day."""
    if looks_back(text, trigger_offset):
        before = [d for d in lead[1:] if d[0] < lead[0][0]]
        if before:
            return max(before)
    return named_in_lead(text, lead, lead_text) or lead[0]


# "The statement, signed by the minister, described the shelling as aggression…" after a lead that tells two
# days ("gendarmes were killed on Sunday morning …, according to an official statement read on national radio
# last night"): the sentence goes on about the statement, of the second day (eval/wire10: two accusations of a
# printed daily dated by the shelling's day). The subject's noun must stand in the lead just before the day.
SUBJECT_NOUN = re.compile(r"^\W*the\s+([a-z]{4,})\b", re.I)
NAMED_REACH = 60  # characters from the noun in the lead to the day that dates it ("statement read on national radio last night")


def named_in_lead(text: str, lead: tuple[tuple[str, str, str], ...], lead_text: str) -> tuple[str, str, str] | None:
    """The lead day written just after the noun the sentence opens with ("The statement"), when the lead
    has more than one day; None otherwise."""
    noun = SUBJECT_NOUN.match(text)
    if noun is None or len(lead) < 2:
        return None
    at = re.search(r"\b" + re.escape(noun[1]) + r"\b", lead_text, re.I)
    if at is None:
        return None
    near = [(found, day) for day in lead for found in [lead_text.find(day[2], at.end())]
            if 0 <= found - at.end() <= NAMED_REACH]
    return min(near)[1] if near else None


def _clause_shift(text: str, trigger_offset: int, mentions: list[DateMention], candidates: list,
                  reference: dt.date | None, anchor: Anchor | None) -> DateInfo | None:
    """A trigger inside "…, a day after <clause>" happened that long before the sentence's own day
    (its other date, else events.shift_base's day); None when that does not apply."""
    for mention in mentions:
        if mention.kind != "shift-clause" or trigger_offset < mention.end:
            continue
        if re.search(r"[,;:]", text[mention.end:trigger_offset]):
            continue  # the trigger is past the clause "a day after" introduces
        if any(in_shifted_clause(text, mention, other) for _, other, _ in candidates):
            return None  # the clause writes its own day (date_scope.in_shifted_clause)
        days = [(d, m, r) for d, m, r in candidates if r[1] == "day" and m.kind != "weekend"]  # a range: no count
        if days:
            _, other, (value, _) = min(days, key=lambda c: abs(c[1].start - mention.start))
            base, said = dt.date.fromisoformat(value), f"'{other.text}'"
        elif found := shift_base(text, mention.start, shift_steps(mention), reference, anchor.lead if anchor else (),
                                 anchor.date if anchor and anchor.precision == "day" else None):
            base, said = found
        else:
            return None
        day = base - dt.timedelta(days=shift_steps(mention))
        return DateInfo(day.isoformat(), "day", "sentence", f"{mention.kind}: '{mention.text}' {said} ({base})")
    return None
