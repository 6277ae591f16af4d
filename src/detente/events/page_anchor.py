"""The day a page's dates are resolved against: its publication date, else a day it pins with a weekday,
else the latest year it states, else an estimate from the office terms of the leaders it names; with
the lead's recent days and, per sentence, the last day stated before it (see events.dates for how a
date expression is resolved against this anchor).
"""
from __future__ import annotations

import functools
import datetime as dt
import re
from dataclasses import replace

from detente.events import after_clause, cause_days
from detente.events.date_scope import (POSSESSIVE, SUBJECT_PARTICIPLE, bounds_a_state, opens_other_predicate,
                                      starts_decided_act)
from detente.events.dates import (
    LEAD_REACH_DAYS, MONTHS, STORY_AHEAD_DAYS, STORY_SOURCE, WEEKDAYS, DAY_PATTERN, MONTH_PATTERN, WEEKDAY_PATTERN,
    Anchor, DateMention, find_dates, reference_in_sentence, resolve,
)
from detente.events.date_scope import is_dateline_date
from detente.events.incident_days import incident_day
from detente.events.lead_clauses import after_clause_day
from detente.events.meeting_days import meeting_days, only_plans
from detente.events.speaker_days import speaker_days
from detente.records import Article, DateInfo
from detente.scan_starts import fold, opening_starts, scan


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
    """The publication date, else a day the page pins with a weekday (see weekday_anchor), else the latest
    year the article states, else an estimate from the office terms of the leaders it names, only when
    they overlap narrowly (`leaders`: canonical names; `texts`: the coded sentences in document order,
    for bare months and for the story context of each sentence, see `with_story`)."""
    anchor = anchor_of(article.published)
    if anchor is not None:
        return with_story(anchor, article, texts), "publication"
    latest = latest_stated_year(uncaptioned(article))
    months = bare_months(texts)
    pinned, why = weekday_anchor(article.text, {m // 12 for m in tenure_window(set(leaders), months)}, latest)
    if pinned is not None:
        return with_story(pinned, article, texts), why
    if latest is None:
        anchor, why = tenure_anchor(set(leaders), months)
        if anchor is not None:
            return anchor, why
        return None, "no publication date and no explicit date in the document"
    return Anchor(dt.date(latest, 12, 31), "year", "text"), f"no publication date; latest year stated in the document ({latest})"


def bare_months(texts: tuple[str, ...]) -> list[str]:
    """The month words of the bare months ("earlier in June") the coded sentences mention, in order."""
    return [m.groups["month"] for t in texts for m in find_dates(t) if m.kind == "bare-month"]


def pinned_day(article: Article, leaders: set[str] = frozenset(), texts: tuple[str, ...] = ()) -> DateInfo | None:
    """The day an undated page pins with a weekday (weekday_anchor, as document_anchor finds it), as the
    page's date: source "text", a day the page's own words fix. Stored as the page's date, the other pages
    of its story can borrow it (events.story_dates) as they borrow a date line's (realnews: five outlets of
    one signing, none dated, one writing "On Tuesday, September 15": the others' "Tuesday" had no year)."""
    if article.published.value:
        return None
    latest = latest_stated_year(article.text)
    window = {m // 12 for m in tenure_window(set(leaders), bare_months(texts))}
    pinned, why = weekday_anchor(article.text, window, latest)
    if pinned is None:
        return None
    return DateInfo(pinned.date.isoformat(), "day", pinned.source, why)


def uncaptioned(article: Article) -> str:
    """The article's text without its photo captions: a caption's year is the photo's ("File photo from 2009:
    lorries at the pass"), not the page's, and dated an undated page to it (pages written for
    tests/events/test_events_dates_styles.py)."""
    captions = [s for s in article.segments if s.role == "caption"]
    if not captions:
        return article.text
    text = article.text
    for s in sorted(captions, key=lambda s: s.start, reverse=True):
        text = text[:s.start] + " " * (s.end - s.start) + text[s.end:]
    return text


def latest_stated_year(text: str) -> int | None:
    """The latest year the text writes of a past or present act: not a bound ("until 2025", "since
    2011") nor a plan ("will hold elections in 2026")."""
    years = [int(resolved[0][:4]) for m in find_dates(text) if not m.future and not bounds_a_state(text, m)
             for resolved in [resolve(m, None)] if resolved is not None]
    return max(years, default=None)


# A day and month written with their weekday and no year ("on Tuesday, September 15", "Sunday (July 30)").
# Also the other order: "on Nov. 24, Tuesday".
WEEKDAY_DATE_PATTERNS = (re.compile(r"\b" + WEEKDAY_PATTERN + r"\s*(?:,\s*|\(\s*)" + MONTH_PATTERN + r"\s+" + DAY_PATTERN
                             + r"\b(?!\s*,?\s*(?:19|20)\d\d)", re.I),
                  re.compile(r"\b" + MONTH_PATTERN + r"\s+" + DAY_PATTERN + r"\s*,\s*" + WEEKDAY_PATTERN + r"\b", re.I))
WEEKDAY_STARTS = tuple((pattern, opening_starts(pattern)) for pattern in WEEKDAY_DATE_PATTERNS)
TENURE_REACH_MONTHS = 24  # office terms that overlap longer than this estimate no year
WEEKDAY_REACH_YEARS = 7  # a weekday falls on a given day and month again within 5 to 11 years


def weekday_anchor(text: str, years: set[int], latest: int | None) -> tuple[Anchor | None, str]:
    """An undated page's day from a day and month written with their weekday: the year in which that day
    is that weekday, among the years the named leaders were all in office (`years`), no earlier than the
    latest year the page states (`latest`); the first such year when the page states one, else only a
    single one. None when nothing pins the year."""
    if not years and latest is None:
        return None, ""
    for m in weekday_dates(text):
        month, day, weekday = MONTHS[m["month"].lower()], int(m["day"]), WEEKDAYS[m["weekday"].lower()]
        pool = years or set(range(latest, latest + WEEKDAY_REACH_YEARS))
        fits = sorted(y for y in pool if (latest is None or y >= latest) and _weekday_of(y, month, day) == weekday)
        if fits and (len(fits) == 1 or latest is not None):
            bounds = (f"no earlier than {latest}, the latest year it states" if latest is not None else "") + \
                (" and " if latest is not None and years else "") + ("in the office terms of the leaders it names" if years else "")
            return (Anchor(dt.date(fits[0], month, day), "day", "text"),
                    f"no publication date; '{m[0]}' is a {m['weekday']} in {fits[0]} ({bounds})")
    return None, ""


@functools.lru_cache(maxsize=16)
def weekday_dates(text: str) -> tuple[re.Match[str], ...]:
    """The days written with their weekday in the text, in text order. An undated page's whole text is scanned for
    them twice (its pinned day, events.dated_page, then its anchor, events.code_events): the scan depends on the
    text alone (docs/scaling.md, session 23)."""
    folded = fold(text)  # each pattern tried only where a weekday or month name starts (detente/scan_starts.py):
    # 0.18 -> 0.08 CPU s over the 294 whole pages of 300 real-text pages (session 24)
    return tuple(sorted((m for pattern, finder in WEEKDAY_STARTS for m in scan(pattern, text, finder(folded))),
                        key=lambda m: m.start()))


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return dt.date(year, month, day).weekday()
    except ValueError:
        return None


def with_story(anchor: Anchor, article: Article, texts: tuple[str, ...]) -> Anchor:
    """The anchor with the lead's day and, per sentence, the last day stated before it; a live blog's
    entries share neither the lead's day nor a neighbour's (see is_live_blog)."""
    body = next((s for s in article.segments if s.role == "body"), None)
    story = with_context(anchor, article.text[body.start:body.end] if body else "", texts)
    if anchor.precision == "day" and is_live_blog(article.text):
        return replace(story, lead=())
    if anchor.precision != "day":
        return story
    beside = paragraph_days(anchor, article, texts, story)
    own = {t: own_day(t, anchor, story.earlier.get(t)) for t in texts}
    spoken = speaker_days(paragraph_runs(article, texts), own, beside, anchor.date, LEAD_REACH_DAYS)
    beside = {**beside, **meeting_days(anchor.date, texts, own)}  # "asked ... at the meeting": the meeting's day
    return replace(story, beside=beside, named_again=named_again(anchor, texts, story), spoken=spoken,
                   later=after_clause.mark(texts, own))


# A sentence whose subject names an act again, told in the passive with its own day: "The protest was handed
# to the chargé d'affaires on Tuesday" (eval/wire8). The act is the one a lead told undated.
_NAMED_AGAIN = re.compile(r"^\s*The\s+(?P<noun>[a-z]+)\s+(?:was|were|had\s+been)\s+\w+ed\b")


def named_again(anchor: Anchor, texts: tuple[str, ...], story: Anchor) -> dict[str, tuple[str, str]]:
    """Act noun → (day, expression) of the first sentence that opens by naming the act (_NAMED_AGAIN) and
    states a past day of its own."""
    out: dict[str, tuple[str, str]] = {}
    for text in texts:
        if (m := _NAMED_AGAIN.match(text)) and m["noun"] not in out:
            day = own_day(text, anchor, story.earlier.get(text))
            if day:
                out[m["noun"]] = (day[0], day[1])
    return out


# A line holding only a clock time ("14:02 GMT", "09:15"), or opening with one and a dash before the entry's
# text ("13:25 - The army confirms ..."): the time stamp of a live blog's entry (eval/wire20 w20_07: three entries
# of the page's day dated by its "key points" lead's Monday; eval/wire9 w9_06 has the same inline stamps).
_CLOCK = r"[0-2]?\d[:.][0-5]\d"
_TIME_STAMP = re.compile(r"^[ \t]*" + _CLOCK + r"(?:[ \t]*(?:[AP]\.?M\.?|[A-Z]{2,4}))?"
                         r"(?:[ \t]*$|[ \t]+[-\u2013\u2014][ \t]+(?!" + _CLOCK + r")\S)", re.M | re.I)  # not "09:00 - 10:00"
LIVE_BLOG_STAMPS = 3  # time-stamp lines that make a page a live blog


def is_live_blog(text: str) -> bool:
    """Whether the page is a live blog: entries under time stamps, newest first, each written as it came in
    ("Just in: the two sides have signed", "a spokesman says"). An undated entry is of the page's own day;
    its "key points" lead and the entry beside it are other moments (eval/wire4: four acts of a blog's day
    dated by a background entry's Monday or a planned Saturday)."""
    return sum(1 for _ in _TIME_STAMP.finditer(text)) >= LIVE_BLOG_STAMPS


def paragraph_days(anchor: Anchor, article: Article, texts: tuple[str, ...], story: Anchor | None = None
                   ) -> dict[str, tuple[str, str]]:
    """Sentence text → (day, expression) for a sentence that states no date: the last day stated before it
    in its own paragraph, else the day the next sentence of the paragraph states. A paragraph tells one
    scene: "On Thursday the tone hardened. The minister warned that …"; "What Oslo did right was to refuse
    the fine. The ministry confirmed on Wednesday that …" (wire8: dated by the page). Never across
    paragraphs (the clean stage's segments): the next one may tell another day's act. A day counted from the
    last day stated before ("the same day", "a day later": `story.earlier`) is carried like a stated one:
    "…on Wednesday Chile's foreign ministry said… / The president raised the temperature the same day. If the
    crossing is not reopened, he said…" (eval/wire9: the threat dated by the page, two days on)."""
    story = story or anchor
    out: dict[str, tuple[str, str]] = {}
    for run in paragraph_runs(article, texts):
        days = [own_day(t, anchor, story.earlier.get(t), scene=True) for t in run]
        carried = None
        for k, text in enumerate(run):
            if days[k] is not False:
                # a date of another precision ends what was carried; a range carries its last day (range_end). A
                # sentence whose only date names a noun still shares the day before it ("went further on Friday
                # morning. He said Iraq would suspend the 2012 agreement ...": eval/wire21), and so does one whose
                # only dates are a plan's ("talks in Khartoum on Monday. Both sides agreed to draw up rules by June",
                # "a call on Wednesday night. The two agreed that the commission would meet early next month":
                # eval/wire17 w17_03, wire27 w27_07, the agreement dated by the lead's later day)
                if days[k] is None and carried and (names_years_only(text) or plans_only(text) or bounds_only(text)):
                    out.setdefault(text, carried)
                carried = (days[k][2], days[k][1]) if days[k] else None
                continue
            after = days[k + 1][:2] if k + 1 < len(run) and days[k + 1] else None
            found = carried or after
            if found:
                out.setdefault(text, found)
    return out


def plans_only(text: str) -> bool:
    """Whether every date the sentence writes is a plan's (meeting_days.only_plans) and none names a gathering by
    a possessive ("would ask this week's European Council to discuss sanctions"): such a sentence tells a new step
    of its own, not the paragraph's scene (eval/wire37 w37_11: carried onto a note's Monday, it lowered the incident F1)."""
    return only_plans(text) and not any(POSSESSIVE.match(text, m.end) for m in find_dates(text))


# "the 2012 agreement", "the 1992 judgment": a year written as the name of a noun dates that noun, not the sentence
_NAMING_YEAR = re.compile(r"^the\s+\d{4}$", re.I)


# a bound a day long: "since last Thursday" keeps to the scene; "since 2008" or "since March" opens background (a
# held-out page lost a day when every bound counted)
DAY_BOUNDS = frozenset({"weekday", "last-weekday", "month-day", "day-month", "deictic", "day-only"})


def bounds_only(text: str) -> bool:
    """Whether every date the sentence writes bounds a state ("freed the agents it had held since last Thursday"):
    its act is the paragraph's scene, told just before ("The exchange took place on Wednesday.": eval/wire30
    w30_03, both releases dated by the page, two days late)."""
    return all(bounds_a_state(text, m) and m.kind in DAY_BOUNDS for m in find_dates(text))


def names_years_only(text: str) -> bool:
    """Whether every date the sentence writes is a year naming a noun ("the 2012 agreement")."""
    return all(m.kind == "year" and _NAMING_YEAR.match(m.text) for m in find_dates(text))


def own_day(text: str, anchor: Anchor, reference: dt.date | None = None, scene: bool = False
            ) -> tuple[str, str, str] | None | bool:
    """(the past day a sentence states, its expression, the last day of its range); None when it states
    only other dates (a future, a month, a bound); False when it states none. `reference` is the last day
    stated before the sentence, what "the same day" counts from. With `scene`, only a day of the sentence's
    own clauses counts (scene_mention), the day it shares with its paragraph."""
    # a decided act's start ("decided to open from 15 July") is not a day the sentence tells: it shares its
    # neighbour's, as a sentence with no date does (eval/wire8)
    found = [m for m in find_dates(text) if not starts_decided_act(text, m)]
    mentions = [m for m in found if not scene or scene_mention(text, m)]
    if not mentions:
        # a sentence whose only dates are background's shares no neighbour's day either: it tells an act of its own
        return None if found else False
    for m in mentions:
        resolved = None if m.future or bounds_a_state(text, m) else resolve(m, anchor, reference)
        if resolved is not None and resolved[1] == "day" and resolved[0] <= anchor.date.isoformat():
            end = min(range_end(m, dt.date.fromisoformat(resolved[0])), anchor.date)
            return resolved[0], m.text, end.isoformat()
    return None


# A past perfect looks back from the scene: "It said the gas contract had run out on 31 March" and "He said the ministry
# had given the ambassador every chance when he was called in on April 19" tell earlier acts, and their days are not
# the ones the paragraph's undated sentences share (eval/wire31 w31_06, wire44 w44_08: a request and two refusals dated
# by the background act of the sentence before or after them). Participles set off by commas ("The ban, reimposed on
# April 25, has ...") were tried too: "The agreement, announced on Tuesday evening, sets up ..." is the scene's own day
# (eval/wire9 w9_15: two agreements lost their day).
_PAST_PERFECT = re.compile(r"\bhad\s+(?:(?:not|never|already|just|also|first|twice)\s+)?[a-z]+\b[^,;:.!?]*$", re.I)


def scene_mention(text: str, mention: DateMention) -> bool:
    """Whether the date is the scene's, not a past perfect's (_PAST_PERFECT, within its clause); own_day(scene=True)
    makes a sentence whose only days are such share no neighbour's day."""
    return _PAST_PERFECT.search(text, 0, mention.start) is None


def paragraph_runs(article: Article, texts: tuple[str, ...]) -> list[list[str]]:
    """The texts (in order) grouped by the article segment they are found in."""
    runs: dict[int, list[str]] = {}
    pos = 0
    for text in texts:
        at = article.text.find(text, pos)
        if at < 0:
            continue
        pos = at + len(text)
        seg = next((s.index for s in article.segments if s.start <= at < s.end), None)
        if seg is not None:
            runs.setdefault(seg, []).append(text)
    return list(runs.values())


def with_context(anchor: Anchor, paragraph: str, texts: tuple[str, ...]) -> Anchor:
    """with_story from the page's first body paragraph (`paragraph`) and its sentences (`texts`, in
    order): what the story-dates stage has of a stored page."""
    earlier: dict[str, dt.date] = {}
    last: dt.date | None = None
    scene: dt.date | None = None  # the last day stated outside a cause clause (events.cause_days)
    after_day: set[str] = set()  # the sentences right after one that states a day
    stated = False
    for text in texts:
        if last is not None:
            # right after the cause's sentence, "the same day" still tells the cause's day (eval/wire15 w15_11)
            back = scene is not None and not stated and cause_days.tells_scene_day(text)
            earlier.setdefault(text, scene if back else last)
        if stated:
            after_day.add(text)
        stated = False
        for mention in find_dates(text):
            if starts_decided_act(text, mention):  # a decided act's start is no day the page has told
                continue
            if mention.future and bounds_a_state(text, mention):
                continue  # nor a planned end ("would go on until August 10": "hours later" was counted from it, wire35)
            resolved = resolve(mention, anchor, last)
            if resolved is not None and resolved[1] == "day":
                last, stated = dt.date.fromisoformat(resolved[0]), True
                scene = scene if cause_days.in_cause_clause(text, mention) else last
    return replace(anchor, lead=_lead_dates(anchor, paragraph, texts), earlier=earlier,
                   lead_text=lead_sentence(paragraph, texts) or "", after_day=frozenset(after_day),
                   incident=_incident(anchor, paragraph, texts))


def _incident(anchor: Anchor, paragraph: str, texts: tuple[str, ...]) -> tuple[str, str] | None:
    """The armed incident's day the page states (events/incident_days.py), on a page dated to the day."""
    if anchor.precision != "day":
        return None
    return incident_day((paragraph, *texts), lambda m: (r := resolve(m, anchor)) and r[1] == "day" and r[0] or None)


def _lead_dates(anchor: Anchor, paragraph: str, texts: tuple[str, ...]
                ) -> tuple[tuple[str, str, str], ...]:
    """The recent days the lead sentence (first sentence of the first body paragraph) states.

    News leads say when the main event happened ("… met on Monday"); the headline and the sentences
    that go on to describe that event ("At the meeting, …") rarely repeat it. Only a day close before
    publication counts: an older date in a lead is background ("signed in 2015")."""
    if anchor.precision != "day":
        return ()
    found = []
    lead = lead_sentence(paragraph, texts) or ""
    for mention in find_dates(lead):
        # "summoned the ambassador on Tuesday ... over the consul Minsk expelled a day earlier": the count is from
        # the lead's own day before it, and is the day a past perfect after it looks back to (eval/wire34 w34_05)
        resolved = resolve(mention, anchor, reference_in_sentence(lead, mention, anchor, None)) \
            or after_clause_day(lead, mention, anchor)
        if resolved is None or resolved[1] != "day" or mention.future or starts_decided_act(lead, mention):
            continue
        day = range_end(mention, dt.date.fromisoformat(resolved[0]))
        days_back = (anchor.date - day).days
        if -_days_ahead(anchor) <= days_back <= LEAD_REACH_DAYS:
            found.append((day.isoformat(), "day", mention.text, mention))
    ranked = sorted(found, key=lambda f: in_subject_clause(lead, f[3]))
    return _past_dateline(tuple(f[:3] for f in ranked), lead)


def in_subject_clause(lead: str, mention: DateMention) -> bool:
    """Whether the lead's day ends a reduced relative clause on its subject ("The four forest workers detained
    near the village last Sunday were arrested …, the ministry said on Friday"): the day of an earlier act the
    subject names, not of the lead's own, which the undated sentences after it go on to tell (eval/wire19: a
    rejection, an accusation and two demands of Friday dated by the detention's Sunday). Such a day is ranked
    after the lead's others (date_scope.opens_other_predicate, read up to the lead's end). A participle after
    an auxiliary is the lead's own passive verb ("Two guards were killed at the post on Tuesday"), not a clause.
    A day after one the lead's own past verb follows is past the clause: "The engineers detained at the reservoir
    ten days ago walked back across the crossing on Tuesday afternoon" (eval/wire29: with no comma between, the
    lead's own Tuesday was read as in the clause too, and its undated handovers were dated by the detention, nine
    days early). Not when no verb follows the first day ("denied on Tuesday that ... heard near the lake on
    Sunday": eval/wire15, whose lead's Tuesday must stay first)."""
    clause = SUBJECT_PARTICIPLE.match(lead[:mention.start])
    if clause is None or any(clause.end(1) <= m.start and m.end <= mention.start and PAST_VERB_AFTER.match(lead, m.end)
                             for m in find_dates(lead)):
        return False
    return not AUXILIARY_BEFORE.search(lead, 0, clause.start(1)) and opens_other_predicate(lead, mention, len(lead))


# the lead's own verb right after a day: the reduced clause ended there ("... ten days ago walked back")
PAST_VERB_AFTER = re.compile(r"\s+[a-z]{2,}ed\b")
AUXILIARY_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|has|have|had)\s+(?:\w+ly\s+)?$", re.I)


def _past_dateline(found: tuple[tuple[str, str, str], ...], lead: str) -> tuple[tuple[str, str, str], ...]:
    """The lead's days without its dateline's date when another is left: the filing day is not the day of the
    lead's act, which the sentences after it share (date_scope.is_dateline_date; newcomer6)."""
    line = next((m.text for m in find_dates(lead) if is_dateline_date(lead, m)), None)
    return tuple(f for f in found if f[2] != line) or found


# A page's first body paragraph is often a deck under the headline, written as one: no full stop at its end
# ("Government gives Madrid ten days to restore river flow or face complaint in Brussels"), or an archive
# copy's bracketed note ("(Archive copy. Text as moved on the wire.)"). Neither tells when the story's act
# happened; the sentence after it does ("… called in the Spanish ambassador yesterday afternoon", eval/wire10:
# three pages whose lead day was missed, their undated acts dated by the page or the story's day).
PROSE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019]?\s*$")


def lead_sentence(paragraph: str, texts: tuple[str, ...]) -> str | None:
    """The lead sentence: the first of `texts` in the lead paragraph, or after it when that is a deck or a
    bracketed note (see PROSE_END); None when no text is found there."""
    if not paragraph.strip():
        return None
    inside = [n for n, t in enumerate(texts) if t.strip() and t.strip() in paragraph]
    if PROSE_END.search(paragraph) and not paragraph.lstrip().startswith(("(", "[")):
        return texts[inside[0]] if inside else None
    after = texts[inside[-1] + 1:] if inside else texts
    return next((t for t in after if t.strip()), None)


_RANGE_DAYS = re.compile(r"\d+")


def range_end(mention: DateMention, start: dt.date) -> dt.date:
    """The last day of a range of days in one month ("talks from March 6 to 10", "6-10 March"), else `start`.
    A lead's range is the span of the talks or visit it tells; what the sentences after it report without
    a date of their own (the deal they reached, the thanks to the hosts) came at its end (realnews: a
    deal dated by its talks' first day, four days early)."""
    if mention.kind not in ("month-day-range", "day-month-range"):
        return start
    days = [int(d) for d in _RANGE_DAYS.findall(mention.text) if len(d) <= 2]
    try:
        return start.replace(day=days[1]) if len(days) > 1 and days[1] > start.day else start
    except ValueError:
        return start


def _days_ahead(anchor: Anchor) -> int:
    """How far after the anchor a lead's day may fall: only a story's day, which an undated later report
    borrows, lets the lead's weekday be just after it (dates.STORY_AHEAD_DAYS; eval/wire4)."""
    return STORY_AHEAD_DAYS if anchor.source == STORY_SOURCE else 0


def _months(value: str) -> int:
    year, month = value.split("-")[:2]
    return int(year) * 12 + int(month) - 1


@functools.lru_cache(maxsize=1)
def _office_terms() -> dict[str, frozenset[int]]:
    """Canonical name → months in office, from the actors stage's leaders.tsv (absent → {}); read once."""
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
    return {name: frozenset(months) for name, months in terms.items()}


def tenure_window(names: set[str], month_words: list[str]) -> set[int]:
    """Months (year * 12 + month - 1) in which all the named leaders held office, narrowed by the bare
    months the text mentions (see tenure_anchor); empty when no leader with known terms is named."""
    terms = _office_terms()
    named = in_office_together(sorted(n for n in names if n in terms), terms)
    if not named:
        return set()
    window = set(frozenset.intersection(*(terms[n] for n in named)))
    for word in month_words:
        fits = sorted(m for m in window if m % 12 + 1 == MONTHS[word.lower()])
        if fits:
            window = {m for m in window if m >= fits[0]}
    return window


def in_office_together(named: list[str], terms: dict[str, frozenset[int]]) -> list[str]:
    """The named leaders whose office terms bound the page: all of them when their terms overlap, else those
    still in office once the last of them took office. One whose every term ended before another first took
    office is recalled history ("Rabin and Arafat shook hands in 1993" on a page about a 2020 signing), or a
    name resolved to a namesake of another era, and would leave no month at all (realnews: a page whose
    weekday and date fix its year within the current leaders' terms got no date)."""
    if not named or frozenset.intersection(*(terms[n] for n in named)):
        return named
    newest = max(min(terms[n]) for n in named)
    return [n for n in named if max(terms[n]) >= newest]


def tenure_anchor(names: set[str], month_words: list[str]) -> tuple[Anchor | None, str]:
    """An undated document's year from the overlap of the office terms of the leaders it names.

    Bare months mentioned in the text ("earlier in June") must fall inside the window: the first
    such month narrows its start. The year holding most of the window wins, and only when the window
    is shorter than TENURE_REACH_MONTHS: a president named alone spans years, and a year guessed from
    that was more often wrong than right. The result is labelled an estimate, not a date from the text.
    """
    named = sorted(n for n in names if n in _office_terms())
    window = tenure_window(names, month_words)
    if not window:
        return None, ""
    if max(window) - min(window) >= TENURE_REACH_MONTHS:
        return None, (f"no publication date; office terms of {', '.join(named)} overlap over "
                      f"{max(window) // 12 - min(window) // 12 + 1} years, too many to guess one")
    years: dict[int, int] = {}
    for m in window:
        years[m // 12] = years.get(m // 12, 0) + 1
    year = max(years, key=lambda y: (years[y], -y))
    return (Anchor(dt.date(year, 12, 31), "year", "estimate"),
            f"no publication date; estimated: office terms of {', '.join(named)} overlap mostly in {year}")
