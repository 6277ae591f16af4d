"""clean.roles: a newspaper's masthead line prints its volume, issue and price beside the date ("Friday 10 June 2011 |
Vol. XIV No. 23 | 2,500 togrog", eval/wire25 w25_07; "Issue 22, Wednesday, June 3, 1998", eval/wire8 w8_14): those
numbers are no prose, so the line is the page's date line (session 33, helper dates29). Pages written for these tests."""
from __future__ import annotations

import pytest

from clean_helpers import published

STORY = ("\n\nPOLITICS\n\nTwo neighbours agree to reopen the river crossing\n\nBy Staff Reporter\n\nThe two governments "
         "agreed on Wednesday to reopen the river crossing closed since the floods, their transport ministries said in a "
         "joint note.\n\nLorry drivers had waited at the crossing for weeks, according to the hauliers' association of "
         "the northern province.\n\nThe crossing carries most of the trade between them.\n")


@pytest.mark.parametrize("masthead, day", [
    ("Thursday 14 March 2013 | Vol. XXII No. 11 | 300 dram", "2013-03-14"),
    ("Lilongwe | Friday, April 5, 2019 | Volume 9 Issue 14 | MK 500", "2019-04-05"),
    ("The country's English-language weekly - Issue 41, Tuesday, 8 October 2002", "2002-10-08"),
])
def test_a_masthead_with_volume_and_issue_dates_the_page(masthead, day):
    assert published("THE RIVER VALLEY WEEKLY\n" + masthead + STORY) == (day, "day", "dateline")


def test_a_line_of_prose_with_a_date_is_still_no_date_line():
    line = "Our reporters followed the talks in the capital for three days and filed on 14 March 2013"
    assert published("THE RIVER VALLEY WEEKLY\n" + line + STORY)[2] != "dateline"
