"""Issue #11, who acts and who is the target, twenty-fourth pass (own sentences): a state's request addressed to
its own organ ("asked the interior minister to ...", "urged parliament to ...", "called on the security forces
to ...") is a request at home; the document counterpart gave it the story's other state as target (wire34,
wire41; events/home_critics.py `home_request`, cues.tsv `homeorgan`)."""
from __future__ import annotations

import pytest
from events_kit import coded_pages

from detente.events.lexicon import cue_words

LEAD = "Ghana accuses Togo over border shooting\n\nGhana accused Togo on Sunday of firing on its border guards. " \
       "Togo denied the charge. "
HOME = [
    "The Ghanaian president on Monday asked the interior minister to reinforce the border posts.",
    "Ghana's security council instructed the army to respond firmly and asked the government to reinforce its "
    "border posts.",
    "The Ghanaian president urged parliament to approve more money for the border police.",
    "The Ghanaian president called on the security forces to show restraint.",
]
KEPT = [
    # an envoy is no home organ: the request is made of his state
    ("Ghana's foreign minister asked the ambassador to explain the shooting.", ("REQUEST", "GHA", "TGO")),
    # an order to one's own army to act at the border stays a deployment against the other state
    ("The Ghanaian president ordered the army to close the border.", ("MOBILIZE", "GHA", "TGO")),
    # the other state's organ named: a request of that state
    ("The Ghanaian president asked the Togolese government to explain the shooting.", ("REQUEST", "GHA", "TGO")),
]


@pytest.fixture(scope="module")
def pages() -> dict[str, set[tuple]]:
    return coded_pages([LEAD + s for s in HOME] + [LEAD + s for s, _ in KEPT])


@pytest.mark.parametrize("sentence", HOME)
def test_a_request_to_a_home_organ_is_no_request_of_the_other_state(pages, sentence):
    rows = pages[LEAD + sentence]
    assert ("ACCUSE", "GHA", "TGO") in rows, rows  # the page's lead is still coded
    assert ("REQUEST", "GHA", "TGO") not in rows, rows


@pytest.mark.parametrize("sentence,row", KEPT)
def test_requests_of_envoys_orders_and_named_organs_stay(pages, sentence, row):
    assert row in pages[LEAD + sentence], pages[LEAD + sentence]


def test_home_organ_words_are_loaded_and_used():
    words = cue_words("homeorgan")
    assert {"government", "minister", "parliament", "force", "army"} <= set(words)
    assert not {"ambassador", "envoy", "council", "assembly"} & set(words)  # envoys and bodies' organs are not
    for word in words:
        assert word.isalpha() and word == word.lower(), word


THANKS = "The Ghanaian president thanked the soldiers for their vigilance."
URGED_TROOPS = "Ghana's foreign minister urged the troops to withdraw from the border village."


@pytest.fixture(scope="module")
def thanks_pages() -> dict[str, set[tuple]]:
    return coded_pages([LEAD + THANKS, LEAD + URGED_TROOPS])


def test_thanks_to_ones_own_soldiers_is_no_support_of_the_other_state(thanks_pages):
    assert ("SUPPORT", "GHA", "TGO") not in thanks_pages[LEAD + THANKS], thanks_pages[LEAD + THANKS]


def test_soldiers_and_troops_count_only_for_thanks(thanks_pages):
    assert ("REQUEST", "GHA", "TGO") in thanks_pages[LEAD + URGED_TROOPS], thanks_pages[LEAD + URGED_TROOPS]
    # a request to "the troops" may be to the other side's: the word is kept for SUPPORT alone
    assert cue_words("homeorgan")["troop"] == "support" and cue_words("homeorgan")["soldier"] == "support"
    assert cue_words("homeorgan")["government"] == "-"
