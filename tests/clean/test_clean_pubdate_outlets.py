"""Publication dates as many outlets print them: stamps with ordinals, bars and time zones, dotted figures,
"Posted on … at …", bylines with the date, ISO stamps, wire datelines with the agency in brackets or between
slashes, a date line under the first paragraph, month names of other languages, and HTML pages whose
<time>, meta or JSON-LD field holds the date. Small pages written for these tests (issue #11)."""
from __future__ import annotations

import pytest

from clean_helpers import make_document, published
from detente.clean import clean_document

HEADLINE = "Ferry Link Between the Two Islands Resumes\n\n"
LEAD = ("The two governments agreed to restart the ferry link suspended since the storm season, their transport "
        "ministers told reporters after a short meeting at the harbour.")
REST = ("\n\nThe crossing takes four hours and carries mail, fuel and passengers, a port official said.\n\n"
        "Fares will stay at last year's level until the end of the season.\n")


@pytest.mark.parametrize("line, value", [
    ("Published: 3rd March 2017", "2017-03-03"),
    ("March 3, 2017 | 14:05 IST", "2017-03-03"),
    ("03.03.2017", "2017-03-03"),
    ("Posted on Friday, March 3rd, 2017 at 2:05 pm", "2017-03-03"),
    ("Last Modified: March 5, 2017\nPublished: March 3, 2017", "2017-03-03"),
    ("By Jane Roe | Mar 3 2017", "2017-03-03"),
    ("2017-03-03T14:05:00+05:30", "2017-03-03"),
    ("Friday 3 March 2017 16.05 GMT", "2017-03-03"),
    ("Written by Jane Roe on 3rd of March 2017", "2017-03-03"),
    ("14:05, 3 March 2017", "2017-03-03"),
    ("Posted: 14/3/17 09:10", "2017-03-14"),  # a labelled stamp with a two-digit year, in figures
])
def test_a_stamp_under_the_headline_dates_the_page(line, value):
    assert published(HEADLINE + line + "\n\n" + LEAD + REST) == (value, "day", "dateline")


@pytest.mark.parametrize("line, value", [
    ("3 Mär 2017", "2017-03-03"),  # German abbreviation
    ("Veröffentlicht am 3 März 2017, 14:05", "2017-03-03"),
    ("3 mrt 2017", "2017-03-03"),  # Dutch abbreviation
    ("03 Mart 2017 Cuma", "2017-03-03"),  # Turkish
    ("Kamis, 2 Maret 2017", "2017-03-02"),  # Indonesian
    ("fredag 3 maj 2017", "2017-05-03"),  # Danish and Swedish
])
def test_a_date_line_in_the_sites_own_language_dates_the_page(line, value):
    assert published(HEADLINE + line + "\n\n" + LEAD + REST) == (value, "day", "dateline")


@pytest.mark.parametrize("opening, value", [
    ("VALLETTA, 2 October 2017 /Agency/ -- ", "2017-10-02"),
    ("VALLETTA, Oct. 2, 2017 (Agency) \u2014 ", "2017-10-02"),
])
def test_a_wire_dateline_with_the_agency_between_slashes_or_brackets_dates_the_page(opening, value):
    article = clean_document(make_document(HEADLINE + opening + LEAD + REST))
    assert (article.published.value, article.published.source) == (value, "dateline")


def test_a_yearless_wire_dateline_takes_the_year_of_a_day_the_story_names():
    lead = LEAD.replace("the storm season", "the storm of September 14, 2017")
    page = HEADLINE + "VALLETTA (Agency) \u2014 Oct. 2 \u2014 " + lead + REST
    assert published(page) == ("2017-10-02", "day", "dateline")


def test_a_date_line_after_the_first_paragraph_dates_the_page():
    page = HEADLINE + LEAD + "\n\nBy Jane Roe | Published 3 March 2017" + REST
    assert published(page) == ("2017-03-03", "day", "dateline")


def _html(head: str = "", top: str = "") -> str:
    paragraphs = "".join(f"<p>{p.strip()}</p>" for p in (LEAD + REST).split("\n\n") if p.strip())
    return (f"<!doctype html><html><head><title>Ferry Link Between the Two Islands Resumes</title>{head}</head>"
            f"<body><nav><a href='/'>Home</a> <a href='/islands'>Islands</a></nav><article>"
            f"<h1>Ferry Link Between the Two Islands Resumes</h1>{top}<p>{LEAD} The minister said the first "
            f"boat would leave within the week, weather allowing.</p>{paragraphs}</article></body></html>")


@pytest.mark.parametrize("head, top", [
    ('<meta property="article:published_time" content="2017-03-03T14:05:00+05:30">', ""),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2017-03-03T08:35:00Z", '
     '"dateModified": "2017-03-06T10:00:00Z"}</script>', ""),
    ("", '<p class="byline">By Jane Roe <time datetime="2017-03-03T14:05:00+05:30">3 March</time></p>'),
    ("", '<div class="meta"><span>By Jane Roe</span> | <span class="date">Mar 3 2017</span></div>'),
])
def test_an_html_page_is_dated_by_its_field_or_its_time_element(head, top):
    assert published(_html(head, top), "html")[:2] == ("2017-03-03", "day")


def test_an_html_page_is_dated_by_its_address_when_nothing_else_dates_it():
    page = _html()
    assert published(page, "html", url="https://islands.example/news/2017/03/03/ferry-link-resumes")[:2] \
        == ("2017-03-03", "day")


def test_a_text_page_is_dated_by_its_address_when_it_prints_no_date():
    page = HEADLINE + LEAD + REST
    assert published(page) == (None, "none", "none")
    assert published(page, url="https://islands.example/2017/03/03/ferry") == ("2017-03-03", "day", "metadata")
    # an address with a year and month only gives the month (a blog platform's /year/month/title path);
    # one with an impossible day dates nothing
    assert published(page, url="https://islands.example/2017/03/ferry") == ("2017-03", "month", "metadata")
    assert published(page, url="https://islands.example/2017/02/30/ferry")[0] is None


def test_the_page_s_own_date_line_beats_its_address():
    page = HEADLINE + "Published: 4 March 2017\n\n" + LEAD + REST
    assert published(page, url="https://islands.example/2017/03/03/ferry") == ("2017-03-04", "day", "dateline")


@pytest.mark.parametrize("field", [
    '<meta property="article:modified_time" content="2017-03-09T10:00:00Z">',
    '<meta property="og:updated_time" content="2017-03-09T10:00:00Z">',
    '<meta name="last-modified" content="2017-03-09">',
])
def test_the_printed_date_line_beats_an_update_field_the_extractor_took(field):
    assert published(_html(field, "<p>By Jane Roe | 3 March 2017</p>"), "html") == ("2017-03-03", "day", "dateline")


def test_a_printed_update_stamp_does_not_beat_the_extractors_published_date():
    field = '<meta property="article:published_time" content="2017-03-03T08:00:00Z">'
    assert published(_html(field, "<p>Updated 9 March 2017</p>"), "html") == ("2017-03-03", "day", "metadata")


@pytest.mark.parametrize("opening", ["VALLETTA, 3. März 2017 (Agency) - ", "Valletta, 3. March 2017 - "])
def test_a_dateline_with_the_days_full_stop_dates_the_page(opening):
    assert published(HEADLINE + opening + LEAD + REST) == ("2017-03-03", "day", "dateline")


def test_the_days_full_stop_is_not_read_for_a_lines_role():
    from detente.clean.dates import find_dates

    assert [f.text for f in find_dates("Freitag, 3. März 2017")] == ["3. März 2017"]
    assert find_dates("Freitag, 3. März 2017", strict=True) == []
