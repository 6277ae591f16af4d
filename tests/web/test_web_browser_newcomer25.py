"""Newcomer review, session 25 (newcomer14), in headless Chromium: the sticky filter bar painted over sections in
element screenshots."""
from __future__ import annotations

import pytest

from tests.web.test_web_browser import CHROMIUM, browser, open_page, server  # noqa: F401 (fixtures)

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium on PATH: `apt-get install chromium` "
                                                         "(Debian; .ci/run does it) or set DETENTE_CHROMIUM")

_INTO_MIDDLE = """id => { const r = document.getElementById(id).getBoundingClientRect();
                          window.scrollBy(0, r.top + r.height / 2); }"""


def _overlap(a: dict, b: dict) -> bool:
    return a["x"] < b["x"] + b["width"] and b["x"] < a["x"] + a["width"] and \
        a["y"] < b["y"] + b["height"] and b["y"] < a["y"] + a["height"]


@pytest.mark.parametrize("width", [1024, 1280, 1600])
def test_the_sticky_filters_never_lie_over_a_section_scrolled_into(browser, server, width, tmp_path):  # noqa: F811
    """realnews at 1280 px: an element shot of the Incidents section, partly in view, had the filter bar over its
    heading, and one of the Stories list the bar across a story (Chromium paints a sticky element where it sits
    in the window, and a shot of a section already in view does not scroll). From 1280 px the filters are a
    sticky column beside the sections, below it a bar that scrolls away: wherever the page is scrolled, they
    cover none."""
    page, _outside, errors = open_page(browser, server, width)
    page.set_viewport_size({"width": width, "height": 400})  # short: every section is taller than the window
    page.wait_for_selector("main[aria-busy=false]", timeout=20000)
    for section in page.eval_on_selector_all("main > section:not([hidden])", "s => s.map(x => x.id)"):
        page.evaluate(_INTO_MIDDLE, section)
        bar, box = page.locator("#filters").bounding_box(), page.locator(f"#{section}").bounding_box()
        assert bar["y"] == 0 if width >= 1280 else bar["y"] < 0, (section, bar)  # sticky beside, or scrolled away
        assert not _overlap(bar, box), (section, bar, box)
        page.locator(f"#{section}").screenshot(path=str(tmp_path / f"{section}-{width}.png"))
    assert errors == []
