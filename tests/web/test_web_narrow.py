"""The page as a newcomer met it in session 8, in headless Chromium: on a phone (390 px) the page ran 957 px
sideways with a one-letter evidence column; a section scrolled into view sat under the sticky filter bar; and
a link with its filters in the query (/?dyad=…) showed every event without a word."""
from __future__ import annotations

from tests.web.test_web_browser import (browser, event_rows, open_page, pytestmark, server,  # noqa: F401
                                        shots)

PHONE = 390


def test_on_a_phone_nothing_runs_off_the_side_and_each_table_scrolls_in_its_card(browser, server, shots):  # noqa: F811
    page, outside, errors = open_page(browser, server, PHONE)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE
    # the evidence is readable: a card per event, the sentence across the card's width (session 27; before, a
    # 700 px table a swipe away inside its card; tests/web/test_web_phone_events.py)
    widths = page.eval_on_selector_all("#events tbody td.snippet", "tds => tds.map(td => td.getBoundingClientRect().width)")
    assert widths and min(widths) >= 300, widths
    bars = page.locator("#dyads tbody tr[data-dyad] td.bars").first.bounding_box()
    assert bars["width"] >= 150  # the pair's bars are drawn, not squeezed to nothing
    assert page.locator("#timeline svg").bounding_box()["width"] >= 700  # labels at a readable size
    count, tools = page.locator("#events-count").bounding_box(), page.locator(".tools").bounding_box()
    assert tools["y"] >= count["y"] + count["height"] - 1  # the links sit under the heading's count, not on it
    page.screenshot(path=str(shots / "9-phone-390.png"), full_page=True)
    assert outside == [] and errors == []


def test_on_a_phone_the_filter_bar_scrolls_away_with_the_page(browser, server):  # noqa: F811
    for width in (PHONE, 1024):  # 1024: a sticky bar on top covered sections, a column beside them is too wide
        page, _, errors = open_page(browser, server, width)
        page.evaluate("window.scrollTo(0, 1200)")
        assert page.locator("#filters").bounding_box()["y"] < 0  # six rows of form would hide a third of the screen
        assert errors == []


def test_a_section_scrolled_into_view_is_not_under_the_sticky_filters(browser, server, shots):  # noqa: F811
    page, _, errors = open_page(browser, server, 1280)
    page.set_viewport_size({"width": 1280, "height": 500})  # a short window: the page can scroll any section up
    page.evaluate("document.getElementById('dyads-section').scrollIntoView()")
    assert page.evaluate("window.scrollY") > 0
    bar, section = page.locator("#filters").bounding_box(), page.locator("#dyads-section").bounding_box()
    # the filters still stay in view, in a column of their own beside the section (session 25: not above it)
    assert bar["y"] == 0 and section["x"] >= bar["x"] + bar["width"], (bar, section)
    page.locator("#dyads-section").screenshot(path=str(shots / "10-pairs-1280.png"))
    assert errors == []


def test_a_link_with_its_filters_in_the_query_applies_them(browser, server):  # noqa: F811
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(server + "/?dyad=TZA-KEN&type=AGREE")
    page.wait_for_function("location.hash.includes('dyad=TZA-KEN') && location.hash.includes('type=AGREE')")
    assert page.evaluate("location.search") == ""  # one place for the filters: the hash, as every click writes it
    page.wait_for_function("document.querySelectorAll('#events tbody tr[data-id]').length === 2")
    assert {r[1] for r in event_rows(page)} == {"AGREE"}
    assert page.locator("input[name=dyad]").input_value() == "TZA-KEN"
    page.goto(server + "/?since=2024-13")  # a bad value from the query is an error, as from the hash
    page.wait_for_function("document.querySelector('#error').textContent.includes('not a date')")
    page.close()



def test_a_pair_s_goldstein_axis_has_whole_ticks(browser, server):  # noqa: F811
    # A Goldstein sum is not whole: 9.5 made an axis of ±11 with ticks at ±5.5 (session 8, RUS-UKR on realnews).
    page, _, errors = open_page(browser, server, 1400)
    for value in (0.5, 3.2, 9.5, 10.6, 47.3, 8):
        top = page.evaluate(f"niceMax({value})")  # the charts' own function, as the page loaded it
        assert top >= value and float(top).is_integer() and float(top / 2).is_integer(), (value, top)
    pair = page.get_attribute("#dyads tbody tr[data-dyad] >> nth=0", "data-dyad")
    page.goto(f"{server}/#dyad={pair}")
    page.wait_for_selector("#pair-section:not([hidden]) #pair-chart text.goldstein")
    ticks = page.eval_on_selector_all("#pair-chart text.goldstein", "ts => ts.map(t => Number(t.textContent))")
    assert ticks and all(float(t).is_integer() for t in ticks), ticks
    assert errors == []


def test_the_pairs_goldstein_sums_line_up_and_zero_takes_no_side(browser, server):  # noqa: F811
    # "-18" over "-18.9", and a sum of 0 in green as if cooperative (session 8, realnews).
    page, _, errors = open_page(browser, server, 1400)
    cells = page.eval_on_selector_all("#dyads tbody tr[data-dyad] td:nth-child(5)",
                                      "tds => tds.map(td => [td.textContent, td.className])")
    assert cells and all(text.split(".")[-1].isdigit() and len(text.split(".")[-1]) == 1 for text, _ in cells)
    for text, cls in cells:
        value = float(text)
        assert ("neg" in cls) == (value < 0) and ("pos" in cls) == (value > 0), (text, cls)
    assert page.evaluate("goldsteinText(0)") == "0.0" and page.evaluate("goldsteinText(-18)") == "-18.0"
    assert page.evaluate("goldsteinText(3.5)") == "+3.5"
    assert errors == []
