"""An outlet named only by a capital ("The Lusaka Courier") gives its page no home state (home_voice.masthead_state),
as a top line's "| Dar es Salaam" already did not (wire2). Session 26: once outlets were read from the end of
HTML titles (clean/title_outlet.py), capital-named ones turned a held-out set's precision down (wire7 P 0.851 ->
0.830) while country-named ones ("The Djibouti Observer", "Persia Today") lowered nothing. Our own page."""
from __future__ import annotations

from dataclasses import replace

from helpers import coded_triples, make_article

BODY = ("Guatemalan gunboats stopped a Belizean coast guard skiff on the Sarstoon on Sunday, and Guatemalan "
        "sailors took its crew to Livingston. On Monday the Ministry of Foreign Affairs called in Guatemala's "
        "ambassador and handed him a note. The note demands the immediate release of the four men.")


def _events(outlet: str | None) -> set[tuple]:
    return coded_triples(replace(make_article(BODY, date="2018-04-10"), outlet=outlet))


def test_an_outlet_named_by_its_country_gives_the_page_its_state():
    assert ("REQUEST", "BLZ", "GTM") in _events("Belize Weekly Ledger")


def test_an_outlet_named_only_by_a_capital_gives_no_home_state():
    assert ("REQUEST", "BLZ", "GTM") not in _events("The Belmopan Ledger")
