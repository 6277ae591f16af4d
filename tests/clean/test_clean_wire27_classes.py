"""Classes the blind development pages of session 22 (eval/wire27) showed in the clean stage: a page whose
byline, with the day it was published, sits between the standfirst and the lead (where the HTML extractor drops
it) is dated by that line, not by the month folder of an image it shows."""
from __future__ import annotations

from detente.clean import clean_document
from detente.records import Document

LEAD = ("<p>The ministry summoned the neighbouring state's envoy on Monday and handed him a note over the seizure "
        "of a patrol boat on the lake, officials said after a meeting that lasted an hour.</p>"
        "<p>The boat was towed to a harbour across the water and its crew of three have been held there since the "
        "weekend, according to the ministry's account of the events.</p>"
        "<p>The minister said the crew had been doing their lawful work and asked for their release without "
        "conditions, adding that consular staff had not yet been allowed to see them.</p>")


def page(byline: str) -> Document:
    html = ("<html><head><title>Envoy summoned over seized patrol boat</title></head><body>"
            "<nav>Home | Nation | World | Sport</nav><main><article>"
            "<h1>Envoy summoned over seized patrol boat</h1>"
            "<p class='dek'>Three officers held after their boat was stopped near the islands; the minister demands "
            "their release within days and asks for consular access</p>"
            f"<p class='byline'>{byline}</p>"
            "<figure><img src='/img/2014/03/harbour.jpg' alt=''><figcaption>The harbour. (Photo: archive)"
            "</figcaption></figure>" + LEAD + "</article></main><footer>All rights reserved.</footer></body></html>")
    return Document("d1", "page.html", None, "html", html)


def test_a_byline_under_the_standfirst_dates_the_page():
    published = clean_document(page("By A. WRITER, Staff Writer &middot; Monday, March 17th, 2014 &middot; 21:05"))
    assert published.published.value == "2014-03-17"


def test_a_byline_without_a_date_leaves_the_extractor_date():
    published = clean_document(page("By A. WRITER, Staff Writer")).published
    assert published.value is None or published.value.startswith("2014-03")
