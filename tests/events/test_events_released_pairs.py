"""Session 32 (acts30), releases and apologies on pages:
- a release whose people the sentence names by no state ("The sailors were handed over at the bridge") is let go by
  the page's one holder of another state's people (wire26 w26_03, core RETREAT IRN>AZE; events/released.py);
- officers, guards and agents handed over or back are let go as captives are, so a passive "would be handed over
  once questioned" is the release to come, pending, not a promise AGREE (wire20 w20_02, gold RETREAT pending);
- an apology is SUPPORT, as PLOVER's crosswalk maps CAMEO 055 (the lead took back acts30's CONCEDE at the merge: plover_gsr fell).
Our own sentences."""
from __future__ import annotations

import pytest

from events_kit import code, coded_pages

PAGES = {
    "held": ("Tension on Lake Victoria. Kenyan marine police seized a Ugandan patrol boat on Lake Victoria on Monday "
             "and detained its five crew, Uganda's foreign ministry said. Uganda protested to Kenya. "
             "The sailors were handed over at the Busia crossing on Thursday afternoon, in the presence of consular "
             "officials from both sides."),
    "two_pairs": ("Tension on Lake Victoria. Kenyan marine police seized a Ugandan patrol boat on Monday and "
                  "detained its crew. Ugandan soldiers arrested two Kenyan herders the same day. Uganda protested to "
                  "Kenya. The sailors were handed over at the Busia crossing on Thursday afternoon, in the presence of "
                  "consular officials from both sides."),
    "officers": ("Kenya holds Ugandan officers. Kenyan police arrested four Ugandan customs officers near Busia on "
                 "Monday, and Uganda protested to Kenya. The four officers would be handed over to the Ugandan "
                 "authorities once police had finished questioning them, a Kenyan spokesman said."),
}


@pytest.fixture(scope="module")
def pages() -> dict[str, set]:
    coded = coded_pages(list(PAGES.values()))
    return {name: coded[text] for name, text in PAGES.items()}


def test_release_takes_the_pages_one_holding_pair(pages):
    assert ("RETREAT", "KEN", "UGA") in pages["held"], pages["held"]


def test_release_with_two_holding_pairs_stays_open(pages):
    # two states held each other's people: the sailors' holder is not told, so no pair is guessed
    assert not any(t == "RETREAT" and s == "UGA" for t, s, _ in pages["two_pairs"]), pages["two_pairs"]


def test_officers_to_be_handed_over_are_a_pending_release(pages):
    assert ("RETREAT", "KEN", "UGA") in pages["officers"], pages["officers"]
    assert ("AGREE", None, "UGA") not in pages["officers"] and ("AGREE", "KEN", "UGA") not in pages["officers"]


@pytest.mark.parametrize("sentence", [
    "Kenya apologised to Uganda for the raid on the border post.",
    "The Kenyan president offered an apology to Uganda for the shooting of the fishermen.",
])
def test_apology_is_support(sentence):
    found = {(e.event_type, e.source.country, e.target and e.target.country) for e in code(sentence)}
    assert ("SUPPORT", "KEN", "UGA") in found, found
