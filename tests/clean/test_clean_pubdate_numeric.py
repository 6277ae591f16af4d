"""Publication dates written as numbers (day/month order read only when a part exceeds 12) and
datelines that give no year (no date, with the reason)."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clean_helpers import make_document
from detente.clean import clean_document
from detente.clean.dates import find_dates, yearless_date

BODY = ("Two neighbouring governments agreed on Tuesday to reopen a border crossing closed for a year, "
        "their ministries said in a joint note.\n\nTraders on both sides had asked for the reopening since "
        "spring, according to the chambers of commerce in the two border towns.\n")


@pytest.mark.parametrize("text, value, precision", [
    ("Posted on 23/04/2016 by the desk", dt.date(2016, 4, 23), "day"),
    ("Updated 04/23/2016 09:12", dt.date(2016, 4, 23), "day"),
    ("Filed 23.04.2016", dt.date(2016, 4, 23), "day"),
    ("Posted on 03/04/2016", dt.date(2016, 1, 1), "year"),
    ("Posted on 07/07/2016", dt.date(2016, 7, 7), "day"),
])
def test_numeric_dates(text, value, precision):
    (found,) = find_dates(text)
    assert (found.value, found.precision) == (value, precision)


@pytest.mark.parametrize("text", ["Posted on 31/02/2016", "Ref 44/13/2016", "version 1/2/3/2016"])
def test_impossible_numeric_dates_are_none(text):
    assert find_dates(text) == []


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)), st.booleans())
def test_numeric_date_order_is_only_claimed_when_certain(day, day_first):
    first, second = (day.day, day.month) if day_first else (day.month, day.day)
    (found,) = find_dates(f"Posted {first:02d}/{second:02d}/{day.year} by staff")
    if day.day > 12 or day.day == day.month:
        assert (found.value, found.precision) == (day, "day")
    else:
        assert (found.value.year, found.precision) == (day.year, "year")


def test_numeric_dateline_dates_the_page():
    article = clean_document(make_document("Crossing To Reopen\n\nPosted on 23/04/2016 by the desk\n\n" + BODY))
    assert (article.published.value, article.published.precision, article.published.source) == (
        "2016-04-23", "day", "dateline")


def test_ambiguous_numeric_dateline_gives_the_year_and_says_why():
    article = clean_document(make_document("Crossing To Reopen\n\nPosted on 03/04/2016 by the desk\n\n" + BODY))
    assert (article.published.value, article.published.precision) == ("2016", "year")
    assert "ambiguous" in article.published.note


def test_yearless_dateline_is_no_date_but_the_reason_names_it():
    article = clean_document(make_document("Crossing To Reopen\n\nVALLETTA, Mar 8 (Islandwire) - " + BODY))
    assert article.published.value is None
    assert "'Mar 8' states no year" in article.published.note


@pytest.mark.parametrize("text, found", [
    ("LIMA, Sept. 4 (Wire) -", "Sept. 4"), ("LIMA, 4 September -", "4 September"),
    ("LIMA, Sept. 4, 2019 -", None), ("LIMA (Wire) -", None),
])
def test_yearless_date(text, found):
    assert yearless_date(text) == found
