"""Classes the blind development pages of session 21's second round (eval/wire25) showed in the clean stage: a
print edition's list of its other pages under a heading line of its own ("ALSO IN THIS ISSUE", then
"p. 4  X lifts ban on Y's goods") is furniture, not the page's own news."""
from __future__ import annotations

import pytest

from clean_helpers import make_document, role_of
from detente.clean import clean_document

LEAD = ("The two ministers met at the river port on Tuesday and agreed to reopen the ferry line within a month, "
        "officials said after the talks.\n\n"
        "The line was closed in March after a collision at the harbour mouth, the port authority said.\n\n")


@pytest.mark.parametrize("heading", ["ALSO IN THIS ISSUE", "Also in this edition", "IN THIS ISSUE", "Also this week"])
def test_a_heading_line_opens_a_list_of_other_pages(heading):
    listing = "p. 4  Lowland state lifts ban on highland cattle\np. 6  Letters: the new bridge and the old ferry\n"
    article = clean_document(make_document("Ferry Line To Reopen\n\n" + LEAD + heading + "\n" + listing))
    assert role_of(article, "p. 4  Lowland state lifts") == "related"
    assert role_of(article, "The two ministers met") == "body"
