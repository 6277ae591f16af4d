"""An ambiguous numeric date line (02/10/2012) read from the weekday its first paragraph tells the news on
(clean/lead_weekday.py; eval/wire26 w26_08, a page dated to its year only)."""
from __future__ import annotations

import pytest

from clean_helpers import make_document
from detente.clean import clean_document
from detente.clean.dates import find_dates
from detente.clean.lead_weekday import lead_reading, lead_weekday

HEAD = "VALLEY RADIO ONLINE | News | Politics\nPosted: {stamp} 18:20 WAT\n\nTalks on the river go on\n\n"
LEAD = ("The interior minister {when} told reporters that no document had been signed with the neighbouring "
        "state, and that the talks on the river boundary would go on.\n\nHe said the survey boat had been "
        "returned to its owners.\n")


@pytest.mark.parametrize("stamp, when, value, precision", [
    ("06/03/2019", "on Tuesday", "2019-03-06", "day"),   # 6 March is a Wednesday; 3 June a Monday
    ("06/03/2019", "on Sunday", "2019-06-03", "day"),    # 3 June, the day after a Sunday
    ("06/03/2019", "on Wednesday", "2019-03-06", "day"),  # told the same day
    ("04/09/2015", "on Thursday", "2015", "year"),       # 9 April a Thursday, 4 September the day after: both fit
    ("06/03/2019", "on Friday", "2019", "year"),         # neither reading fits
    ("06/03/2019", "this week", "2019", "year"),         # no weekday named
    ("06/03/2019", "on Tuesday and again on Sunday", "2019", "year"),  # two weekdays: not read
])
def test_lead_weekday_settles_the_order(stamp, when, value, precision):
    article = clean_document(make_document(HEAD.format(stamp=stamp) + LEAD.format(when=when)))
    assert (article.published.value, article.published.precision) == (value, precision)


def test_an_unambiguous_date_is_left_alone():
    (found,) = find_dates("Posted: 23/03/2019")
    assert lead_reading(found, ["He spoke on Friday."]) is found


def test_lead_weekday_reads_full_names_only():
    assert lead_weekday("The minister spoke on Tuesday.") == 1
    assert lead_weekday("Under the midday sun, wed to the plan.") is None
    assert lead_weekday("On Monday and on Friday.") is None
