"""A saved HTML page's own address (<link rel=canonical>, og:url) becomes the article's URL (newcomer7)."""
from __future__ import annotations

from clean_helpers import make_document
from detente.clean import clean_document
from detente.clean.html import page_url

_BODY = ("<body><article><h1>Harbour pilots resume work at Velmora port</h1>"
         "<p>Harbour pilots at the port of Velmora returned to work on Monday after a two-day stoppage over pay, "
         "the port authority said in a statement.</p>"
         "<p>Ships that had waited at anchor began to enter the harbour in the afternoon, officials added.</p>"
         "</article></body></html>")


def _page(head: str) -> str:
    return f"<!DOCTYPE html><html><head><title>Pilots resume work</title>{head}</head>{_BODY}"


def test_canonical_link_is_the_article_url():
    head = '<link href="https://ex.example/port/pilots" rel="canonical">'
    article = clean_document(make_document(_page(head), fmt="html", path="pilots.html"))
    assert article.url == "https://ex.example/port/pilots"


def test_og_url_when_no_canonical_link_and_canonical_first_when_both():
    og = "<meta property='og:url' content='https://ex.example/og/pilots?a=1&amp;b=2'>"
    assert page_url(_page(og)) == "https://ex.example/og/pilots?a=1&b=2"
    both = og + '<link rel="canonical" href="https://ex.example/canon">'
    assert page_url(_page(both)) == "https://ex.example/canon"


def test_relative_or_missing_address_gives_none():
    assert page_url(_page('<link rel="canonical" href="/port/pilots">')) is None
    assert page_url(_page("")) is None


def test_a_link_in_the_body_is_not_read():
    assert page_url(_page("").replace("<article>", '<article><link rel="canonical" href="https://other.example/x">')) is None


def test_input_url_wins_over_the_page():
    head = '<link rel="canonical" href="https://ex.example/port/pilots">'
    doc = make_document(_page(head), fmt="html", path="pilots.html", url="https://given.example/a")
    assert clean_document(doc).url == "https://given.example/a"
