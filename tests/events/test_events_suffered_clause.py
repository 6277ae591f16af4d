"""A relative clause whose own subject is passive ("the ambassador, who was expelled on Monday") says what the
noun it hangs on suffered: that noun's state is the patient, never the doer (events/voice.py suffered_clause;
eval/wire43, written blind: an expelled ambassador's state was coded as the expeller). A summoning passive's
'at' phrase names the summoner ("called in at X's foreign ministry", roles.py _passive_sender; wire17). Our own
sentences, coded through the whole pipeline."""
from __future__ import annotations

import pytest

from events_kit import coded_pages

STORY = "Kenya and Uganda have quarrelled over the fishing grounds of Lake Victoria since May. "
REVERSED = [
    # the expelled envoy's state is not the expeller
    (STORY + "Kenya's ambassador, who was expelled on Monday, has not returned to Kampala.", ("SANCTION", "KEN", "UGA")),
    # an adverbial clause inside the relative clause: still what the envoy suffered
    (STORY + "The Kenyan ambassador, who was on leave when he was expelled, has not gone back to Uganda.",
     ("SANCTION", "KEN", "UGA")),
    # the arrested officers' state is not the arrester
    (STORY + "Two Kenyan fisheries officers, who were arrested near Migingo last week, appeared in a Kampala court.",
     ("COERCE", "KEN", "UGA")),
]
FOUND = [
    # the 'at' phrase of a summoning passive names the summoner (base: the summoned envoy's state as summoner)
    (STORY + "Uganda's ambassador, who was called in at the Kenyan foreign ministry on Monday, said little.",
     ("ACCUSE", "KEN", "UGA")),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, set]:
    return coded_pages([t for t, _ in REVERSED + FOUND])


@pytest.mark.parametrize("text,pair", REVERSED)
def test_the_noun_a_passive_relative_clause_hangs_on_is_not_the_doer(coded, text, pair):
    assert pair not in coded[text], coded[text]


@pytest.mark.parametrize("text,event", FOUND)
def test_the_summoner_named_by_the_at_phrase_is_found(coded, text, event):
    assert event in coded[text], coded[text]
