"""Publication date: metadata, dateline, inference from comments or body dates, and distrust of
impossible dates."""
from __future__ import annotations

import datetime as dt

import pytest

from clean_helpers import make_document, role_of
from detente.clean import clean_document
from detente.clean.pubdate import from_metadata, publication_date

BODY = ("The two foreign ministers met in the capital on Monday and agreed to restore direct flights, "
        "officials said after the meeting.\n\nA joint committee will report on the timetable within weeks, "
        "according to the statement issued by both ministries.\n")


@pytest.mark.parametrize("raw, value, precision", [
    ("2021-03-04", "2021-03-04", "day"),
    ("2021-03-04T10:15:00Z", "2021-03-04", "day"),
    ("2021-03", "2021-03", "month"),
    ("2019", "2019", "year"),
    ("Thu, 04 Mar 2021 10:15:00 GMT", "2021-03-04", "day"),
    ("March 4, 2021", "2021-03-04", "day"),
    ("4 March 2021", "2021-03-04", "day"),
])
def test_metadata_formats(raw, value, precision):
    info, note = from_metadata(raw)
    assert info is not None and (info.value, info.precision, info.source) == (value, precision, "metadata")
    assert note == ""


def test_metadata_wins_over_dateline():
    article = clean_document(make_document("Ministers Agree Flights\n\nJune 2, 2018\n\n" + BODY, date="2018-06-01"))
    assert (article.published.value, article.published.source) == ("2018-06-01", "metadata")


def test_future_metadata_is_not_trusted_and_says_so():
    future = (dt.date.today() + dt.timedelta(days=400)).isoformat()
    article = clean_document(make_document("Ministers Agree Flights\n\nJune 2, 2018\n\n" + BODY, date=future))
    assert (article.published.value, article.published.source) == ("2018-06-02", "dateline")
    assert "not trusted" in article.published.note


def test_dateline_with_byline():
    article = clean_document(make_document("Ministers Agree Flights\n\nby Jon Tallis 14th May 2016\n\n" + BODY))
    assert (article.published.value, article.published.precision, article.published.source) == (
        "2016-05-14", "day", "dateline")


def test_future_dateline_is_not_trusted():
    year = dt.date.today().year + 3
    article = clean_document(make_document(f"Ministers Agree Flights\n\nJanuary 5, {year}\n\n" + BODY))
    assert article.published.value is None and "not trusted" in article.published.note


def test_earliest_comment_bounds_the_date():
    comments = ("\n4 comments\n\nriverbank on July 9, 2022 at 11:02 »\n\nGood news for travellers at last.\n\n"
                "k_melo on July 8, 2022 at 19:40 »\n\nI doubt the flights will start on time.\n")
    article = clean_document(make_document("Ministers Agree Flights\n\n" + BODY + comments))
    assert (article.published.value, article.published.precision, article.published.source) == (
        "2022-07-08", "day", "inferred")
    assert "comment" in article.published.note


def test_latest_body_date_bounds_the_date_by_month():
    body = BODY + ("\nThe previous agreement, signed on March 3, 2011, lapsed on 30 April 2015 when neither side "
                   "renewed it, the ministry said.\n")
    article = clean_document(make_document("Ministers Agree Flights\n\n" + body))
    assert (article.published.value, article.published.precision, article.published.source) == (
        "2015-04", "month", "inferred")


def test_no_date_anywhere():
    article = clean_document(make_document("Ministers Agree Flights\n\n" + BODY))
    assert (article.published.value, article.published.precision, article.published.source) == (None, "none", "none")
    assert article.published.note == "no publication date in metadata or text"


# --- 1 January in metadata: a placeholder for "this year" ---------------------------------------------

def test_a_metadata_first_of_january_is_read_as_its_year():
    article = clean_document(make_document("Ministers Agree Flights\n\n" + BODY, date="2019-01-01"))
    assert (article.published.value, article.published.precision, article.published.source) == (
        "2019", "year", "metadata")
    assert "1 January" in article.published.note


def test_a_date_line_of_that_year_dates_a_page_whose_metadata_says_first_of_january():
    article = clean_document(make_document("Ministers Agree Flights\n\nJune 2, 2019\n\n" + BODY, date="2019-01-01"))
    assert (article.published.value, article.published.source) == ("2019-06-02", "dateline")
    other_year = clean_document(make_document("Ministers Agree Flights\n\nJune 2, 2017\n\n" + BODY, date="2019-01-01"))
    assert other_year.published.value == "2019"


def test_the_html_extractors_first_of_january_yields_to_the_pages_own_date_line_of_any_year():
    # htmldate finds no date before 1995 and falls back on any year an archive page prints: the page's own
    # date line is the better word, whatever its year (a feed's 1 January, above, is a field and stays)
    text = "Ministers Agree Flights\n\nJune 2, 1991\n\n" + BODY
    article = clean_document(make_document(text))
    segments = article.segments
    guessed = publication_date("2009-01-01", article.text, segments, "html metadata")
    assert (guessed.value, guessed.source) == ("1991-06-02", "dateline")
    assert publication_date("2009-01-01", article.text, segments, "metadata").value == "2009"


def test_a_date_line_above_the_article_dates_the_page_when_the_extractor_guessed_first_of_january():
    article = clean_document(make_document("Ministers Agree Flights\n\n" + BODY))
    head = ("The Harbour Gazette archive, 1970-2005", "Printed edition of Thursday, 4 June 1987, page 3.")
    found = publication_date("2004-01-01", article.text, article.segments, "html metadata", head)
    assert (found.value, found.precision, found.source) == ("1987-06-04", "day", "dateline")
    assert "extractor's guess" in found.note
    # a real metadata day is kept when the line above is a date the extractor could have found (1995 or
    # later; an older one is the page's own, test_clean_pubdate_archive), and a feed's day always is
    later = ("Printed edition of Thursday, 4 June 1998, page 3.",)
    assert publication_date("2004-03-05", article.text, article.segments, "html metadata", later).value == "2004-03-05"
    assert publication_date("2004-03-05", article.text, article.segments, "metadata", head).value == "2004-03-05"
    assert publication_date("2004-01-01", article.text, article.segments, "metadata", head).value == "2004"


def test_a_first_of_january_the_page_states_too_is_kept():
    article = clean_document(make_document("Ministers Agree Flights\n\nJanuary 1, 2019\n\n" + BODY, date="2019-01-01"))
    assert (article.published.value, article.published.precision) == ("2019-01-01", "day")
    second = clean_document(make_document("Ministers Agree Flights\n\n" + BODY, date="2019-01-02"))
    assert (second.published.value, second.published.precision) == ("2019-01-02", "day")


@pytest.mark.parametrize("stamp", ["14.05.2016 kl. 08:40  |  Oppdatert / Updated 10:05",
                                   "14/05/2016 09:30 | Mis à jour / Updated 11:00"])
def test_a_masthead_stamp_under_a_site_name_and_a_menu_dates_the_page(stamp):
    # Three header lines of near-equal width are no wrapped paragraph, and a labelled stamp is no menu.
    head = ("COASTAL TIDINGS ENGLISH - news from the harbour towns and the border\n"
            "Forside / Front page  >  Nyheter / News  >  Havn / Harbour\n" + stamp + "\n\n")
    article = clean_document(make_document(head + BODY))
    assert (article.published.value, article.published.precision) == ("2016-05-14", "day")


def test_a_menu_without_a_date_stays_boilerplate():
    article = clean_document(make_document("Home / World / Sport\n\nMinisters Agree Flights\n\n" + BODY))
    assert role_of(article, "Home / World") == "boilerplate"


def test_a_yearless_wire_dateline_under_an_archive_note_takes_the_year_of_a_written_date():
    # eval/wire10 class: the archive note is taken for the first paragraph, the dateline for no body line
    page = ("NORTHSEA ARCHIVE SERVICE | Item 1992-07-09-0412 | Category: POL | Language: EN\n"
            "Retrieved from the Northsea historical wire database. Text as transmitted.\n\n"
            "NORWAY-DENMARK/FISH (NEWS ANALYSIS, 420 words)\n\n"
            "Oslo and Copenhagen agree to restore flights after quota quarrel\n\n"
            "OSLO, July 9 (Northsea) - " + BODY
            + "\nThe quota treaty signed on 24 June 1992 in Bergen had set the catch for both fleets.\n")
    article = clean_document(make_document(page))
    assert (article.published.value, article.published.precision) == ("1992-07-09", "day")


@pytest.mark.parametrize("line, value", [("Dinsdag 10 februari 2026, 08:15", "2026-02-10"),
                                         ("Antananarivo, mercredi 21 octobre 2026", "2026-10-21")])
def test_a_date_line_in_the_sites_own_language_dates_the_page(line, value):
    # session 13 (eval/wire10: two English-service pages whose only date line is Dutch or French)
    article = clean_document(make_document(f"Ministers Agree Flights\n\n{line}\n\n" + BODY))
    assert (article.published.value, article.published.source) == (value, "dateline")


def test_a_place_name_with_a_small_word_in_capitals_opens_a_wire_dateline():
    from detente.clean.dates import lead_in_date
    assert lead_in_date("PORT OF SPAIN, Feb 12 (Wire) - The talks went on.") == (None, "Feb 12")
    assert lead_in_date("On Feb 12 the talks went on.") == (None, None)
