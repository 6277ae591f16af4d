"""Stage 6b: a page without a publication day of its own borrows its story's, and its events' dates are
resolved again against it.

A page with no date line and no metadata date can only guess the year of "on Tuesday", "last month" or
"on March 5" (from the latest year it states, or not at all), and the incidents stage then splits one
event reported by several outlets, or puts a deal recalled from an earlier year among this week's acts.
Once stories are linked, the other outlets of its story say when the story ran: the page's relative
dates are resolved against that day, exactly as if the page had carried it (events.dates), and the
events whose date changes are labelled `date_source` "story", with a note naming the day and why.

The story's day is the earliest publication day its dated pages state (metadata or a date line, known
to the day; an inferred day is not): the first reports follow the event they tell, so the earliest page
is the nearest to it, and a weekday or "last month" counted back from it does not land after the day
the story began to be reported. (The lower median was tried too: on realnews date agreement .800
against .818 for the earliest, the same on wire4, wire5 and newswire.) A page whose own date is known only to the month or year borrows the story's day when
it falls inside that month or year (it refines, never contradicts, what the page says). A story whose pages
state days more than STORY_SPREAD_DAYS apart lends an undated page only the month or year they all share.

Pure function of what is stored (the stories, each document's own date, the sentences and the dates
events were coded with), so a rerun, or a run restarted after a kill, gives the same dates.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator

from detente.clean.dates import day_month_readings, find_dates as find_full_dates, lead_in_date
from detente.events.dates import STORY_SOURCE, Anchor, event_date
from detente.events.page_anchor import with_context
from detente.records import Article, DateInfo, DateReport, Event, PageDate, Redated

OWN_DAY_SOURCES = frozenset({"metadata", "dateline"})  # a day the page states, not one inferred
# A day an undated page pins with a weekday ("On Tuesday, September 15", page_anchor.pinned_day): the day
# of an act it tells, not of the page, so it dates a story only when no page of it states its own day, and
# then the latest such day does: each is a day the page was written after, and an earlier one may be a
# recalled act ("resumed relations on Monday, August 29" on a page about a reopening four weeks later).
PINNED_SOURCES = frozenset({"text"})
STORY = STORY_SOURCE  # DateInfo.source of a date resolved against the story's day


def story_days(pages: Iterable[PageDate]) -> dict[str, tuple[dt.date, int]]:
    """Story id → (its day: the earliest of its dated pages' days, how many pages state one); a story none
    of whose pages states a day takes the latest day its pages pin with a weekday."""
    own: dict[str, list[dt.date]] = defaultdict(list)
    pinned: dict[str, list[dt.date]] = defaultdict(list)
    for p in pages:
        if p.story_id and p.published and p.precision == "day" and p.source in OWN_DAY_SOURCES | PINNED_SOURCES:
            try:
                day = dt.date.fromisoformat(p.published)
            except ValueError:
                continue
            (own if p.source in OWN_DAY_SOURCES else pinned)[p.story_id].append(day)
    days = {story: (max(found), len(found)) for story, found in pinned.items()}
    return days | {story: (min(found), len(found)) for story, found in own.items()}


# A story whose pages state days more than this far apart tells more than one week's news (newcomer6: talks in
# February and a shelling in March linked as one story, and an undated page's "talks on Friday" dated in February
# by the earliest page): its first day is no nearer an undated page's act than its last. Such a page, with no date
# line of its own, borrows only what all those days share, their month or their year, not a day that may be weeks
# off. Every story an undated page borrows from on the development sets spans at most 6 days (realnews 1, wire4 1,
# wire9 6, wire10 2; two wire10 pages in stories of 13 and 14 days read their own date lines and take only the year).
STORY_SPREAD_DAYS = 7


def story_spreads(pages: Iterable[PageDate]) -> dict[str, tuple[dt.date, dt.date]]:
    """Story id → (first, last) of the days its pages state as their own (metadata or a date line)."""
    found: dict[str, list[dt.date]] = defaultdict(list)
    for p in pages:
        if p.story_id and p.published and p.precision == "day" and p.source in OWN_DAY_SOURCES:
            try:
                found[p.story_id].append(dt.date.fromisoformat(p.published))
            except ValueError:
                continue
    return {story: (min(days), max(days)) for story, days in found.items()}


def shared_precision(first: dt.date, last: dt.date) -> str | None:
    """What an undated page may borrow of a story whose pages state days from `first` to `last`: the day within
    STORY_SPREAD_DAYS, else the month or year all of them share, else nothing (None)."""
    if (last - first).days <= STORY_SPREAD_DAYS:
        return "day"
    if (first.year, first.month) == (last.year, last.month):
        return "month"
    return "year" if first.year == last.year else None


def borrows(page: PageDate, day: dt.date) -> bool:
    """Whether the page takes its story's day: it has no day of its own, and a month or year it has
    holds the story's day."""
    if page.published and page.precision == "day":
        return False
    return not page.published or day.isoformat().startswith(page.published)


def redate(pages: Iterable[PageDate], reports: Iterable[DateReport]) -> list[Redated]:
    """The events of pages that borrow their story's day whose date that changes, by event id."""
    pages = list(pages)
    days, spreads = story_days(pages), story_spreads(pages)
    borrowing = {p.doc_id: (p, days[p.story_id], spreads.get(p.story_id)) for p in pages
                 if p.story_id in days and borrows(p, days[p.story_id][0])}
    by_doc: dict[str, list[DateReport]] = defaultdict(list)
    for r in reports:
        if r.doc_id in borrowing:
            by_doc[r.doc_id].append(r)
    out = [x for doc_id, found in by_doc.items() for x in _page(borrowing[doc_id], found)]
    return sorted(out, key=lambda x: x.event_id)


def _page(borrowed: tuple[PageDate, tuple[dt.date, int], tuple[dt.date, dt.date] | None], reports: list[DateReport]
          ) -> Iterator[Redated]:
    """One page's events resolved against its story's day (only those whose date changes)."""
    page, (day, dated), spread = borrowed
    texts = tuple(dict.fromkeys(r.sentence for r in sorted(reports, key=lambda r: (r.sentence_index, r.event_id))))
    own = dateline_day(page.line, day) if page.line else None
    precision = shared_precision(*spread) if spread else "day"
    if own is not None and (not page.published or own.isoformat().startswith(page.published)):
        anchor = with_context(Anchor(own, "day", "dateline"), page.lead, texts)
        why = f"no date in the sentence; the page's yearless date line in the year of its story's day {day}"
    elif precision is None or (page.published and precision != "day"):
        return  # the story's days share no year, or no more than the page already states
    else:
        anchor = with_context(Anchor(day, precision, STORY), page.lead, texts)
        why = f"no date in the sentence and none on the page; its story's publication date {day} (the earliest " \
              f"of {dated} dated page{'s' if dated != 1 else ''})"
    spread_note = "" if precision == "day" or anchor.source == "dateline" else \
        f" (its story's pages state days from {spread[0]} to {spread[1]}, more than {STORY_SPREAD_DAYS} days " \
        f"apart: only the {precision} they share)"
    for r in reports:
        found = event_date(r.sentence, r.trigger_offset, anchor, why, said_day=True)
        if (found.value, found.precision) != (r.coded.value, r.coded.precision):
            yield Redated(r.event_id, DateInfo(found.value, found.precision, STORY, found.note + spread_note))


def page_date_of(article: Article, story_id: str | None) -> PageDate:
    """A PageDate from an in-memory article (the store builds the same from its rows), with the date lines
    among its first DATELINE_SEGMENTS segments, one a line."""
    body = next((s for s in article.segments if s.role == "body"), None)
    p = article.published
    if p.value and p.precision == "day":
        return PageDate(article.doc_id, story_id, p.value, p.precision, p.source, "")
    lines = [article.text[s.start:s.end] for s in article.segments[:DATELINE_SEGMENTS] if s.role == "dateline"]
    return PageDate(article.doc_id, story_id, p.value, p.precision, p.source,
                    article.text[body.start:body.end] if body else "", "\n".join(lines))


# A yearless date line ("N'DJAMENA, 13 April (Agency) -", "WASHINGTON, Aug. 24 (Agency) --") on a page that
# states no year: the page's day once the story's day gives the year, the nearest within this many days
# (eval/wire10, eval/wire4: six wire pages dated by their story's first day, up to three days early).
DATELINE_STORY_REACH = 45
# Beyond that reach, the nearest day still holds when it falls after the story's: the story's day is its earliest
# dated page's, and a page of the story months on is a follow-up of it (stories.cluster.FOLLOW_UP_DAYS), written
# after it; a page months before its story's first day is not one. eval/wire38 w38_12 ("VILNIUS, Dec 15 (BWS)",
# diplomats withdrawn, 126 days after its story's 11 August) and eval/wire39 w39_06 ("MADRID, Nov 1", a transit
# contract lapsed, 68 days after 25 August) borrowed August's day: "on Wednesday" and "at midnight on Sunday"
# were dated in August, "on December 10" and "in September" a year early.
# Date lines are looked for among the page's first segments (store.rows.PAGE_DATE_SELECT: idx < 8), not only
# just before the lead: an archive note may come first ("(Archive copy. Text as moved on the wire.)", eval/wire10).
DATELINE_SEGMENTS = 8


def dateline_day(line: str, story_day: dt.date) -> dt.date | None:
    """The day of a yearless date line, in the year that puts it nearest the story's day; None when the line
    is no such date line, or the nearest is more than DATELINE_STORY_REACH days before the story's day."""
    # each date line read as opening a paragraph; the first that gives a day and month
    yearless = next((d for text in line.splitlines() if (d := lead_in_date(text.strip() + " The")[1])), None)
    if yearless is None:
        return ordered_day(line, story_day)
    days = [f.value for year in (story_day.year - 1, story_day.year, story_day.year + 1)
            for f in find_full_dates(f"{yearless} {year}")[:1]]
    nearest = min(days, key=lambda d: abs((d - story_day).days), default=None)
    if nearest is None or abs((nearest - story_day).days) <= DATELINE_STORY_REACH:
        return nearest
    return nearest if nearest > story_day else None  # a follow-up months on, not a page before its story


# A date line whose numeric date may be read day first or month first ("Hanoi, 08/06/2018 - 17:20") gives its page
# only the year (clean.dates), and the page's "on Thursday" was dated 2018 (eval/wire17: four acts of one wire
# page). Its story's day tells the order: the reading within STORY_SPREAD_DAYS of it, when only one is.
def ordered_day(line: str, story_day: dt.date) -> dt.date | None:
    """The one reading of an ambiguous numeric date in the date lines near the story's day; None if none or both."""
    for text in line.splitlines():
        for found in find_full_dates(text):
            near = {d for d in day_month_readings(found) if abs((d - story_day).days) <= STORY_SPREAD_DAYS}
            if near:
                return near.pop() if len(near) == 1 else None
    return None


def date_report_of(event: Event) -> DateReport:
    """A DateReport from an in-memory event (the store builds the same from its rows)."""
    ev = event.evidence
    return DateReport(event.event_id, event.doc_id, ev.sentence_index, ev.sentence, ev.trigger_start - ev.start,
                      event.date)
