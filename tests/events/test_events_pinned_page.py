"""An undated page that pins a day with a weekday written beside its day and month keeps that day as its date
(events.dated_page), so the story-dates stage can lend it to the undated pages of its story."""
from __future__ import annotations

from events_kit import article, mentions_for, parsed

from detente.events import dated_page
from detente.events.page_anchor import pinned_day
from detente.records import DateInfo

UNDATED = DateInfo(None, "none", "none", "no publication date in metadata or text")
# 15 September is a Tuesday in 2020 (and 2015, 2026): the treaty year stated bounds it from below.
TEXT = ("On Tuesday, September 15, Norway and Chile signed a fisheries accord. "
        "It replaces the treaty of 2019.")


def test_an_undated_page_takes_the_day_its_weekday_and_date_pin():
    found = pinned_day(article(TEXT, published=UNDATED))
    assert found is not None and (found.value, found.precision, found.source) == ("2020-09-15", "day", "text")
    assert "Tuesday" in found.note


def test_dated_page_stores_the_pinned_day_and_keeps_why_the_page_had_none():
    _, sentences = parsed(TEXT)
    page = dated_page(article(TEXT, published=UNDATED), sentences, mentions_for(sentences))
    assert page.published.value == "2020-09-15" and page.published.source == "text"
    assert page.published.note.endswith("(no publication date in metadata or text)")


def test_a_page_with_a_date_or_without_a_pin_is_left_as_it_is():
    dated = article(TEXT)
    assert pinned_day(dated) is None
    _, sentences = parsed(TEXT)
    assert dated_page(dated, sentences, mentions_for(sentences)) is dated
    plain = article("Norway and Chile signed a fisheries accord on Tuesday.", published=UNDATED)
    assert pinned_day(plain) is None
