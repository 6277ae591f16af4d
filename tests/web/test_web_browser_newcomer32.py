"""Newcomer review, session 32 (newcomer20), in headless Chromium: the charts stack a denied or only pending act as
conflict or cooperation like one that happened (a pair's only "material conflict" from one side was two denials
of shelling), and the page said nothing of it; the note under the timeline now says how many, and the way out."""
from __future__ import annotations

import json
import urllib.request

import pytest

from tests.web.test_web_browser import CHROMIUM, browser, open_page, server  # noqa: F401 (fixtures)

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium on PATH: `apt-get install chromium` "
                                                         "(Debian; .ci/run does it) or set DETENTE_CHROMIUM")


def _note(page) -> str:
    page.wait_for_selector("main[aria-busy=false]", timeout=20000)
    return page.locator("#timeline-note").inner_text()


@pytest.mark.parametrize("width", [390, 1280])
def test_the_timeline_note_counts_the_denied_and_pending_rows_it_draws(browser, server, width, tmp_path):  # noqa: F811
    with urllib.request.urlopen(server + "/api/timeline") as answer:
        unsure = json.load(answer)["not_asserted"]
    assert set(unsure) == {"negated", "pending"}, unsure  # the corpus has both
    page, _outside, errors = open_page(browser, server, width)
    note = _note(page)
    said = f"{unsure['negated']} negated and {unsure['pending']} pending"
    assert said in note and "as if they happened" in note and "Status: asserted" in note, note
    page.locator("#timeline-section").screenshot(path=str(tmp_path / f"timeline-{width}.png"))
    page.goto(server + "/?status=asserted")
    assert "as if" not in _note(page)
    assert errors == []
