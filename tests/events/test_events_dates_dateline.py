"""A wire dateline's date ("TBILISI, June 6 — …") is the day the report was filed: a weekday in the same sentence
dates the act, counted back from it (newcomer6: an HTML page's "shelled … on Saturday" was dated by the dateline's
day, a day late, and its report split from another outlet's into an incident of its own). Sentences and pages
written for this test."""
from __future__ import annotations

import datetime as dt

import pytest

from detente import pipeline
from detente.events.date_patterns import find_dates
from detente.events.date_scope import is_dateline_date
from detente.events.dates import Anchor, event_date
from detente.records import Document

THURSDAY = Anchor(dt.date(2024, 6, 6), "day", "publication")
ACT = "Russian troops shelled a Georgian border post near Khurvaleti on Tuesday, wounding a police officer."
DATELINES = ["TBILISI, June 6 — ", "TBILISI, June 6 (Caucasus Wire) - ", "TBILISI, Georgia, June 6 -- ",
             "NEW DELHI, 6 June 2024 — ", "TBILISI, June 6, 2024 (CW) – "]


def _date(sentence: str, trigger: str = "shelled", anchor: Anchor | None = THURSDAY) -> tuple[str | None, str]:
    info = event_date(sentence, sentence.index(trigger), anchor, "test")
    return info.value, info.precision


@pytest.mark.parametrize("line", DATELINES)
def test_the_weekday_beats_the_datelines_date(line):
    assert _date(line + ACT) == ("2024-06-04", "day")


@pytest.mark.parametrize("line", DATELINES)
def test_the_datelines_date_is_found_as_one(line):
    mention = find_dates(line + ACT)[0]
    assert is_dateline_date(line + ACT, mention)


def test_the_weekday_counts_from_the_datelines_day_not_the_publication_day():
    # filed on Thursday, put on the site on Saturday: "on Tuesday" is the Tuesday before the filing day
    saturday = Anchor(dt.date(2024, 6, 8), "day", "publication")
    assert _date("TBILISI, June 6 — " + ACT, anchor=saturday) == ("2024-06-04", "day")


def test_an_undated_page_counts_the_weekday_from_a_dateline_with_its_year():
    assert _date("TBILISI, June 6, 2024 (CW) - " + ACT, anchor=None) == ("2024-06-04", "day")


def test_a_dateline_with_no_other_date_still_dates_the_act():
    sentence = "TBILISI, June 6 — Russian troops shelled a Georgian border post near Khurvaleti, officials said."
    assert _date(sentence) == ("2024-06-06", "day")


@pytest.mark.parametrize("sentence", [
    "On June 6 Russian troops shelled a Georgian border post near Khurvaleti on Tuesday night.",
    "Officials in TBILISI, June 6 - a day of mourning - said troops had shelled a post.",
    "NATO - Georgia talks resumed on June 6, officials said.",
])
def test_a_date_that_opens_no_dateline_is_not_one(sentence):
    assert not any(is_dateline_date(sentence, m) for m in find_dates(sentence))


PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Border post hit | Gazette</title>
<meta property="article:published_time" content="2024-06-06"></head><body><article>
<h1>Russian artillery hits Georgian border post</h1>
<p>{line}{act}</p>
<p>Georgia's foreign ministry summoned the Russian charge d'affaires over the attack.</p>
</article></body></html>"""


@pytest.mark.parametrize("line", DATELINES[:2])
def test_an_html_pages_act_is_dated_by_its_weekday(line):
    coded = pipeline.code_document(Document("d1", "page.html", None, "html", PAGE.format(line=line, act=ACT)))
    shelling = [e for e in coded.events if e.event_type == "ASSAULT" and "shelled" in e.evidence.sentence]
    assert shelling and {e.date.value for e in shelling} == {"2024-06-04"}
    # the headline and the undated summons share the lead's day, not the dateline's
    assert {e.date.value for e in coded.events} == {"2024-06-04"}, [(e.evidence.sentence, e.date) for e in coded.events]
