"""Live-blog stamps are not reader-comment headers; a counted comments header opens the thread."""
from __future__ import annotations

from clean_helpers import make_document, role_of
from detente.clean import clean_document

LIVE_PAGE = """\
THE HARBOUR POST
Home | World | Live | Video

Live: border talks between the two neighbours resume in the capital

Last updated: Wednesday 2 October 2024, 17:10 CEST

17:10 CEST
The foreign ministers of the two neighbouring states ended their first session after four hours of talks, a spokesman said.

15:45 CEST
Delegations from both capitals arrived at the conference centre on the lake shore this afternoon, officials said.

09:05 CEST
Welcome to our live coverage of the border talks, which open today after a pause of two years.

READER COMMENTS (2)
harbourwatcher: talks again, nothing will change this time either.
Mika L.: At least they are talking instead of shooting.
"""


def test_time_stamps_of_a_live_page_leave_its_entries_in_the_body():
    page = clean_document(make_document(LIVE_PAGE))
    assert role_of(page, "ended their first session") == "body"
    assert role_of(page, "Delegations from both capitals") == "body"
    assert role_of(page, "Welcome to our live coverage") == "body"
    assert role_of(page, "15:45 CEST") != "comment"


def test_a_counted_comments_header_is_not_joined_to_the_first_comment():
    page = clean_document(make_document(LIVE_PAGE))
    assert role_of(page, "READER COMMENTS (2)") == "comment"
    assert role_of(page, "harbourwatcher: talks again") == "comment"
    assert role_of(page, "At least they are talking") == "comment"


def test_a_named_comment_header_with_a_time_still_opens_a_comment():
    from detente.clean.roles import comment_header
    from detente.clean.text_segmenter import describe

    for line in ("seabird_77 on 5 May 2019 at 10:22", "Ana R. 3 hours ago"):
        assert comment_header(line, describe(line)), line
    for line in ("16:40 GST", "Tue 18 Mar 2025, 19.40 JST", "posted at 10:22 GMT", "By Ana Ruiz, 10:22 GMT",
                 "Reporting by Ana Ruiz; 7:20 p.m."):
        assert not comment_header(line, describe(line)), line


def test_a_live_stamp_with_a_dotted_clock_is_no_commenter():
    """"7:20 p.m." once left "p.m." beside the time, read as a commenter's name, and every entry after
    it on a live page became a reader comment."""
    from detente.clean.roles import comment_header
    from detente.clean.text_segmenter import describe

    for line in ("7:20 p.m.", "11:05 a.m.", "9:40 p.m. GMT"):
        assert not comment_header(line, describe(line)), line
    page = clean_document(make_document(LIVE_PAGE.replace("15:45 CEST", "3:45 p.m.")))
    assert role_of(page, "Delegations from both capitals") == "body"
