"""An envoy "called to" the host's ministry is summoned: ACCUSE (alt PROTEST, CONSULT) by the host, as "called in"
(triggers.tsv `call` VERB ACCUSE with a 'to' phrase). Before, "Iran's ambassador ... was called to the Foreign Office
on Monday afternoon" was read by the 'call on' REQUEST row, the 'on' of the day taken as "called on X", with the
envoy's state as its source (wire27 w27_05, wire47 w47_01, wire49 w49_01), or coded nothing (wire10 w10_07, a High
Commissioner). Called home, back or for consultations stays a recall. Our own sentences, through the whole pipeline."""
from __future__ import annotations

import pytest

from events_kit import coded_pages

STORY = "Kenya and Uganda have quarrelled over the fishing grounds of Lake Victoria since May. "
SUMMONED = [
    STORY + "Uganda's ambassador was called to the Kenyan foreign ministry on Monday.",
    STORY + "Uganda's ambassador, Moses Okello, was called to the Foreign Office on Monday afternoon, where officials "
            "demanded the release of the boats.",
    STORY + "Uganda's chargé d'affaires in Nairobi was called to the foreign ministry on Saturday morning.",
    STORY + "The Ugandan high commissioner was called to the Ministry of Foreign Affairs yesterday morning.",
]
RECALLED = [
    STORY + "Uganda's ambassador was called to Kampala for consultations on Monday.",
    STORY + "Uganda's ambassador was called back to Kampala on Monday.",
]


@pytest.fixture(scope="module")
def coded() -> dict[str, set]:
    return coded_pages(SUMMONED + RECALLED)


@pytest.mark.parametrize("text", SUMMONED)
def test_an_envoy_called_to_the_ministry_is_summoned_by_the_host(coded, text):
    assert ("ACCUSE", "KEN", "UGA") in coded[text], coded[text]
    assert not any(e[0] == "REQUEST" for e in coded[text]), coded[text]


@pytest.mark.parametrize("text", RECALLED)
def test_an_envoy_called_home_is_still_recalled(coded, text):
    assert not any(e[0] == "ACCUSE" for e in coded[text]), coded[text]
    assert ("SANCTION", "UGA", None) in coded[text] or any(e[:2] == ("SANCTION", "UGA") for e in coded[text])
