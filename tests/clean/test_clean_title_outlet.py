"""The outlet's name read from the end of a page's <title> when its head names no site (clean/title_outlet.py).
Session 25 (w31_01): a national paper's page named itself only there, so the page had no outlet and its own
unnamed army chief was coded as the other state's. Our own pages."""
from __future__ import annotations

from clean_helpers import make_document
from detente.clean import clean_document
from detente.clean.title_outlet import title_outlet

BODY = ("<p>The Ministry of Foreign Affairs on Monday called in the ambassador of Freedonia and handed him a note "
        "over the fishing boats held near the river mouth since Friday.</p><p>The note demands the release of the "
        "eleven fishermen and the return of their three boats within a week, the ministry said in a statement.</p>"
        "<p>Freedonia's embassy did not answer questions about the boats on Monday evening.</p>")


def _page(title: str, head: str = "") -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>{head}</head><body>"
            f"<article><h1>Ministry calls in Freedonian envoy over held fishing boats</h1>{BODY}</article>"
            "</body></html>")


def test_the_last_part_of_the_title_is_the_outlet():
    assert title_outlet(_page("Ministry calls in Freedonian envoy | The Belize Reporter-Ledger")) \
        == "The Belize Reporter-Ledger"
    assert title_outlet(_page("Opinion | Why the envoy was called in | Harbour &amp; Coast Review")) \
        == "Harbour & Coast Review"


def test_a_title_with_no_bar_a_long_last_part_or_a_section_label_names_no_outlet():
    assert title_outlet(_page("Ministry calls in Freedonian envoy over held fishing boats")) is None
    assert title_outlet(_page("Analysis | After the boats were held, a border nobody drew")) is None
    assert title_outlet(_page("World | Ministry calls in envoy")) is None  # "World": a label, not a headline
    assert title_outlet(_page("Ministry calls in Freedonian envoy |")) is None


def test_a_cleaned_page_takes_the_outlet_from_its_title_when_its_head_names_no_site():
    page = _page("Ministry calls in Freedonian envoy over held fishing boats | The Belize Reporter-Ledger")
    assert clean_document(make_document(page, fmt="html", path="p.html")).outlet == "The Belize Reporter-Ledger"


def test_the_site_name_of_the_head_wins_over_the_title():
    page = _page("Ministry calls in Freedonian envoy over held fishing boats | Reporter",
                 "<meta property='og:site_name' content='The Belize Reporter-Ledger'>")
    assert clean_document(make_document(page, fmt="html", path="p.html")).outlet == "The Belize Reporter-Ledger"
