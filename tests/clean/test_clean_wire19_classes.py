"""Publication dates of the archive pages the blind development set of session 19 (eval/wire19) showed, told
with small pages of our own: a head field older than 1995 (which the HTML extractor cannot read) dates the
page, not the year of its digitisation note; a Greek date line is read; "2000 gmt" in a monitoring digest is a
clock time, not a year."""
from __future__ import annotations

import pytest

from clean_helpers import published
from detente.clean import dates
from detente.clean.html import published_field
from detente.clean.pubdate import field_before_floor

LEAD = ("The two governments agreed to reopen the mountain road closed since the spring, their interior ministers "
        "told reporters after a short meeting at the customs house on the border.")
MORE = ("<p>The road carries timber, tobacco and passengers, a customs officer said, and the first lorries will "
        "cross as soon as the snow is cleared.</p><p>Tolls will stay at last year's level.</p>")


def _page(head: str = "", top: str = "", foot: str = "Archive edition 2024") -> str:
    return (f"<!doctype html><html><head><title>Mountain road reopens</title>{head}</head><body>"
            f"<nav><a href='/'>Home</a> <a href='/archive'>Archive 1925-1999</a></nav><article>"
            f"<h1>Mountain road reopens</h1>{top}<p>{LEAD}</p>{MORE}</article><footer>(c) The Valley Herald. "
            f"{foot}</footer></body></html>")


@pytest.mark.parametrize("head", [
    '<meta property="article:published_time" content="1961-04-10T08:00:00-05:00">',
    '<meta name="date" content="1961-04-10">',
    '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"1961-04-10"}</script>',
])
def test_a_head_field_before_1995_dates_an_archive_page(head):
    assert published(_page(head), "html") == ("1961-04-10", "day", "metadata")


def test_a_later_head_field_is_left_to_the_extractor_as_before():
    assert field_before_floor("2011-05-12T10:00:00Z") is None
    assert field_before_floor("1961-04-10") == "1961-04-10"
    assert field_before_floor("not a date") is None


def test_the_published_field_is_read_and_an_update_field_is_not():
    assert published_field('<head><meta property="article:modified_time" content="1961-04-12"></head>') is None
    assert published_field('<head><meta itemprop="datePublished" content="1966-09-16"></head>') == "1966-09-16"


def test_a_greek_date_line_dates_the_page():
    page = _page(top='<p class="dateline">ΑΘΗΝΑ, Τετάρτη 7 Σεπτεμβρίου 1966</p>')
    assert published(page, "html") == ("1966-09-07", "day", "dateline")


def test_a_broadcast_time_in_gmt_is_no_year():
    assert dates.find_dates("Home Service, 13 Nov, 2000 gmt (excerpts):") == []
    assert dates.find_dates("Home Service, 13 Nov, 1815 GMT") == []
    assert [f.value.isoformat() for f in dates.find_dates("Updated 5 August 2023 14:02 GMT")] == ["2023-08-05"]
