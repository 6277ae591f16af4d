"""Archive pages of stories older than 1995: the HTML extractor finds no date before 1995, so the date it
returns on such a page is another one (a digitisation note, an update field, a related link's day); the page's
own date line wins. Small pages written for these tests."""
from __future__ import annotations

import pytest

from clean_helpers import make_document, published
from detente.clean import clean_document
from detente.clean.pubdate import publication_date

LEAD = ("The two governments agreed to restart the ferry link suspended since the storm season, their transport "
        "ministers told reporters after a short meeting at the harbour on the main island.")
MORE = ("<p>The crossing takes four hours and carries mail, fuel and passengers, a port official said, and the "
        "first boat will leave as soon as the weather allows.</p><p>Fares will stay at last year's level.</p>")


def _page(head: str = "", top: str = "", after: str = "") -> str:
    return (f"<!doctype html><html><head><title>Ferry link resumes</title>{head}</head><body>"
            f"<nav><a href='/'>Home</a> <a href='/archive'>Archive</a></nav><article><h1>Ferry link resumes</h1>"
            f"{top}<p>{LEAD}</p>{MORE}{after}</article><footer>The Island Courier</footer></body></html>")


@pytest.mark.parametrize("head, top, after", [
    ("", '<p class="dateline">Tuesday, 7 July 1987</p><p class="note">Digitised 12 May 2011</p>', ""),
    ('<meta property="article:modified_time" content="2011-05-12T10:00:00Z">',
     '<p class="dateline">Tuesday, 7 July 1987</p>', ""),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2011-05-12"}</script>',
     "<p>First published July 7, 1987</p>", ""),
    ("", "<p>July 7, 1987</p>",
     "<aside><h3>Related</h3><ul><li>Ferry fares rise again (March 3, 2019)</li></ul></aside>"),
])
def test_an_archive_page_is_dated_by_its_own_date_line_not_a_later_one(head, top, after):
    assert published(_page(head, top, after), "html") == ("1987-07-07", "day", "dateline")


def test_the_extractors_date_is_kept_when_the_page_prints_no_date_line():
    # an older day in the article's prose is a date of its story, not of the page
    page = _page('<meta property="article:published_time" content="2011-05-12T10:00:00Z">').replace(
        "the storm season", "the storm of 7 July 1987")
    assert published(page, "html") == ("2011-05-12", "day", "metadata")


def test_a_date_line_above_the_extracted_text_dates_an_archive_page_too():
    article = clean_document(make_document(_page(), "html"))
    head = ("The Island Courier archive", "Printed edition of Thursday, 4 June 1987, page 3.")
    found = publication_date("2011-05-12", article.text, article.segments, "html metadata", head)
    assert (found.value, found.source) == ("1987-06-04", "dateline")
    assert "finds none before 1995" in found.note
    # a feed's or a JSON line's date is a field, not the extractor's guess: kept
    assert publication_date("2011-05-12", article.text, article.segments, "metadata", head).value == "2011-05-12"


HEADLINE = "Ferry Link Resumes After Storms\n\n"
BODY = (LEAD + "\n\nThe crossing takes four hours and carries mail, fuel and passengers, a port official said.\n\n"
        "Both sides said the talks on a second route would go on next month.\n")


@pytest.mark.parametrize("line", ["14-MAR-85 09:12", "Filed 14-MAR-85", "Dateline: 14 Mar 85"])
def test_a_teleprinter_stamp_with_a_two_digit_year_dates_the_page(line):
    assert published(HEADLINE + line + "\n\n" + BODY) == ("1985-03-14", "day", "dateline")


def test_a_two_digit_year_in_figures_needs_a_label():
    assert published(HEADLINE + "14/3/85\n\n" + BODY)[0] is None


@pytest.mark.parametrize("note", [
    "A version of this article appears in print on March 14, 1985, Section A, Page 3 of the late edition.",
    "This article was first published on 14 March 1985.",
    "From our archive: this story first ran on 14 March 1985",
])
def test_a_note_on_where_the_text_first_appeared_dates_the_page(note):
    page = HEADLINE + BODY + "\nThe port authority will publish a new timetable.\n\nMore on the islands\n\n" + note + "\n"
    assert published(page) == ("1985-03-14", "day", "dateline")


def test_a_report_the_article_cites_does_not_date_the_page():
    page = HEADLINE + BODY + "\nThe report, first drafted in 1983, was published on 2 March 1985 by the port authority.\n"
    assert published(page)[1] == "month"


@pytest.mark.parametrize("opening", ["Montevideo, 14 March 1985. ", "MONTEVIDEO, March 14, 1985 (Agency) _ "])
def test_a_dateline_closed_by_a_full_stop_or_an_underscore_dates_the_page(opening):
    assert published(HEADLINE + opening + BODY) == ("1985-03-14", "day", "dateline")


def _outside(pre: str, foot: str = "") -> str:
    """A page whose date line stands above the article element, where the extractor does not look."""
    return _page().replace("<article>", pre + "<article>").replace("</article>", "</article>" + foot)


@pytest.mark.parametrize("foot", ["", "<footer>\u00a9 2026 The Island Courier</footer>",
                                  "<footer>Digitised 12 May 2011</footer>"])
def test_an_issue_line_above_the_article_dates_an_archive_page(foot):
    page = _outside('<div class="issue">Issue no. 2,417 \u00b7 Tuesday, 12 April 1988</div>', foot)
    assert published(page, "html") == ("1988-04-12", "day", "dateline")


def test_a_sites_header_date_long_after_the_story_does_not_date_it():
    # the day the page was viewed, printed in the site's header, is no date of an article of 1988
    article = clean_document(make_document(HEADLINE + BODY.replace("storm season", "storm of March 2, 1988")))
    head = ("Home | Islands | Archive", "Friday, 5 December 2025")
    found = publication_date(None, article.text, article.segments, "html metadata", head)
    assert (found.value, found.precision) == ("1988-03", "month")
    close = ("Home | Islands | Archive", "Friday, 4 March 1988")
    assert publication_date(None, article.text, article.segments, "html metadata", close).value == "1988-03-04"


def test_a_yearless_wire_dateline_under_a_guessed_year_leaves_the_page_to_its_story():
    # the extractor's 1 January comes from the footer's copyright year; the wire record of 1988 names no year
    page = _page().replace("<p>The two", "<p>VALLETTA, 12 April (Agency) - The two").replace(
        "</body>", "<footer>\u00a9 2026 The Island Courier</footer></body>")
    article = clean_document(make_document(page, "html"))
    assert (article.published.value, article.published.source) == (None, "none")
    assert "'12 April' states no year" in article.published.note


@pytest.mark.parametrize("foot", ["", "<footer>\u00a9 2026 The Island Courier</footer>",
                                  "<footer>Digitised 12 May 2011</footer>"])
def test_a_print_note_below_the_article_dates_an_archive_page(foot):
    note = '<div class="print-note">This article first appeared in print on 12 April 1988, page 3.</div>'
    assert published(_outside("", note + foot), "html") == ("1988-04-12", "day", "dateline")
