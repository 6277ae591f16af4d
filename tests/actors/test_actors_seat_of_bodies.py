""""Brussels" on a page about the EU or NATO is where the body sits, not Belgium's government (ambiguous.tsv:
two readings of one state, by kind; wire21's "a Brussels newsletter", wire8's "talks in Brussels" gave
Belgium as a party). On a page about Belgium it stays the capital. Our own sentences."""
from __future__ import annotations

from helpers import events_of, mentions_of


def _countries(body: str, text: str) -> list[str | None]:
    return [m.country for m in mentions_of(body) if m.text == text]


def test_brussels_on_a_page_about_the_eu_is_no_actor():
    body = ("Estonia and Latvia signed a fisheries protocol in Brussels on Monday. "
            "Brussels has offered to pay for two monitoring stations, the European Commission said.")
    assert _countries(body, "Brussels") == []
    assert not any("BEL" in (e[1], e[2]) for e in events_of(body))


def test_brussels_on_a_page_about_belgium_stays_its_government():
    body = "Brussels recalled its ambassador from Kinshasa on Monday, the Belgian foreign ministry said."
    assert _countries(body, "Brussels") == ["BEL"]


def test_brussels_named_alone_keeps_the_capital_reading():
    assert _countries("Brussels protested to Kinshasa about the arrest on Monday.", "Brussels") == ["BEL"]
