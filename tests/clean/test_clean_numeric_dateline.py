"""A wire's yearless date line written in figures ("HA NOI, 16/7 (Agency) --"), read as a day and month only
when one part exceeds 12 and so tells the order (session 21, eval/wire24's class; sentences our own)."""
from __future__ import annotations

import datetime as dt

import pytest

from detente.clean.dates import lead_in_date, lead_in_end
from detente.events.story_dates import dateline_day


@pytest.mark.parametrize("line, day", [
    ("NORTH HAVEN, 16/7 (Wire) -- The ministry on Wednesday rejected the note.", "16 July"),
    ("PORT OF SPAIN, 7/16 (Wire) - The ministry on Wednesday rejected the note.", "16 July"),
    ("Korvala, 30/11 (LNA): The talks resumed.", "30 November"),
])
def test_a_numeric_yearless_date_line_gives_its_day_and_month(line, day):
    assert lead_in_date(line) == (None, day)
    assert line[lead_in_end(line):].startswith("The")


@pytest.mark.parametrize("line", [
    "NORTH HAVEN, 5/7 (Wire) -- The ministry rejected the note.",  # day or month first: unknown
    "NORTH HAVEN, 16/13 (Wire) -- The ministry rejected the note.",  # no month
    "The vote in the chamber was 16/7 against the motion.",  # no date line
    "NORTH HAVEN, 16/7/2015 (Wire) -- The ministry rejected the note.",  # a full date, read as such elsewhere
])
def test_an_ambiguous_or_misplaced_pair_of_figures_is_no_yearless_date_line(line):
    assert lead_in_date(line)[1] is None


def test_the_page_takes_its_day_from_the_story_year():
    assert dateline_day("NORTH HAVEN, 16/7 (Wire) -- ", dt.date(2015, 7, 15)) == dt.date(2015, 7, 16)
