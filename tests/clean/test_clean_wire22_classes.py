"""Classes the blind development pages of session 20 (eval/wire22) showed in the clean stage, with our own pages:
a publication stamp on a line above the article that the HTML extractor misreads ("Regional Editor · Published:
28/06/2021" dated 2020-06-28) dates the page by what it prints."""
from __future__ import annotations

from clean_helpers import published
from detente.clean.html import read_html
from detente.clean.pubdate import labelled_stamp_above

BODY = " ".join(["The two ministers met at the lake port and agreed to reopen the ferry line within a month."] * 6)


def _page(stamp: str) -> str:
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Ferry line to reopen | Lake Ledger</title>"
            "<link rel='canonical' href='https://lakeledger.example/analysis/ferry-line'></head><body>"
            "<header><div class='brand'>LAKE LEDGER</div><ul class='menu'><li>News</li><li>Analysis</li></ul></header>"
            "<main><p class='kicker'>ANALYSIS</p><h1>Ferry line to reopen after a month of talks</h1>"
            "<p class='dek'>The crossing stays shut until the boats are inspected.</p>"
            f"<p class='meta'>{stamp}</p><p>{BODY}</p><p>{BODY}</p></main>"
            "<footer>&copy; Lake Ledger 2021 &middot; Kisumu</footer></body></html>")


def test_a_labelled_stamp_above_the_article_dates_the_page():
    # the HTML extractor reads this stamp as 2020-06-28 (its two-digit year, at this length of line)
    page = _page("Akosua Mensah, Regional Editor &middot; Published: 28/06/2021")
    assert read_html(page).date != "2021-06-28"  # if the extractor is fixed, this test no longer tests the rule
    assert published(page, "html")[:2] == ("2021-06-28", "day")


def test_the_stamp_above_must_be_labelled_as_the_publication():
    assert labelled_stamp_above(["Ama Owusu · Published: 28/06/2021"]).value.isoformat() == "2021-06-28"
    assert labelled_stamp_above(["Posted 14 March 2019, 6:40 pm"]).value.isoformat() == "2019-03-14"
    assert labelled_stamp_above(["Updated: 28/06/2021"]) is None  # an update is not the publication
    assert labelled_stamp_above(["Friday, 5 December 2026"]) is None  # a header's day with no label
    assert labelled_stamp_above(["Published: 03/04/2021"]) is None  # day and month order unknown
    assert labelled_stamp_above(["Published in print on the first page, 28 June 2021"]) is None  # not a stamp
