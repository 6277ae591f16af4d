"""The page's "disputed only" filter of the incidents card (session 19 newcomer: the page marked the incidents whose
sources disagree row by row, but could not list only those, as `detente incidents --disputed` does). The API part
runs with FastAPI's test client, the page part in headless Chromium; all data is the hand-written store of
web_corpus (an asserted/pending trade pact of two outlets, disputed, and a shelling told once)."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from detente.web.app import create_app

from tests.web.web_corpus import build_store_with_incidents


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("disputed") / "disputed.duckdb")
    build_store_with_incidents(path)
    return path


def _ids(client, **params) -> tuple[int, list[str]]:
    body = client.get("/api/incidents", params=params).json()
    return body["total"], [i["incident_id"] for i in body["incidents"]]


def test_the_api_lists_only_disputed_incidents_when_asked(db):
    client = TestClient(create_app(db))
    assert _ids(client) == (2, ["i-shelling", "i-pact"])
    assert _ids(client, disputed="true") == (1, ["i-pact"])  # the total too: "show more" pages the filtered list
    assert _ids(client, disputed="false") == (2, ["i-shelling", "i-pact"])
    assert _ids(client, disputed="true", limit=1) == (1, ["i-pact"])  # filtered before the limit
    assert _ids(client, disputed="true", type="ASSAULT") == (0, [])  # with the other filters


def test_a_malformed_disputed_value_is_refused_by_name(db):
    response = TestClient(create_app(db)).get("/api/incidents", params={"disputed": "maybe"})
    assert response.status_code == 400 and "disputed 'maybe': use true or false" in response.json()["error"]


def test_the_page_s_disputed_only_box_narrows_the_incidents_card(db, tmp_path_factory):
    from tests.web.test_web_browser import CHROMIUM, FLAGS, _serve

    if CHROMIUM is None:
        pytest.skip("no chromium on PATH: `apt-get install chromium` (Debian; .ci/run does it) or set DETENTE_CHROMIUM")
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed")
    shots = tmp_path_factory.mktemp("shots")
    served = _serve(db)
    server = next(served)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(server + "/")
        page.wait_for_selector("#incidents-section:not([hidden]) tr[data-incident='i-shelling']")
        assert page.locator("#incidents-count").text_content() == "2 incidents"
        page.check("#incidents-disputed")
        page.wait_for_function("document.getElementById('incidents-count').textContent === '1 disputed incident'")
        assert page.locator("#incidents tbody tr[data-incident]").evaluate_all(
            "rows => rows.map(r => r.dataset.incident)") == ["i-pact"]
        assert "status disputed" in page.locator("#incidents tr[data-incident='i-pact'] td.contradicted").text_content()
        assert page.locator("#events tbody tr[data-id]").count() > 0  # the events table is not narrowed
        page.screenshot(path=str(shots / "disputed-only.png"), full_page=True)
        page.goto(server + "/#type=ASSAULT")  # a filter with no disputed incident: said in words
        page.wait_for_selector("#incidents tbody tr.empty")
        assert page.locator("#incidents tbody tr.empty td").text_content() == "No disputed incidents match."
        page.uncheck("#incidents-disputed")
        page.wait_for_selector("#incidents tbody tr[data-incident='i-shelling']")
        assert errors == []
        browser.close()
    next(served, None)  # stops the server
    print(f"screenshot: {shots / 'disputed-only.png'}")
