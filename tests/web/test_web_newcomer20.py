"""Session 20 newcomer pass: a story lists a page with no title by its opening words, not by its document id
(34 of the 56 realnews pages have no title). All sentences are our own (tests/web/web_corpus.py)."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from detente import store
from detente.records import StoryLink
from detente.web.app import create_app
from detente.web.queries import opening_words

from tests.web.test_web_browser import _serve, browser, pytestmark as browser_mark, shots  # noqa: F401
from tests.web.web_corpus import build_store, build_store_with_incidents

LEAD = "Ethiopia rejected a proposal from Somalia to reopen the port talks."


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("newcomer20") / "newcomer20.duckdb")
    coded = build_store(path)
    talks = coded["talks"].article.doc_id  # the corpus's page without a title
    store.write_stories(path, [StoryLink(talks, "s" + talks[1:])])
    return path


def test_opening_words_cut_at_a_word_and_marked():
    assert opening_words("  Short  lead\nline. ") == "Short lead line."
    long = "Arvonia and Keldor agreed on Monday to reopen the northern crossing, closed since the floods of last spring."
    cut = opening_words(long, width=40)
    assert cut == "Arvonia and Keldor agreed on Monday to…" and len(cut) <= 41


def test_a_story_names_a_page_without_a_title_by_its_opening_words(db):
    members = [m for s in TestClient(create_app(db)).get("/api/stories").json()["stories"] for m in s["members"]]
    untitled = [m for m in members if m["title"] is None]
    assert [m["lead"] for m in untitled] == [LEAD]
    assert all(m["lead"] is None for m in members if m["title"])  # a title is enough


@browser_mark
def test_the_page_lists_the_opening_words_not_the_document_id(browser, db, shots):  # noqa: F811
    for url in _serve(db):
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(url + "/")
        page.wait_for_selector("#stories li li")
        items = page.locator("#stories li li").all_text_contents()
        assert any(item.startswith(LEAD) for item in items), items
        page.screenshot(path=str(shots / "newcomer20-stories.png"), full_page=True)
        page.close()


@pytest.fixture(scope="module")
def incidents_db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("newcomer20i") / "incidents.duckdb")
    build_store_with_incidents(path)
    return path


@browser_mark
def test_on_a_phone_an_opened_incident_wraps_at_the_screen(browser, incidents_db, shots):  # noqa: F811
    """Its reports and the disagreement line wrap at the screen's width, not across the table's 620 px (at 390 px
    "the reports disagree: status: asserted (s1…" ran off the right edge)."""
    for url in _serve(incidents_db):
        page = browser.new_page(viewport={"width": 390, "height": 900})
        page.goto(url + "/")
        page.locator("#incidents tbody tr[data-incident]").first.click()
        page.wait_for_selector("#incidents tr.reports ol.reports li")
        rights = page.eval_on_selector_all("#incidents tr.reports > td > *", "ps => ps.map(p => p.getBoundingClientRect().right)")
        assert rights and max(rights) <= 390, rights
        page.screenshot(path=str(shots / "newcomer20-phone-incident.png"))
        page.close()
