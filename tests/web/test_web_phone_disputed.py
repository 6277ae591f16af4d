"""On a phone the incidents' disputed mark is in view without a swipe: at 390 px, in a 620 px table, it sat past the
card's right edge (newcomer15, session 26, realnews with a pair open); session 26 kept that column sticky, session 27
made each incident a card (tests/web/test_web_phone_events.py)."""
from __future__ import annotations

from tests.web.test_web_browser import browser, incident_server, open_page, pytestmark, shots  # noqa: F401

PHONE = 390


def test_on_a_phone_the_disputed_mark_stays_in_view_on_a_swipe(browser, incident_server, shots):  # noqa: F811
    page, _outside, errors = open_page(browser, incident_server, PHONE)
    page.wait_for_selector("#incidents-section:not([hidden]) tr[data-incident]")
    section = page.locator("#incidents-section")
    section.scroll_into_view_if_needed()
    card = section.bounding_box()
    marker = page.locator("#incidents tr[data-incident='i-pact'] td.contradicted")
    for swipe in (0, 120):
        section.evaluate(f"s => {{ s.scrollLeft = {swipe}; }}")
        box = marker.bounding_box()
        assert box["x"] >= card["x"] and box["x"] + box["width"] <= card["x"] + card["width"] + 1, (swipe, box, card)
    assert "status disputed" in marker.text_content()
    page.locator("#incidents-section").screenshot(path=str(shots / "phone-incidents.png"))
    assert errors == []
