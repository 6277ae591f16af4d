"""A wire service's list of its other items, run on one line after a colon header ("-- Also in this bulletin:
A; B; C"), is furniture however long it is (eval/wire18 and eval/wire19: the listed headlines were coded as the
page's own events); a sentence that opens with the same words but no colon stays prose."""
from __future__ import annotations

import pytest

from clean_helpers import make_document, role_of
from detente.clean import clean_document
from detente.clean.lexicon import match_cue

LEAD = ("Fishing boats from the two countries may again use the northern harbour from Monday, the port authority "
        "said on Friday after a meeting with both coast guards.\n\n"
        "The harbour was closed to foreign boats in March after a collision at its mouth, officials said.\n\n")


@pytest.mark.parametrize("line", [
    "-- Also in this bulletin: Two navies hold joint drill off the cape; regional bank prepares flood meeting; "
    "island ferry line resumes after the storm season ends.",
    "Other items in this service: Two capitals sign a film exchange plan; a trade delegation opens talks in the "
    "capital; spring sowing ahead of plan in the south.",
    "\u2022 Also in this issue: Two ministers sign a river accord; border crossing reopens.",
    # eval/wire54 w54_06: the items of the line were coded as four AGREE rows across them
    "ALSO ON THE WIRE: Two neighbours agree on a joint river commission / Coast guards of two states meet on "
    "fishing zones",
])
def test_a_long_list_of_other_items_is_related(line):
    article = clean_document(make_document("Harbour Reopens To Foreign Boats\n\n" + LEAD + line + "\n"))
    assert role_of(article, line.lstrip("-\u2022 ")[:25]) == "related"
    assert role_of(article, "Fishing boats from the two") == "body"


def test_the_same_words_without_a_colon_stay_prose():
    line = ("Also in this bulletin's period, the two navies held a joint drill off the cape, their commanders "
            "said, and agreed to meet again in the spring to plan a longer exercise.")
    article = clean_document(make_document("Harbour Reopens To Foreign Boats\n\n" + LEAD + line + "\n"))
    assert role_of(article, "Also in this bulletin's period") == "body"


def test_other_colon_cues_still_match_and_a_long_sentence_still_does_not():
    assert match_cue("Related: Two ministers sign a river accord", 7).role == "related"
    long_prose = ("See also the remarks the minister made to parliament on Tuesday, when she said the two "
                  "governments would sign the river accord before the end of the year and open the crossings.")
    assert match_cue(long_prose, len(long_prose.split())) is None
