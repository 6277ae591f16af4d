"""An undated page of a story whose pages state days weeks apart borrows only the month or year those days share,
not the earliest day (newcomer6: February talks and March shelling linked as one story; an undated "talks on
Friday" page dated in February). Invented pages."""
from __future__ import annotations

import datetime as dt

import pytest

from detente import pipeline
from detente.events.story_dates import STORY_SPREAD_DAYS, shared_precision, story_spreads
from detente.records import DateInfo, DateReport, PageDate

GUESS = DateInfo(None, "none", "none", "no publication date and no explicit date in the document")
SENTENCE = "Ruritanian artillery shelled two Freedonian villages on Monday, officials said."


def _undated(story: str, published: str | None = None, precision: str = "none") -> PageDate:
    return PageDate("u1", story, published, precision, "none" if not published else "text", SENTENCE)


def _dated(days: list[str], story: str = "s1") -> list[PageDate]:
    return [PageDate(f"d{n}", story, day, "day", "metadata") for n, day in enumerate(days)]


def _date(pages: list[PageDate]) -> DateInfo | None:
    report = DateReport("e1", "u1", 0, SENTENCE, SENTENCE.index("shelled"), GUESS)
    found = {r.event_id: r.date for r in pipeline.date_from_stories(pages, [report])}
    return found.get("e1")


def test_a_story_of_one_week_lends_its_earliest_day():
    found = _date([*_dated(["2025-03-12", "2025-03-14"]), _undated("s1")])
    assert (found.value, found.precision) == ("2025-03-10", "day")


def test_a_story_of_five_weeks_across_two_months_lends_only_the_year():
    found = _date([*_dated(["2025-02-07", "2025-03-12", "2025-03-14"]), _undated("s1")])
    assert (found.value, found.precision, found.source) == ("2025", "year", "story")
    assert "from 2025-02-07 to 2025-03-14" in found.note


def test_a_story_of_three_weeks_in_one_month_lends_the_month():
    found = _date([*_dated(["2025-03-02", "2025-03-24"]), _undated("s1")])
    assert (found.value, found.precision) == ("2025-03", "month")


def test_a_story_across_the_new_year_lends_nothing():
    assert _date([*_dated(["2024-12-20", "2025-01-20"]), _undated("s1")]) is None


def test_a_page_that_knows_its_month_keeps_it_when_the_story_is_spread():
    assert _date([*_dated(["2025-03-02", "2025-03-24"]), _undated("s1", "2025-03", "month")]) is None


@pytest.mark.parametrize("days, expected", [(0, "day"), (STORY_SPREAD_DAYS, "day"), (STORY_SPREAD_DAYS + 1, "month")])
def test_the_spread_bound(days, expected):
    first = dt.date(2025, 3, 1)
    assert shared_precision(first, first + dt.timedelta(days=days)) == expected


def test_the_spread_counts_only_days_pages_state_as_their_own():
    pages = [*_dated(["2025-03-12"]), PageDate("x", "s1", "2025-01-01", "day", "text"), _undated("s1")]
    assert story_spreads(pages) == {"s1": (dt.date(2025, 3, 12), dt.date(2025, 3, 12))}
