"""Publication dates in the styles pages print them under a headline: a bare date line, a "Published …, 14:05"
stamp, a byline with the date, an "Updated" stamp beside the "Published" one, a numeric stamp with its weekday,
and wire datelines with and without a year. Pages written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from clean_helpers import make_document, published
from detente.clean.dates import FoundDate, find_dates, weekday_reading

HEADLINE = "Neighbours Reopen Mountain Pass\n\n"
STORY = ("The two governments agreed on Monday to reopen the mountain pass closed since the floods, their transport "
         "ministries said in a joint note.\n\nLorry drivers had waited at the pass for weeks, according to the "
         "hauliers' association of the northern province.\n\nThe pass carries most of the trade between them.\n")


@pytest.mark.parametrize("line, value", [
    ("12 March 2019", "2019-03-12"),
    ("Tuesday 12 March 2019", "2019-03-12"),
    ("Published 12 March 2019, 14:05", "2019-03-12"),
    ("Published: Tuesday, 12 March, 2019 - 14:05", "2019-03-12"),
    ("Last updated on March 12, 2019 at 2:05 pm", "2019-03-12"),
    ("Updated: Mar. 4, 2019 2:05 p.m. ET", "2019-03-04"),
    ("By Ana Varga | March 12, 2019", "2019-03-12"),
    ("Posted on 12th March 2019 by the desk", "2019-03-12"),
    ("12 Mar 2019 · 3 min read", "2019-03-12"),
    ("First published on Tue 12 Mar 2019 14.05 GMT", "2019-03-12"),
    ("March 12, 2019 / 2:05 PM / Updated 5 years ago", "2019-03-12"),
    ("THE HARBOUR LEDGER, Tuesday, March 12, 1991, page A4", "1991-03-12"),
    ("Published 2019-03-12T14:05:00Z", "2019-03-12"),
    ("Date: Tue, 12 Mar 2019 14:05:00 GMT", "2019-03-12"),
    ("12-MAR-2019", "2019-03-12"),  # an archive's or a wire log's stamp
    ("Filed: 12-Mar-2019 14:05", "2019-03-12"),
])
def test_a_date_line_under_the_headline_dates_the_page(line, value):
    assert published(HEADLINE + line + "\n\n" + STORY) == (value, "day", "dateline")


@pytest.mark.parametrize("line", [
    "Updated March 14, 2019 | Published March 12, 2019",
    "Updated: 14 March 2019\nPublished: 12 March 2019",
])
def test_the_published_date_wins_over_the_updated_one(line):
    assert published(HEADLINE + line + "\n\n" + STORY) == ("2019-03-12", "day", "dateline")


def test_an_updated_date_alone_still_dates_the_page():
    assert published(HEADLINE + "Updated 14 March 2019\n\n" + STORY) == ("2019-03-14", "day", "dateline")


@pytest.mark.parametrize("line, value", [
    ("Published: Fri, 08/03/2019 - 14:05", "2019-03-08"),  # 3 August 2019 was a Saturday
    ("Mon 03/11/2019 14:05", "2019-03-11"),  # 3 November 2019 was a Sunday
])
def test_the_weekday_on_a_numeric_stamp_settles_its_day_and_month_order(line, value):
    assert published(HEADLINE + line + "\n\n" + STORY) == (value, "day", "dateline")


def test_a_numeric_stamp_whose_weekday_fits_both_orders_stays_a_year():
    # 12 March and 3 December 2019 were both Tuesdays
    assert published(HEADLINE + "Tue 12/03/2019\n\n" + STORY) == ("2019", "year", "dateline")
    found = find_dates("12/03/2019")[0]
    assert weekday_reading("Tue 12/03/2019", found) == found
    assert weekday_reading("12/03/2019", found) == found  # no weekday printed


def test_weekday_reading_leaves_an_unambiguous_date_alone():
    found = FoundDate(dt.date(2019, 3, 25), 4, 14, "25/03/2019")
    assert weekday_reading("Fri 25/03/2019", found) is found


@pytest.mark.parametrize("opening", [
    "GENEVA, Oct. 2, 2019 (Lakewire) - ",
    "GENEVA, 2 October 2019 (Lakewire) – ",
])
def test_a_wire_dateline_with_its_year_dates_the_page(opening):
    assert published(HEADLINE + opening + STORY) == ("2019-10-02", "day", "dateline")


@pytest.mark.parametrize("opening", [
    "GENEVA, Oct 2 (Lakewire) - ",
    "GENEVA, 2 October (Lakewire) – ",
    "GENEVA — Oct. 2 — ",  # the place set apart from the date by the segmenter
])
def test_a_yearless_wire_dateline_takes_the_year_of_a_date_written_before_it(opening):
    page = HEADLINE + opening + STORY + "\nThe pass was shut by a landslide on September 20, 2019.\n"
    assert published(page) == ("2019-10-02", "day", "dateline")


def test_a_yearless_wire_dateline_alone_gives_no_year():
    value, _, _ = published(HEADLINE + "GENEVA, Oct 2 (Lakewire) - " + STORY)
    assert value is None


def test_a_paragraph_opening_on_a_day_range_is_no_dateline():
    page = HEADLINE + "Oct. 2 - 4 the two sides met in the border town.\n\n" + STORY
    value, _, source = published(page + "\nThe pass was shut on September 20, 2019.\n")
    assert source != "dateline"


def test_an_ambiguous_numeric_date_has_two_readings_and_a_plain_one_none():
    from detente.clean.dates import day_month_readings
    (found,) = find_dates("08/06/2018")
    assert day_month_readings(found) == (dt.date(2018, 6, 8), dt.date(2018, 8, 6))
    (plain,) = find_dates("25/06/2018")
    assert day_month_readings(plain) == ()
