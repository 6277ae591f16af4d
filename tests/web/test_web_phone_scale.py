"""On a phone the timeline and a pair's series scroll to their newest month, which leaves their value axes out of
view: on realnews at 390 px the bars had no scale at all (newcomer18, session 29). A line under each chart gives
the scale there; from 761 px the axes show and the line is hidden."""
from __future__ import annotations

from tests.web.test_web_browser import browser, open_page, pytestmark, server  # noqa: F401

PHONE = 390


def _open_pair(page) -> None:
    page.locator("#dyads tbody tr[data-dyad]").first.click()
    page.wait_for_selector("#pair-chart svg[data-direction]")


def _top_tick(page, selector: str) -> str:
    """The largest count an axis names (its first or last tick text)."""
    ticks = page.eval_on_selector_all(selector, "ts => ts.map(t => t.textContent)")
    return str(max(abs(float(t)) for t in ticks if t.lstrip("+-").replace(".", "").isdigit()))


def test_on_a_phone_each_chart_says_its_scale_under_it(browser, server):  # noqa: F811
    page, _outside, errors = open_page(browser, server, PHONE)
    line = page.locator("#timeline .phone-scale")
    assert line.is_visible()
    top = _top_tick(page, "#timeline svg > text[text-anchor='end']").removesuffix(".0")
    assert f"the top line is {top} " in line.text_content()
    _open_pair(page)
    pair = page.locator("#pair-chart .phone-scale")
    assert pair.is_visible()
    count = _top_tick(page, "#pair-chart svg[data-direction] > text[text-anchor='end']").removesuffix(".0")
    assert f"the top and bottom lines are {count} " in pair.text_content() and "Goldstein sum of ±" in pair.text_content()
    scroller = page.locator("#pair-chart .chart-scroll").first
    assert scroller.evaluate("s => s.scrollLeft > 0"), "the chart no longer scrolls its axis out of view"
    assert errors == []


def test_from_761_px_the_axes_show_and_the_line_is_hidden(browser, server):  # noqa: F811
    page, _outside, errors = open_page(browser, server, 1280)
    _open_pair(page)
    assert page.locator(".phone-scale").count() == 2
    assert not page.locator("#timeline .phone-scale").is_visible()
    assert not page.locator("#pair-chart .phone-scale").is_visible()
    assert errors == []
