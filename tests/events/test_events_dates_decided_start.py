"""A date after a start marker ("from 15 July", "as of Monday", "with effect from January 1", "beginning next
month") under a decision already taken is the day the decided act is to start, not the day of the decision
(eval/wire8 class: "The two officials decided to open from 15 July a direct telephone line", the decision of the
day before dated 15 July and made pending). Sentences written for this test; the page is of Thursday 2019-03-14."""
from __future__ import annotations

import datetime as dt

import pytest

from detente import pipeline
from detente.events.date_scope import starts_decided_act
from detente.events.dates import Anchor, event_date, find_dates
from detente.records import Document

THURSDAY = Anchor(dt.date(2019, 3, 14), "day", "publication")


def _start_flags(sentence: str) -> list[bool]:
    return [starts_decided_act(sentence, m) for m in find_dates(sentence)]


@pytest.mark.parametrize("sentence", [
    "The two governors decided on Wednesday to open the crossing from 1 April.",
    "Kenya agreed on Wednesday to lift the ban with effect from January 1.",
    "The ministers agreed on Wednesday to reopen the border as of Monday.",
    "Uganda announced on Wednesday that it would resume flights beginning next month.",
    "The council voted on Wednesday to suspend the visas starting April 2.",
    "The cabinet decided on Wednesday to close the embassy effective March 20.",
    "Tanzania agreed on Wednesday to share the data from July.",
])
def test_the_start_of_a_decided_act_is_not_the_decision_day(sentence):
    assert _start_flags(sentence) == [False, True]
    info = event_date(sentence, sentence.index("on Wednesday") - 2, THURSDAY, "publication")
    assert (info.value, info.precision) == ("2019-03-13", "day")


@pytest.mark.parametrize("sentence", [
    "Kenyan troops withdrew from the border on Monday.",
    "The envoy flew in from Nairobi on Monday.",
    "Talks ran from Monday to Wednesday in Arusha.",  # a span of the act itself, no decision
    "The minister said the curfew applies from Monday.",  # said, not decided
])
def test_a_date_with_no_decided_act_keeps_its_reading(sentence):
    assert not any(_start_flags(sentence))


def test_a_decision_with_only_the_start_day_takes_the_page_day_not_the_start():
    sentence = "The two governors decided to open the crossing as of Monday."
    info = event_date(sentence, sentence.index("open"), THURSDAY, "publication")
    assert info.value != "2019-03-11"


def _events(text: str, start: str) -> list:
    doc = Document("d0", "t0.txt", None, "text", text, date="2019-03-14")
    coded = pipeline.code_documents([doc])[0]
    return [e for e in coded.events if e.evidence.sentence.startswith(start)]


def test_a_decided_act_shares_its_paragraphs_day_and_is_not_pending_for_its_start():
    text = ("Kenya and Uganda ended their dispute over Lake Victoria fishing rights on Tuesday.\n\n"
            "Yesterday the Kenyan governor of Busia met the Ugandan district commissioner of Tororo. "
            "The two officials decided to open from 1 April a direct telephone line between their police services.")
    found = _events(text, "The two officials")
    assert found, "the decided act is coded"
    assert {(e.date.value, e.status) for e in found} == {("2019-03-13", "asserted")}


def test_a_paragraph_does_not_carry_a_decided_acts_start_as_its_day():
    text = ("Kenya and Uganda ended their dispute over Lake Victoria fishing rights on Tuesday.\n\n"
            "The two governments agreed to reopen the border as of Monday. "
            "Kenya's foreign minister warned Uganda that its trawlers would be seized if they returned.")
    assert {e.date.value for e in _events(text, "Kenya's foreign")} != {"2019-03-11"}
