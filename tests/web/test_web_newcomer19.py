"""Session 19 newcomer pass, in headless Chromium: a filter nothing matches leaves no bare table header, and a
chart wider than a phone opens on its newest months (all data is the hand-written store of web_corpus)."""
from __future__ import annotations

import pytest

from tests.web.test_web_browser import _serve, browser, pytestmark, shots  # noqa: F401
from tests.web.web_corpus import build_store_with_incidents


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("newcomer19") / "newcomer19.duckdb")
    build_store_with_incidents(db)
    yield from _serve(db)


def _empty_text(page, table: str) -> str:
    return page.locator(f"#{table} tbody tr.empty td").text_content()


def test_a_filter_nothing_matches_says_so_in_every_table(browser, server, shots):  # noqa: F811
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(server + "/#dyad=PAK-USA")
    page.wait_for_function("document.getElementById('events-count').textContent === 'none match'")
    page.wait_for_selector("#incidents tbody tr.empty")
    assert _empty_text(page, "incidents") == "No incidents match."
    assert _empty_text(page, "events") == "No events match."
    assert page.locator("#timeline p").text_content() == "No dated incidents match."  # the unit the chart counts
    page.screenshot(path=str(shots / "newcomer19-empty.png"), full_page=True)
    page.goto(server + "/#dyad=KEN-TZA")  # rows again: the empty rows are gone
    page.wait_for_selector("#events tbody tr[data-id]")
    page.wait_for_selector("#incidents tbody tr[data-incident]")
    assert page.locator("#events tbody tr.empty, #incidents tbody tr.empty").count() == 0
    assert errors == []
    page.close()


def test_on_a_phone_the_charts_open_on_their_newest_months(browser, server, shots):  # noqa: F811
    """Each chart scrolls in a box of its own, opened with its newest bar in view; the card itself does not
    scroll, so its heading stays on screen (session 20: the card was scrolled and the heading was off the left)."""
    page = browser.new_page(viewport={"width": 390, "height": 900})
    page.goto(server + "/#dyad=KEN-TZA")
    page.wait_for_selector("#timeline svg")
    page.wait_for_selector("#pair-chart svg")
    for card in ("timeline-section", "pair-section"):
        assert page.evaluate(f"document.getElementById('{card}').scrollLeft") == 0, card
        assert page.locator(f"#{card} h2").bounding_box()["x"] >= 0, card  # the heading is on screen
        boxes = page.evaluate(f"""[...document.querySelectorAll('#{card} .chart-scroll')].map(b => {{
            const bars = [...b.querySelectorAll("g.month rect:not([fill='transparent'])")];
            const right = Math.max(...bars.map(r => r.getBoundingClientRect().right));
            const edge = b.getBoundingClientRect();
            return [b.scrollWidth > b.clientWidth, b.scrollLeft, bars.length ? right <= edge.right && right >= edge.left : null];
        }})""")
        assert boxes and all(wide and seen is not False for wide, _, seen in boxes), (card, boxes)  # newest bar seen
        assert any(seen for _, _, seen in boxes) and len({left for _, left, _ in boxes}) == 1, (card, boxes)  # aligned
    page.screenshot(path=str(shots / "newcomer19-phone.png"))
    page.close()
