"""Property tests for planned weekdays, day counts from an earlier day, ranges, and acts named again."""
from __future__ import annotations

import datetime as dt

from hypothesis import example, given, settings
from hypothesis import strategies as st

from detente.events.dates import Anchor, event_date

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
anchors = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2030, 12, 31))


@settings(max_examples=150, deadline=None)
@given(anchors, st.sampled_from(WEEKDAYS))
def test_a_planned_weekday_is_within_the_week_ahead(anchor, weekday):
    text = f"The two ministers will meet on {weekday} in the capital."
    info = event_date(text, text.index("meet"), Anchor(anchor, "day", "metadata"), "")
    day = dt.date.fromisoformat(info.value)
    assert 0 <= (day - anchor).days < 7 and WEEKDAYS[day.weekday()] == weekday


@settings(max_examples=150, deadline=None)
@given(anchors, st.integers(1, 10), st.sampled_from(["later", "earlier"]))
def test_days_later_count_from_the_earlier_day(reference, n, direction):
    text = f"The ministry protested {n} days {direction}."
    anchor = Anchor(dt.date(2031, 1, 1), "day", "metadata", earlier={text: reference})
    info = event_date(text, text.index("protested"), anchor, "")
    expected = reference + dt.timedelta(days=n if direction == "later" else -n)
    assert (info.value, info.precision) == (expected.isoformat(), "day")


@settings(max_examples=150, deadline=None)
@given(anchors, st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2030, 12, 28)), st.integers(1, 3))
def test_a_written_day_range_starts_the_event(anchor, start, length):
    end = start.day + length
    text = f"Troops held exercises on {MONTHS[start.month - 1]} {start.day}-{end}, {start.year}, near the border."
    info = event_date(text, text.index("held"), Anchor(anchor, "day", "metadata"), "")
    assert (info.value, info.precision) == (start.isoformat(), "day")


@settings(max_examples=100, deadline=None)
@given(anchors, st.integers(0, 10), st.sampled_from(["protest", "complaint", "offer"]))
# eval/wire8: "has lodged a formal protest" on a page of 8 March, "The protest was handed over on Tuesday"
@example(dt.date(2017, 3, 8), 1, "protest")
def test_an_undated_act_named_again_later_takes_that_days_date(anchor, back, noun):
    text = f"Kenya has lodged a formal {noun} with Uganda."
    day = (anchor - dt.timedelta(days=back)).isoformat()
    info = event_date(text, text.index("lodged"), Anchor(anchor, "day", "metadata", named_again={noun: (day, "x")}), "")
    assert (info.value, info.precision) == (day, "day")
