"""Newcomer review, session 24 (newcomer13), in headless Chromium: the pair chart's Goldstein line in months
with no events, and element screenshots of the page's sections."""
from __future__ import annotations

import pytest

from tests.web.test_web_browser import CHROMIUM, _serve, browser, open_page, server  # noqa: F401 (fixtures)
from tests.web.web_corpus import build_gapped_store

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium on PATH: `apt-get install chromium` "
                                                         "(Debian; .ci/run does it) or set DETENTE_CHROMIUM")


@pytest.fixture(scope="module")
def gapped_server(tmp_path_factory):
    yield from _serve(build_gapped_store(str(tmp_path_factory.mktemp("gap") / "gap.duckdb")))


def test_the_pair_chart_breaks_its_goldstein_line_in_months_with_no_events(browser, gapped_server):
    """The line ran through 0 in February and March, reading as neutral relations in months nothing was
    reported (session 24 newcomer lead, as `detente plot dyad`)."""
    page, _outside, errors = open_page(browser, gapped_server, 1280)
    page.goto(gapped_server + "/#dyad=KEN-TZA&unit=events")
    page.wait_for_selector("#pair-section:not([hidden]) #pair-chart svg[data-direction='KEN-TZA']")
    chart = "#pair-chart svg[data-direction='KEN-TZA']"
    assert page.locator(f"{chart} polyline.net").count() == 0  # two busy months, apart: no line joins them
    assert page.locator(f"{chart} circle.net").count() == 2
    titles = page.locator(f"{chart} g.month > title").all_text_contents()
    assert [t.endswith("no events") for t in titles] == [False, True, True, False], titles
    assert "no line through a month with none" in page.locator("#pair-legend").text_content()
    assert errors == []


def test_the_page_says_it_is_loading_until_its_view_is_drawn_so_an_element_shot_waits_for_the_rows(browser, server,
                                                                                                   tmp_path):
    """An element shot of the Events section taken as the page opened caught an empty table (the full-page shot,
    taken later, had the rows) and nothing said it was still loading (session 24 newcomer lead)."""
    still = browser.new_page(viewport={"width": 1280, "height": 900}, java_script_enabled=False)
    still.goto(server + "/")  # what is on screen before the first answer is drawn
    assert still.get_attribute("main", "aria-busy") == "true"
    assert still.locator("#events tbody").text_content().strip() == "Loading events…"
    still.close()
    page, _outside, errors = open_page(browser, server, 1280)
    page.wait_for_selector("main[aria-busy=false]", timeout=20000)
    assert page.locator("#events tbody tr[data-id]").count() == 7 and page.locator("#events tr.loading").count() == 0
    shot = page.locator("#events-section").screenshot(path=str(tmp_path / "events-1280.png"))
    height = page.locator("#events-section").bounding_box()["height"]
    assert int.from_bytes(shot[20:24], "big") >= height - 2 > 200  # the PNG is the whole section, rows and all
    assert errors == []
