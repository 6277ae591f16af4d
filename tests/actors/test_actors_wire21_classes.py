"""Classes the blind development pages of session 20 (eval/wire21) showed, told with our own page: when the
top line names no state, the outlet's name from the page's head (og:site_name) tells the state a national
outlet speaks as (actors/home_voice.masthead_state), so its own unnamed ministry is not the other side's."""
from __future__ import annotations

from dataclasses import replace

from helpers import coded_triples, make_article

BODY = ("Guatemalan gunboats stopped a Belizean coast guard skiff on the Sarstoon on Sunday, and Guatemalan "
        "sailors took its crew to Livingston. On Monday the Ministry of Foreign Affairs called in Guatemala's "
        "ambassador and handed him a note. The note demands the immediate release of the four men.")


def _events(outlet: str | None) -> set[tuple]:
    return coded_triples(replace(make_article(BODY, date="2018-04-10"), outlet=outlet))


def test_the_outlet_name_gives_a_national_page_its_own_ministry():
    assert ("REQUEST", "BLZ", "GTM") in _events("The Belize Reporter-Ledger")


def test_an_outlet_of_a_third_state_says_nothing():
    assert ("REQUEST", "BLZ", "GTM") not in _events("The Jamaica Evening Courier")
