"""Session 21 newcomer pass: one historical mention no longer sets the page's time axis or its "dated … to …"
heading, and a story's lead skips a date stamp before its first words (sentences our own)."""
from __future__ import annotations

import dataclasses

import duckdb
import pytest

from detente import store
from detente.records import CodedArticle, DateInfo
from detente.stories import fingerprint
from detente.store.queries import EventFilter
from detente.web import queries
from detente.web.queries import opening_words
from detente.web.span import core_span, outside

from tests.conftest import make_article, make_event

# Twelve reports over 2022-2023 and one page recalling a 1998 treaty.
DATES = ["2022-03-01", "2022-05-10", "2022-08-19", "2022-11-02", "2023-01-15", "2023-02-20", "2023-04-04",
         "2023-05-30", "2023-07-07", "2023-09-12", "2023-10-25", "2023-12-01", "1998-06-11"]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("newcomer21") / "news.duckdb")
    coded = []
    for n, date in enumerate(DATES):
        article = make_article(f"Kenya and Tanzania signed accord number {n} in Arusha.")
        event = dataclasses.replace(make_event(article, date=date), date=DateInfo(date, "day", "sentence"))
        coded.append(CodedArticle(article, 1, 1, (event,), fingerprint(article)))
    store.write_batch(path, coded, [])
    return path


def test_core_span_leaves_out_a_month_far_from_the_rest():
    counts = {"2001-04": 1, **{f"2015-{m:02d}": 5 for m in range(1, 13)}, "2016-02": 3}
    assert core_span(counts) == ("2015-01", "2016-02")
    assert outside(counts, core_span(counts)) == 1
    assert core_span({"2015-06": 2, "2015-09": 1}) == ("2015-06", "2015-09")  # a short body keeps a year's slack
    assert core_span({}) is None


def test_the_timeline_axis_spans_the_body_and_counts_the_stray_one(db):
    data = queries.timeline(db, EventFilter(), "events")
    months = [m["month"] for m in data["months"]]
    assert (months[0], months[-1], data["off_axis"]) == ("2022-03", "2023-12", 1)
    whole = queries.timeline(db, EventFilter(since="1990"), "events")  # a chosen span is drawn whole
    assert (whole["months"][0]["month"], whole["off_axis"]) == ("1998-06", 0)
    assert queries.timeline(db, EventFilter(since="2099"), "events")["months"] == []  # nothing in the span


def test_the_heading_dates_the_body_and_names_the_stray_ones_apart(db):
    with duckdb.connect(db, read_only=True) as con:
        dated = queries.dated_range(con)
    assert dated == {"first": "2022-03-01", "last": "2023-12-01", "outside": 1, "earliest": "1998-06-11",
                     "latest": "2023-12-01"}


def test_a_lead_skips_the_date_stamp_before_it():
    assert opening_words(" date 2023-04-04 Arvonia joined the customs union on Tuesday.") == \
        "Arvonia joined the customs union on Tuesday."
    assert opening_words("Published: 2024-01-09 08:15 Keldor recalled its envoy.") == "Keldor recalled its envoy."
    assert opening_words("2023 was a hard year for Keldor.") == "2023 was a hard year for Keldor."  # no stamp
