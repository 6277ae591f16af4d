"""Event dates in the ways pages worldwide write them: a weekday beside its day, a day of the month alone, day
and month in figures, "a fortnight ago", "the day before yesterday", "this past weekend", "earlier in the
week", and an undated page whose only year is a file photo's. Sentences written for this test; each asserts
what a careful reader would take the act's date to be."""
from __future__ import annotations

import datetime as dt

import pytest

from detente.events.dates import Anchor, event_date, find_dates
from detente.events.page_anchor import document_anchor
from detente.records import Article, DateInfo, Segment

THURSDAY = Anchor(dt.date(2009, 3, 12), "day", "publication")  # 12 March 2009 was a Thursday


def dated(sentence: str, anchor: Anchor = THURSDAY) -> tuple[str | None, str]:
    info = event_date(sentence, sentence.index("met"), anchor, "publication")
    return info.value, info.precision


@pytest.mark.parametrize("sentence, value", [
    ("The ministers met on Tuesday 3rd March in Bamako.", "2009-03-03"),
    ("The ministers met on Tuesday, 3 March in Bamako.", "2009-03-03"),
    ("The ministers met on Wednesday, March 4, in Bamako.", "2009-03-04"),
    ("The ministers met on Tuesday (March 3) in Bamako.", "2009-03-03"),
    ("The ministers met on March 4, Wednesday, in Bamako.", "2009-03-04"),
])
def test_a_weekday_written_beside_its_day_yields_to_the_day(sentence, value):
    # read alone, the weekday counted back from Thursday 12 March would be the 10th or the 11th
    assert dated(sentence) == (value, "day")


def test_a_weekday_beside_a_day_keeps_the_day_on_a_page_known_only_to_its_year():
    assert dated("The ministers met on Tuesday, 3 March in Bamako.", Anchor(dt.date(2009, 12, 31), "year", "text")) \
        == ("2009-03-03", "day")


def test_separate_weekdays_and_days_are_left_alone():
    kinds = [m.kind for m in find_dates("They met on Tuesday and signed the accord on 3 March.")]
    assert kinds == ["weekday", "day-month"]


@pytest.mark.parametrize("sentence, value", [
    ("The ministers met on the 3rd in Bamako.", "2009-03-03"),
    ("The ministers met on the 12th and agreed to reopen the pass.", "2009-03-12"),
    ("The ministers met on the 20th in Bamako.", "2009-02-20"),  # the 20th of this month is still ahead
])
def test_a_day_of_the_month_alone_is_the_last_such_day(sentence, value):
    assert dated(sentence) == (value, "day")


def test_a_planned_day_of_the_month_is_the_next_one():
    info = event_date("The ministers will meet on the 20th in Bamako.", 22, THURSDAY, "publication")
    assert (info.value, info.precision) == ("2009-03-20", "day")


@pytest.mark.parametrize("sentence", [
    "The ministers met on the 3rd anniversary of the accord.",
    "The ministers met on the 3rd floor of the hotel.",
])
def test_an_ordinal_before_a_noun_is_no_day(sentence):
    assert "day-only" not in [m.kind for m in find_dates(sentence)]


@pytest.mark.parametrize("sentence, anchor_day, expected", [
    ("The ministers met on 12.03.2009 in Bamako.", dt.date(2009, 3, 14), ("2009-03-12", "day")),  # dots: day first
    ("The ministers met on 03/25/2009 in Bamako.", dt.date(2009, 3, 28), ("2009-03-25", "day")),
    ("The ministers met on 03/12/2009 in Bamako.", dt.date(2009, 3, 14), ("2009-03-12", "day")),  # 3 Dec is ahead
    ("The ministers met on 03/12/2009 in Bamako.", dt.date(2009, 12, 20), ("2009", "year")),  # both behind
])
def test_a_day_in_figures_is_read_in_the_order_that_can_be_meant(sentence, anchor_day, expected):
    assert dated(sentence, Anchor(anchor_day, "day", "publication")) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The ministers met the day before yesterday in Bamako.", ("2009-03-10", "day")),
    ("The ministers met a fortnight ago in Bamako.", ("2009-02", "month")),
    # a weekend is dated by its Saturday, as a range by its start (events/weekends.py, session 33)
    ("The ministers met this past weekend in Bamako.", ("2009-03-07", "day")),
    ("The ministers met at the weekend in Bamako.", ("2009-03-07", "day")),
    ("The ministers met earlier in the week in Bamako.", ("2009-03", "month")),
    ("The ministers met earlier this month in Bamako.", ("2009-03", "month")),
    ("The ministers met last Thursday in Bamako.", ("2009-03-05", "day")),  # a weekly out on a Thursday
])
def test_relative_days_weeks_and_weekends(sentence, expected):
    assert dated(sentence) == expected


def test_the_eve_of_a_summit_states_no_date_of_its_own():
    assert dated("The ministers met on the eve of the summit in Bamako.") == ("2009-03-12", "day")


def test_a_file_photo_s_year_does_not_date_an_undated_page():
    caption = "File photo from 2009: lorries at the pass."
    body = "The two governments agreed on Monday to reopen the mountain pass."
    text = caption + "\n\n" + body
    segments = (Segment(0, "caption", 0, len(caption)), Segment(1, "body", len(caption) + 2, len(text)))
    undated = DateInfo(None, "none", "none", "no date")
    anchor, _ = document_anchor(Article("d", "t.txt", None, "text", text, segments, undated))
    assert anchor is None
    as_body = (Segment(0, "body", 0, len(caption)), segments[1])
    anchor, _ = document_anchor(Article("d", "t.txt", None, "text", text, as_body, undated))
    assert anchor is not None and (anchor.precision, anchor.date.year) == ("year", 2009)


def test_a_future_cue_far_back_in_the_same_clause_still_marks_a_plan():
    # a long object between "is expected to send" and the day (wire2: a relief flight dated the Friday before)
    sentence = ("Norway is expected to send a coastguard vessel with medical supplies and water purification kits "
                "to the islands on Friday.")
    friday = next(m for m in find_dates(sentence) if m.kind == "weekday")
    assert friday.future
    info = event_date(sentence, sentence.index("send"), THURSDAY, "publication")
    assert info.value == "2009-03-13"
    # a comma still ends the clause the cue is looked for in
    assert not next(m for m in find_dates("Norway will send a ship, officials said on Friday.")).future
