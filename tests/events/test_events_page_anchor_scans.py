"""An undated page without a weekday-led day ("On Tuesday, September 15") has nothing to pin: its anchor is the
latest year it states, and the scans that only serve a pin (the bare months of every coded sentence, for the
office terms of the leaders named) are not run (docs/scaling.md, session 30: 4.4 % of a worker's samples on
undated real-text pages went to pinned_day's scans). The anchors are those the full path gives."""
from __future__ import annotations

import datetime as dt

import pytest

from events_kit import article

from detente.events import page_anchor
from detente.records import DateInfo

UNDATED = DateInfo(None, "none", "none", "no publication date in metadata or text")
YEAR_ONLY = ("Norway and Chile signed a fisheries accord in March. "
             "It replaces the treaty of 2019, which lapsed in June.")
PINNED = ("On Tuesday, September 15, Norway and Chile signed a fisheries accord. "
          "It replaces the treaty of 2019.")
NO_YEAR = "Norway and Chile signed a fisheries accord in March."


def _sentences(text: str) -> tuple[str, ...]:
    return tuple(s.strip() + "." for s in text.split(".") if s.strip())


def test_a_page_with_a_year_and_no_weekday_day_is_anchored_without_the_bare_month_scan(monkeypatch):
    page = article(YEAR_ONLY, published=UNDATED)
    expected = (page_anchor.Anchor(dt.date(2019, 12, 31), "year", "text"),
                "no publication date; latest year stated in the document (2019)")
    assert page_anchor.pinned_day(page, {"Jonas Gahr Store"}, _sentences(YEAR_ONLY)) is None

    def refuse(_texts):
        raise AssertionError("bare months scanned for a page with nothing to pin")
    monkeypatch.setattr(page_anchor, "bare_months", refuse)
    assert page_anchor.pinned_day(page, {"Jonas Gahr Store"}, _sentences(YEAR_ONLY)) is None
    assert page_anchor.document_anchor(page, {"Jonas Gahr Store"}, _sentences(YEAR_ONLY)) == expected


@pytest.mark.parametrize("text", [PINNED, NO_YEAR])
def test_a_page_with_a_pin_or_without_a_year_still_reads_its_bare_months(monkeypatch, text):
    page = article(text, published=UNDATED)
    called = []
    real = page_anchor.bare_months
    monkeypatch.setattr(page_anchor, "bare_months", lambda texts: called.append(texts) or real(texts))
    page_anchor.document_anchor(page, set(), _sentences(text))
    assert called


def test_the_pinned_day_is_still_found():
    found = page_anchor.pinned_day(article(PINNED, published=UNDATED), set(), _sentences(PINNED))
    assert found is not None and found.value == "2020-09-15"
