"""Property tests for the event date resolver: any anchor, any expression form → a well-formed date
that respects what the expression means (never a crash, never a malformed value)."""
from __future__ import annotations

import datetime as dt
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from detente.events.dates import Anchor, event_date

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]
FORMAT = {"day": r"^\d{4}-\d{2}-\d{2}$", "month": r"^\d{4}-\d{2}$", "year": r"^\d{4}$"}

anchors = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2030, 12, 31))


def _date(value: str) -> dt.date:
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return dt.date(*parts[:3])


@settings(max_examples=150, deadline=None)
@given(anchors, st.sampled_from(WEEKDAYS))
def test_a_weekday_is_the_last_such_day_on_or_before_publication(anchor, weekday):
    info = event_date(f"The two ministers met on {weekday} in the capital.", 16, Anchor(anchor, "day", "metadata"), "")
    assert info.precision == "day" and re.match(FORMAT["day"], info.value)
    day = _date(info.value)
    assert 0 <= (anchor - day).days < 7 and WEEKDAYS[day.weekday()] == weekday


@settings(max_examples=150, deadline=None)
@given(anchors)
def test_last_month_is_the_month_before_publication(anchor):
    info = event_date("The envoy was expelled last month, officials said.", 16, Anchor(anchor, "day", "metadata"), "")
    expected = (anchor.replace(day=1) - dt.timedelta(days=1)).isoformat()[:7]
    assert (info.value, info.precision) == (expected, "month")


@settings(max_examples=150, deadline=None)
@given(anchors, st.integers(1, 12))
def test_a_bare_month_is_not_after_publication(anchor, month):
    info = event_date(f"Talks were held earlier in {MONTH_NAMES[month - 1]} between the sides.", 6,
                      Anchor(anchor, "day", "metadata"), "")
    assert info.precision == "month" and re.match(FORMAT["month"], info.value)
    assert _date(info.value) <= anchor and int(info.value[5:]) == month


@settings(max_examples=150, deadline=None)
@given(anchors, st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2030, 12, 31)))
def test_an_explicit_full_date_wins_whatever_the_anchor(anchor, written):
    text = f"The treaty was signed on {MONTH_NAMES[written.month - 1]} {written.day}, {written.year}, in the port city."
    info = event_date(text, 14, Anchor(anchor, "day", "metadata"), "")
    assert (info.value, info.precision) == (written.isoformat(), "day")


PRINTED = ["{month} {day}, {year}", "{month} {day},{year}", "{day} {month} {year}", "{day}{suffix} {month},{year}",
           "{day}{suffix} of {month}, {year}", "{month} {day}{suffix},{year}"]


@settings(max_examples=150, deadline=None)
@given(anchors, st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2030, 12, 31)), st.sampled_from(PRINTED))
def test_a_full_date_printed_any_way_wins_whatever_the_anchor(anchor, written, form):
    """Ordinal days and a missing space after the comma ("31st January,2022") are still a full date."""
    suffix = "th" if 11 <= written.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(written.day % 10, "th")
    printed = form.format(month=MONTH_NAMES[written.month - 1], day=written.day, year=written.year, suffix=suffix)
    info = event_date(f"The treaty was signed on {printed} in the port city.", 14, Anchor(anchor, "day", "metadata"), "")
    assert (info.value, info.precision) == (written.isoformat(), "day")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.one_of(st.none(), anchors), st.sampled_from(["day", "month", "year"]))
@example("next month", dt.date(2000, 1, 1), "year")  # found by this test in CI: a month labelled as a year
def test_any_text_gives_a_well_formed_date_or_none(text, anchor, precision):
    info = event_date(text, len(text) // 2, Anchor(anchor, precision, "metadata") if anchor else None, "no anchor")
    if info.value is None:
        assert info.precision == "none"
    else:
        assert re.match(FORMAT[info.precision], info.value), info


@settings(max_examples=150, deadline=None)
@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2030, 12, 31)), st.sampled_from(["{w}, {m} {d}", "{w} ({m} {d})"]))
def test_a_weekday_with_day_and_month_is_read_back_in_the_page_year(day, form):
    from detente.events.page_anchor import weekday_anchor

    written = form.format(w=WEEKDAYS[day.weekday()], m=MONTH_NAMES[day.month - 1], d=day.day)
    anchor, _ = weekday_anchor(f"The envoys met on {written} in the capital.", set(), day.year)
    assert anchor is not None and anchor.date == day


@settings(max_examples=150, deadline=None)
@given(anchors, st.sampled_from(WEEKDAYS))
@example(dt.date(1988, 4, 25), "Monday")  # eval/wire10: "on the Monday" was read as the page's own Monday
def test_on_the_weekday_counts_from_the_narrative_not_the_page(anchor, weekday):
    # "went on to the capital on the Monday" tells a day of the story told before it: no date of its own
    text = f"The envoy flew in on the Saturday after the clash and went on to the capital on the {weekday}."
    info = event_date(text, text.index("went"), Anchor(anchor, "day", "metadata"), "")
    assert info.source == "publication" and info.value == anchor.isoformat()
    # a weekday without the article keeps its day
    plain = event_date(f"The envoy went on to the capital on {weekday}.", 10, Anchor(anchor, "day", "metadata"), "")
    assert plain.source == "sentence" and WEEKDAYS[_date(plain.value).weekday()] == weekday
