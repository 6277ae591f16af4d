"""HTML pages through trafilatura, the visible-text fallback, and pages that resist parsing."""
from __future__ import annotations

import pytest

from clean_helpers import fixture_text, make_document, role_of
from detente.clean import clean_document, html
from detente.errors import InputRejected


@pytest.fixture(scope="module")
def article():
    return clean_document(make_document(fixture_text("article.html"), fmt="html", path="page.html"))


def test_metadata_title_date_outlet(article):
    assert article.title == "Envoys Agree Prisoner Exchange Framework"
    assert (article.published.value, article.published.source) == ("2020-11-18", "metadata")
    assert article.outlet == "The Northern Courier"


def test_roles_from_structure(article):
    assert role_of(article, "Envoys Agree Prisoner Exchange Framework") == "title"
    assert role_of(article, "Envoys from two rival governments agreed") == "body"
    assert role_of(article, "Neither government has commented") == "body"
    assert role_of(article, "About time the two sides talked") == "comment"
    assert role_of(article, "lakeview_reader on") == "comment"


def test_scripts_navigation_and_footer_are_gone(article):
    for junk in ("tracking", "color: black", "Sport", "All rights reserved"):
        assert junk not in article.text or role_of(article, junk) not in ("title", "body")


def test_document_outlet_and_date_win_over_the_page():
    doc = make_document(fixture_text("article.html"), fmt="html", outlet="Given Outlet", date="2020-11-17")
    article = clean_document(doc)
    assert article.outlet == "Given Outlet" and article.published.value == "2020-11-17"


def test_visible_text_fallback_when_trafilatura_finds_nothing(monkeypatch):
    monkeypatch.setattr(html, "_trafilatura_xml", lambda content, url=None: None)
    article = clean_document(make_document(fixture_text("article.html"), fmt="html"))
    assert "tracking" not in article.text and "color: black" not in article.text
    assert role_of(article, "Envoys from two rival governments agreed") == "body"
    assert role_of(article, "lakeview_reader on") == "comment"


def test_html_in_a_text_document_is_read_as_html():
    article = clean_document(make_document(fixture_text("article.html"), fmt="text"))
    assert "<p>" not in article.text and role_of(article, "Neither government has commented") == "body"


def test_deeply_nested_page_does_not_crash():
    para = ("<p>The two delegations agreed on Thursday to continue the border talks next month, "
            "a spokesman for the mediators said in a statement.</p>")
    page = "<html><body>" + "<div>" * 5000 + para * 3 + "</div>" * 5000 + "</body></html>"
    try:
        article = clean_document(make_document(page, fmt="html"))
    except InputRejected as exc:
        assert exc.reason in ("corrupt", "not_article")
    else:
        assert any(s.role == "body" for s in article.segments)


@pytest.mark.parametrize("page", ["<html><body><nav><a href='/'>Home</a></nav></body></html>",
                                  "<<<>>>\x00\x01", "<html><script>var x = 1;</script></html>"])
def test_pages_without_article_text_are_rejected(page):
    with pytest.raises(InputRejected) as caught:
        clean_document(make_document(page, fmt="html"))
    assert caught.value.reason in ("corrupt", "not_article")


def test_page_head_is_the_visible_text_above_the_articles_first_prose_paragraph():
    prose = ("The two foreign ministers met in the harbour town and agreed to reopen the ferry line that was "
             "closed two winters ago, their spokesmen told reporters after a meeting that ran well past midnight in the old customs house on the quay.")
    page = ("<html><body><div>Harbour Gazette archive</div><p class='note'>Printed on Thursday, 4 June 1987.</p>"
            f"<h1>Ferry line to reopen</h1><p>{prose}</p><p>Second paragraph of the story.</p></body></html>")
    head = html.page_head(page, f"Ferry line to reopen\n\n{prose}\n\nSecond paragraph of the story.")
    assert head == ("Harbour Gazette archive", "Printed on Thursday, 4 June 1987.", "Ferry line to reopen")
    assert html.page_head(page, "Ferry line to reopen") == ()  # no prose paragraph to find


def test_page_margins_are_the_visible_text_above_the_first_and_below_the_last_prose_paragraph():
    first = ("The two foreign ministers met in the harbour town and agreed to reopen the ferry line, their "
             "spokesmen told reporters after a meeting that ran past midnight.")
    last = ("The first boat is due to sail at the start of the summer season, the port's director said, once the "
            "quay has been repaired.")
    page = (f"<html><body><div>Harbour Gazette archive</div><h1>Ferry line to reopen</h1><p>{first}</p>"
            f"<p>{last}</p><div>This article first appeared in print on 4 June 1987.</div><div>Contact us</div>"
            "</body></html>")
    head, tail = html.page_margins(page, f"Ferry line to reopen\n\n{first}\n\n{last}")
    assert head == ("Harbour Gazette archive", "Ferry line to reopen")
    assert tail == ("This article first appeared in print on 4 June 1987.", "Contact us")


SHORT_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ruritania ratifies river pact with Freedonia</title>
<meta property="article:published_time" content="2026-11-19T12:00:00+00:00"></head><body><header><nav><ul>
<li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav></header><main><article>
<h1>Ruritania ratifies river pact with Freedonia</h1><p class="byline">By Ilse Marten, Strelsau</p>
<p>STRELSAU, Nov 19 — Ruritania's parliament ratified the Ister River Agreement with Freedonia on Wednesday.</p>
<p>Freedonia's parliament is expected to ratify the agreement next month.</p>
</article><aside><h3>Related stories</h3><ul><li><a href="/a1">Sylvania and Borduria sign fisheries pact</a></li>
</ul></aside></main></body></html>"""


def test_a_short_article_flattened_by_the_extractor_keeps_its_paragraphs():
    # session 18 newcomer: trafilatura gave this two-paragraph page as one <p>, headline, byline and dateline run
    # into the first sentence ("… with Freedonia By Ilse Marten, Strelsau STRELSAU, Nov 19 — Ruritania's …")
    article = clean_document(make_document(SHORT_PAGE, fmt="html", path="short.html"))
    paragraphs = article.text.split("\n\n")
    assert role_of(article, "Ruritania ratifies river pact") == "title"
    assert "STRELSAU, Nov 19 — Ruritania's parliament ratified the Ister River Agreement with Freedonia on " \
           "Wednesday." in paragraphs
    assert "Strelsau STRELSAU" not in article.text and "Freedonia By" not in article.text
    assert role_of(article, "Freedonia's parliament is expected") == "body"


def test_a_one_paragraph_article_is_left_as_the_extractor_gave_it():
    units = html.read_html(SHORT_PAGE.replace("</p>\n<p>", " ").replace('<p class="byline">By Ilse Marten, '
                                                                        'Strelsau</p>', "")).units
    assert [u.hint for u in units][0] == "title" and len(units) <= 2
