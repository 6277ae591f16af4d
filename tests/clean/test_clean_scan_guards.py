"""Cheap guards in front of the clean stage's date scans (docs/scaling.md, session 20) must not change what the
scans decide: a note on a text's first appearance still dates the page, however its date is written, and a photo
caption is still told by its closing place and date. Pages and lines written for these tests."""
from __future__ import annotations

import pytest

from clean_helpers import published
from detente.clean.roles import intrinsic_role
from detente.clean.text_segmenter import describe

HEADLINE = "Ferry Link Resumes After Storms\n\n"
BODY = ("The two island governments agreed to restart the ferry link suspended since the storm season, their "
        "transport ministers told reporters after a short meeting at the harbour.\n\n"
        "The crossing takes four hours and carries mail, fuel and passengers, a port official said.\n")


@pytest.mark.parametrize("note", [
    "This story was originally published on 14 March 1985.",
    "A version of this report appeared in the print edition of 14 March 1985.",
    "This article first ran 14/03/1985",
    "This article was first published14/03/1985",  # no space between the word and its date
    "THIS ARTICLE APPEARS IN PRINT ON MARCH 14, 1985",
])
def test_a_first_appearance_note_dates_the_page_however_written(note):
    page = HEADLINE + BODY + "\nMore on the islands\n\n" + note + "\n"
    assert published(page) == ("1985-03-14", "day", "dateline")


def test_a_page_with_no_such_note_is_not_dated_by_a_date_in_its_text():
    page = HEADLINE + BODY + "\nThe old ferry last sailed on 14 March 1985, the harbour master recalled.\n"
    assert published(page)[2] != "dateline"


@pytest.mark.parametrize("line, role", [
    ("Ministers of the two islands shake hands at the harbour, Port Vila, March 14, 2031.", "caption"),
    ("Ministers of the two islands shake hands at the harbour, Port Vila, 14 March 2031.", "caption"),
    ("The ministers met at the harbour on 14 March 2031 and agreed to restart the ferry link.", None),
    ("Ministers of the two islands shake hands at the harbour, Port Vila.", None),
    ("Reporting by Ana Lopez, Port Vila, March 14, 2031.", "dateline"),  # a byline, not a caption
])
def test_a_caption_is_told_by_its_closing_place_and_date(line, role):
    assert intrinsic_role(line, describe(line)) == role
