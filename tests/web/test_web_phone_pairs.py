"""The country pairs on a phone, and an agreement's dated step at 1280 px (newcomer16's leads, session 27): at 390
px the pairs were a 560 px table scrolling in its card, "Goldstein Σ" and the bars a swipe away; at 1280 px a 64
px lifecycle box broke its date at the hyphen, "2024-03-" over "05"."""
from __future__ import annotations

from tests.web.test_web_browser import (browser, incident_server, open_page, pytestmark, server,  # noqa: F401
                                        shots)

PHONE = 390


def test_on_a_phone_each_pair_shows_its_goldstein_sum_and_bars_in_the_card(browser, server, shots):  # noqa: F811
    page, _outside, errors = open_page(browser, server, PHONE)
    section = page.locator("#dyads-section")
    section.scroll_into_view_if_needed()
    assert section.evaluate("s => s.scrollWidth <= s.clientWidth"), "the pairs card scrolls sideways"
    card = section.bounding_box()
    for row in page.locator("#dyads tbody tr[data-dyad]").all():
        for cell in row.locator("td").all():
            box = cell.bounding_box()
            assert box and box["width"] >= 1 and card["x"] <= box["x"] and box["x"] + box["width"] <= card["x"] + card["width"] + 1
    first = page.locator("#dyads tbody tr[data-dyad]").first
    goldstein, count = first.locator("td").nth(4), first.locator("td").nth(1)
    assert abs(goldstein.bounding_box()["y"] - count.bounding_box()["y"]) < 2  # beside the count, on the first line
    assert page.evaluate("getComputedStyle(document.querySelector('#dyads tbody tr[data-dyad] td:nth-child(5)'), "
                         "'::before').content") == '"Goldstein Σ "'
    units = page.eval_on_selector_all("#dyads tbody tr[data-dyad] > td[data-unit]",
                                      "tds => tds.map(td => [td.textContent, getComputedStyle(td, '::after').content])")
    for number, unit in units[::3]:  # the pair's count, "1 event" in the singular
        assert unit in (('" event"', '" incident"') if number == "1" else ('" events"', '" incidents"')), (number, unit)
    assert first.locator("td.bars").bounding_box()["width"] > 0.8 * card["width"]
    section.screenshot(path=str(shots / "phone-pairs.png"))
    assert errors == []


def test_at_1280_the_pairs_stay_a_table(browser, server):  # noqa: F811
    page, _outside, errors = open_page(browser, server, 1280)
    assert page.evaluate("getComputedStyle(document.querySelector('#dyads tbody tr[data-dyad]')).display") == "table-row"
    assert page.locator("#dyads thead th").nth(4).is_visible() and errors == []


def test_a_lifecycle_date_stays_on_one_line_inside_its_box(browser, incident_server):  # noqa: F811
    for width in (1024, 1280, 1440, PHONE):
        page, _outside, errors = open_page(browser, incident_server, width)
        page.wait_for_selector("#agreements-section:not([hidden]) tr[data-agreement] .strip .step.done")
        dates = page.eval_on_selector_all(
            "#agreements .strip .step.done > span",
            "spans => spans.map(s => { const r = document.createRange(); r.selectNodeContents(s); const lines = r.getClientRects(); "
            "return [s.textContent, lines.length, lines[lines.length - 1].right, "
            "s.parentElement.getBoundingClientRect().right - 3]; })")  # inside the box's 3 px padding
        assert any(d[0][:4].isdigit() and len(d[0]) == 10 for d in dates), dates  # a dated day to look at
        for text, lines, right, box_right in dates:
            assert lines == 1 and right <= box_right, (width, text, right, box_right)
        page.close()
        assert errors == []
