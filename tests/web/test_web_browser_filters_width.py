"""Newcomer review, session 33, in headless Chromium: from 1280 px the filters are a column of their own, and its
labels (the longest, "Min. conf.", beside a 136 px control) came out 4 px wider than the column, so a horizontal
scrollbar sat under the filters on every wide window. Each label now fits its column, its control giving way."""
from __future__ import annotations

import pytest

from tests.web.test_web_browser import CHROMIUM, browser, open_page, server  # noqa: F401 (fixtures)

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium on PATH: `apt-get install chromium` "
                                                         "(Debian; .ci/run does it) or set DETENTE_CHROMIUM")


@pytest.mark.parametrize("width", [1280, 1920])
def test_the_filter_column_has_no_horizontal_scrollbar(browser, server, width, tmp_path):  # noqa: F811
    page, _outside, errors = open_page(browser, server, width)
    page.wait_for_selector("main[aria-busy=false]", timeout=20000)
    inner, needed, overflow = page.evaluate(
        "() => { const f = document.querySelector('form#filters'); "
        "return [f.clientWidth, f.scrollWidth, getComputedStyle(f).overflowX]; }")
    page.locator("form#filters").screenshot(path=str(tmp_path / f"filters-{width}.png"))
    assert overflow != "visible" and needed <= inner, (needed, inner)  # a scrolling column, all of it in view
    widths = page.evaluate("() => [...document.querySelectorAll('form#filters label input:not([type=checkbox]), "
                           "form#filters label select')].map(e => e.getBoundingClientRect().width)")
    assert min(widths) >= 120, widths  # the controls still hold "YYYY-MM" and "incidents if any"
    assert errors == []
