"""Publication dates printed the way pages print them: a wire dateline opening the first paragraph, a
date label, ordinal days, no space after the comma, a stamp with a two-digit year, and a yearless
dateline completed from a full date the page writes."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clean_helpers import make_document, published
from detente.clean import clean_document
from detente.clean.dates import find_dates, lead_in_date, short_year_date

STORY = ("the two governments agreed to reopen a mountain pass closed since the floods, their transport "
         "ministries said in a joint note.\n\nLorry drivers had waited at the pass for weeks, according to "
         "the hauliers' association of the northern province.\n")


@pytest.mark.parametrize("opening, value", [
    ("KORVALA, 9 March 2019 (Lakewire) - The", "2019-03-09"),
    ("KORVALA (Lakewire / Desk - 9th March, 2019) The", "2019-03-09"),
    ("Korvala [Estland], March 9,2019 (LNA): The", "2019-03-09"),
    ("date 2019-03-09 The", "2019-03-09"),
    ("Published: 9 March 2019 - The", "2019-03-09"),
    ("KORVALA, Saturday 9 March 2019, 09:41 EET (Lakewire) — The", "2019-03-09"),  # a clock time after the date
    ("KORVALA, March 9, 2019, 10.05 am - The", "2019-03-09"),
])
def test_a_dateline_opening_the_first_paragraph_dates_the_page(opening, value):
    assert published("Pass Reopens After Floods\n\n" + opening + " " + STORY) == (value, "day", "dateline")


@pytest.mark.parametrize("opening", [
    "On 9 March 2019, the",  # the sentence's own time phrase, not a dateline
    "In March 2019 the",
    "Officials said on March 9, 2019 that the",
])
def test_a_sentence_that_opens_with_its_own_date_is_no_dateline(opening):
    value, precision, source = published("Pass Reopens After Floods\n\n" + opening + " " + STORY)
    assert source != "dateline"


def test_a_yearless_wire_dateline_takes_the_year_of_a_date_the_page_writes():
    page = ("Pass Reopens After Floods\n\nKORVALA, March 9 (Lakewire) - " + STORY
            + "\nThe pass was closed by the province on February 20, 2019, after a landslide.\n")
    p = clean_document(make_document(page)).published
    assert (p.value, p.precision, p.source) == ("2019-03-09", "day", "dateline")
    assert "'March 9'" in p.note and "February 20, 2019" in p.note


def test_a_yearless_dateline_far_from_any_written_date_stays_undated():
    page = ("Pass Reopens After Floods\n\nKORVALA, March 9 (Lakewire) - " + STORY
            + "\nThe pass was first built on June 2, 1961, by army engineers.\n")
    p = clean_document(make_document(page)).published
    assert p.source != "dateline" and "'March 9' states no year" in p.note


def test_a_stamp_with_a_two_digit_year_under_the_headline():
    page = "Pass Reopens After Floods\n\nBy Desk Published Date - 11:05 PM, Sat - 09 March 19\n\nThe " + STORY
    assert published(page) == ("2019-03-09", "day", "dateline")


@pytest.mark.parametrize("line, value", [
    ("Published Date - 11:05 PM, Sat - 09 March 19", dt.date(2019, 3, 9)),
    ("Updated: Mar 9, 19 10:22", dt.date(2019, 3, 9)),
    ("Published Date - 11:05 PM, Fri - 09 March 19", None),  # 9 March 2019 was a Saturday
    ("The 09 March 19 convoy", None),  # no stamp label: not read
])
def test_short_year_date(line, value):
    found = short_year_date(line)
    assert (found.value if found else None) == value


# Hypothesis: whichever of these ways a page prints a day, the day is found as written.
FORMATS = ["{month} {day}, {year}", "{month} {day},{year}", "{day} {month} {year}", "{day}{suffix} {month}, {year}",
           "{day}{suffix} of {month} {year}", "{mon}. {day},{year}", "{month} {day}{suffix}, {year}"]
days = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2024, 12, 31))


def _render(day: dt.date, form: str) -> str:
    suffix = "th" if 11 <= day.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
    return form.format(month=day.strftime("%B"), mon=day.strftime("%b"), day=day.day, year=day.year, suffix=suffix)


@settings(max_examples=200, deadline=None)
@given(days, st.sampled_from(FORMATS))
def test_any_printed_day_is_found(day, form):
    (found,) = find_dates(f"Filed {_render(day, form)} by the desk")
    assert (found.value, found.precision) == (day, "day")


@settings(max_examples=200, deadline=None)
@given(days, st.sampled_from(FORMATS), st.sampled_from(["NORTH HAVEN, {d} (Wire) - The", "Lima (Wire - {d}) The",
                                                        "date {d} The", "Updated {d}: The"]))
def test_any_wire_dateline_is_read(day, form, frame):
    found, yearless = lead_in_date(frame.format(d=_render(day, form)) + " talks went on.")
    assert found is not None and found.value == day and yearless is None


@settings(max_examples=200, deadline=None)
@given(days)
def test_a_weekday_checked_stamp_reads_its_two_digit_year(day):
    line = f"Published {day.strftime('%a')} - {day.day:02d} {day.strftime('%B')} {day.year % 100:02d}"
    # Read in the year it was printed: a two-digit year is the latest such year not after today.
    found = short_year_date(line, today=dt.date(day.year, 12, 31))
    assert found is not None and found.value == day


def test_a_date_label_before_the_headline_dates_the_page():
    page = "Date: 2019-03-09 Pass Reopens After Floods\n\nThe " + STORY
    assert published(page) == ("2019-03-09", "day", "dateline")


@pytest.mark.parametrize("opening, head", [
    ("date 2019-03-09 The", "date 2019-03-09"),
    ("Published: 9 March 2019 - The", "Published: 9 March 2019 -"),
    ("Korvala [Estland], March 9,2019 (LNA): The", "Korvala [Estland], March 9,2019 (LNA):"),
    ("Korvala, March 9 (LNA)-- The", "Korvala, March 9 (LNA)--"),
    ("KORVALA, Saturday 9 March 2019, 09:41 EET (Lakewire) — The", "KORVALA, Saturday 9 March 2019, 09:41 EET (Lakewire) —"),
])
def test_a_date_line_opening_the_first_paragraph_is_split_off_its_lead_sentence(opening, head):
    """The printed date line is the page's dateline, not the first words of the lead: left in, its
    date passed for the date of the lead's event."""
    article = clean_document(make_document("Pass Reopens After Floods\n\n" + opening + " " + STORY))
    roles = {article.text[s.start:s.end].strip(): s.role for s in article.segments}
    assert roles[head] == "dateline"
    lead = next(s for s in article.segments if s.role == "body")
    assert article.text[lead.start:lead.end].startswith("The the two governments")


def test_a_sentence_opening_with_its_own_date_keeps_it():
    article = clean_document(make_document("Pass Reopens After Floods\n\nOn 9 March 2019, the " + STORY))
    lead = next(s for s in article.segments if s.role == "body")
    assert article.text[lead.start:lead.end].startswith("On 9 March 2019, the")


@pytest.mark.parametrize("stamp, value", [
    ("2019-03-09T14:02:00Z", "2019-03-09"),
    ("Updated 2019-03-09T23:40:00+05:30", "2019-03-09"),  # the date as written, in the page's own zone
    ("Published: 9th March, 2019 | 11:05 PM GMT", "2019-03-09"),
])
def test_a_timestamp_line_under_the_headline_dates_the_page(stamp, value):
    assert published("Pass Reopens After Floods\n\n" + stamp + "\n\nThe " + STORY) == (value, "day", "dateline")


def test_an_iso_date_runs_into_no_longer_number():
    assert [f.text for f in find_dates("ref 2019-03-091 and 2019-03-09T14:02")] == ["2019-03-09"]
