"""A list header ending in a colon opens a related block whatever its words, and a readers' views
header opens a comment thread even when the page prints the thread as one paragraph (wire8, wire9:
a teaser question and a reader's comment were coded as news; the pages here are our own)."""
from __future__ import annotations

from clean_helpers import make_document, role_of
from detente.clean import clean_document

BODY = ("The two trade ministers met in the border town on Sunday and agreed to reopen the crossing to "
        "fruit lorries within a week, officials from both governments said.\n\n"
        "Exporters on both sides welcomed the arrangement but said the checks had already cost them most "
        "of the season's early harvest, and they asked for compensation.\n\n")

TEASERS = BODY + """---
More from Harbour Policy Notes:
* Can the two river states still agree on the dam's filling schedule?
* Data: exports across the strait since 2010

Subscribe to our newsletter | Privacy
"""

VIEWS = ("<html><body><p>" + BODY.replace("\n\n", "</p><p>") + "</p>"
         "<p><b>YOUR VIEWS</b><br>\n<i>Ana K.</i>: The two armies are also fighting in the north.<br>\n"
         "<i>Joe, Leeds</i>: Pray for the drivers.</p></body></html>")


def test_a_related_header_with_a_colon_opens_a_block():
    page = clean_document(make_document(TEASERS))
    assert role_of(page, "More from Harbour Policy Notes") == "related"
    assert role_of(page, "still agree on the dam") == "related"
    assert role_of(page, "agreed to reopen the crossing") == "body"


def test_a_readers_views_thread_printed_as_one_paragraph_is_comment():
    page = clean_document(make_document(VIEWS, fmt="html"))
    assert role_of(page, "also fighting in the north") == "comment"
    assert role_of(page, "agreed to reopen the crossing") == "body"
