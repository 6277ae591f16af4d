"""Newcomer review, session 22, in headless Chromium: an opened incident's report list."""
from __future__ import annotations

import pytest

from tests.web.test_web_browser import CHROMIUM, browser, incident_server, open_page  # noqa: F401 (fixtures)

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium on PATH: `apt-get install chromium` "
                                                         "(Debian; .ci/run does it) or set DETENTE_CHROMIUM")


def test_a_wrapped_report_sentence_starts_beside_its_list_number(browser, incident_server):
    # a button is an inline block whose baseline is its last line: the number sat below a wrapped sentence
    page, _outside, errors = open_page(browser, incident_server, 390)
    page.wait_for_selector("#incidents-section:not([hidden]) tr[data-incident]")
    page.click("#incidents tr[data-incident='i-pact']")
    page.wait_for_selector("#incidents tr.reports li button.link")
    sizes = page.eval_on_selector_all(
        "#incidents tr.reports li button.link",
        "bs => bs.map(b => [b.getBoundingClientRect().height, parseFloat(getComputedStyle(b).lineHeight) || 20,"
        " getComputedStyle(b).verticalAlign])")
    assert any(height > 1.5 * line for height, line, _align in sizes), sizes  # at phone width a sentence wraps
    assert {align for _h, _l, align in sizes} == {"top"}
    assert errors == []
