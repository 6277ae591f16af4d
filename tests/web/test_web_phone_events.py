"""On a phone each event is a card with every field in view: as a 700 px table scrolling inside its card, a
390 px screen showed date, type, status and source, and left the target and the evidence a swipe away, with
mode and outlet hidden (newcomer16, session 27, realnews). The incidents likewise: a 620 px table under a sticky
"sources agree?" column showed "IND → C" and left status, counts and confidence behind a swipe."""
from __future__ import annotations

from tests.web.test_web_browser import (browser, incident_server, open_page, pytestmark, server,  # noqa: F401
                                        shots)

PHONE = 390
FIELDS = "td.actor, td.num, td.outlet, td.snippet, td:first-child, td:nth-child(2), td:nth-child(3)"


def _outside_card(page) -> list:
    """Every non-empty cell of every event row whose box is not wholly inside the events card."""
    return page.evaluate("""sel => {
        const card = document.getElementById('events-section').getBoundingClientRect();
        const bad = [];
        for (const td of document.querySelectorAll('#events tbody tr[data-id] ' + sel.split(', ').join(', #events tbody tr[data-id] '))) {
            if (!td.textContent.trim()) continue;
            const b = td.getBoundingClientRect();
            if (b.width < 1 || b.left < card.left || b.right > card.right + 1) bad.push([td.className, td.textContent, b.left, b.right]);
        }
        return bad;
    }""", FIELDS)


def test_on_a_phone_every_event_shows_target_evidence_and_outlet_without_a_swipe(browser, server, shots):  # noqa: F811
    page, outside, errors = open_page(browser, server, PHONE)
    page.wait_for_selector("#events tbody tr[data-id]")
    section = page.locator("#events-section")
    section.scroll_into_view_if_needed()
    assert section.evaluate("s => s.scrollWidth <= s.clientWidth"), "the events card scrolls sideways"
    assert _outside_card(page) == []
    first = page.locator("#events tbody tr[data-id]").first
    assert first.locator("td.outlet").is_visible() and first.locator("td.snippet").is_visible()
    clipped = page.eval_on_selector_all("#events tbody td.snippet", "tds => tds.filter(td => td.scrollHeight > td.clientHeight + 1).length")
    assert clipped == 0  # the whole sentence, not two lines and "…"
    # who did it to whom reads as one line, the target after its arrow
    src, tgt = first.locator("td.actor").nth(0).bounding_box(), first.locator("td.actor").nth(1).bounding_box()
    assert abs(src["y"] - tgt["y"]) < 2 and tgt["x"] > src["x"], (src, tgt)
    assert page.evaluate("getComputedStyle(document.querySelectorAll('#events tbody td.actor')[1], '::before').content") == '"→ "'
    # the column heads remain, as a row of sort links
    page.locator("#events thead th[data-sort=target]").click()
    page.wait_for_selector("#events thead th.sorted[data-sort=target]")
    section.screenshot(path=str(shots / "phone-events.png"))
    assert outside == [] and errors == []


def test_at_1280_the_events_stay_a_table(browser, server):  # noqa: F811
    page, _outside, errors = open_page(browser, server, 1280)
    page.wait_for_selector("#events tbody tr[data-id]")
    assert page.evaluate("getComputedStyle(document.querySelector('#events tbody tr[data-id]')).display") == "table-row"
    assert errors == []


def test_on_a_phone_every_incident_shows_its_pair_status_counts_and_agreement(browser, incident_server, shots):  # noqa: F811
    page, _outside, errors = open_page(browser, incident_server, PHONE)
    page.wait_for_selector("#incidents-section:not([hidden]) tr[data-incident]")
    section = page.locator("#incidents-section")
    section.scroll_into_view_if_needed()
    assert section.evaluate("s => s.scrollWidth <= s.clientWidth"), "the incidents card scrolls sideways"
    card = section.bounding_box()
    for cell in page.locator("#incidents tr[data-incident] > td").all():
        box = cell.bounding_box()
        if cell.text_content().strip():
            assert box and box["width"] >= 1 and card["x"] <= box["x"] and box["x"] + box["width"] <= card["x"] + card["width"] + 1
    # with no column head, each count says what it counts, in the singular for one
    units = page.eval_on_selector_all("#incidents tr[data-incident] > td.num[data-unit]",
                                      "tds => tds.map(td => [td.textContent, getComputedStyle(td, '::after').content])")
    assert len(units) == 2 * page.locator("#incidents tr[data-incident]").count(), units
    for number, unit in units:
        assert unit in (('" report"', '" outlet"') if number == "1" else ('" reports"', '" outlets"')), (number, unit)
    page.click("#incidents tr[data-incident='i-pact']")  # its reports open under it, within the card
    page.wait_for_selector("#incidents tr.reports ol.reports li")
    box = page.locator("#incidents tr.reports").bounding_box()
    assert box["x"] + box["width"] <= card["x"] + card["width"] + 1
    section.screenshot(path=str(shots / "phone-incidents-cards.png"))
    assert errors == []


def test_on_a_phone_every_dated_step_of_an_agreement_is_in_the_card(browser, incident_server, shots):  # noqa: F811
    page, _outside, errors = open_page(browser, incident_server, PHONE)
    page.wait_for_selector("#agreements-section:not([hidden]) tr[data-agreement] .strip .step.done")
    section = page.locator("#agreements-section")
    section.scroll_into_view_if_needed()
    assert section.evaluate("s => s.scrollWidth <= s.clientWidth"), "the agreements card scrolls sideways"
    card = section.bounding_box()
    steps = page.locator("#agreements .strip .step").all()
    assert steps
    for step in steps:  # every stage, dated or not: the strip wraps instead of running past the edge
        box = step.bounding_box()
        assert card["x"] <= box["x"] and box["x"] + box["width"] <= card["x"] + card["width"] + 1, (step.text_content(), box)
    section.screenshot(path=str(shots / "phone-agreements-cards.png"))
    assert errors == []
