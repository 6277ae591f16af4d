"""Session 30 dates26: an undated act the lead's day would date takes the day the page states for the same act in
another sentence (same lexicon entry, type and status), when that is the only such day and within a lead's reach
(eval/wire30 w30_01: a deck's "sends troops to Mpack", told again "said on Saturday ... it had sent an additional
infantry company"; events/told_days.py). Our own sentences; the page is published on Saturday 2019-03-16."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from detente import pipeline
from detente.events.told_days import LEAD_NOTE, entry, with_told_days
from detente.records import Document
from events_kit import code

DECK = "Chile recalls envoy from Peru, sends troops to the border\n\n"
LEAD = "Chile recalled its ambassador from Peru on Friday over the seizure of two customs officers.\n\n"
LATER = ("The Chilean army said on Thursday that it had sent an additional infantry battalion to the border with "
         "Peru.\n\n")
AGAIN = "The Chilean army said on Wednesday that it had sent a second battalion to the border with Peru.\n\n"


def _coded(text: str):
    doc = Document("d0", "t0.txt", None, "text", text, date="2019-03-16")
    return pipeline.code_documents([doc])[0].events


def _days(text: str, start: str) -> set:
    return {(e.event_type, e.date.value) for e in _coded(text) if e.evidence.sentence.startswith(start)}


def test_an_undated_headline_act_takes_the_day_the_page_states_for_it():
    assert ("MOBILIZE", "2019-03-14") in _days(DECK + LEAD + LATER, "Chile recalls")


def test_the_act_the_lead_tells_keeps_the_lead_s_day():
    found = _days(DECK + LEAD + LATER, "Chile recalls")
    assert not any(t == "MOBILIZE" and day == "2019-03-15" for t, day in found)
    assert not any(t != "MOBILIZE" and day == "2019-03-14" for t, day in found)


def test_two_days_for_the_act_leave_the_lead_s_day():
    found = _days(DECK + LEAD + LATER + AGAIN, "Chile recalls")
    assert not any(t == "MOBILIZE" and day in ("2019-03-13", "2019-03-14") for t, day in found)


def test_an_act_told_on_a_day_out_of_the_lead_s_reach_is_another():
    old = "The Chilean army said it had sent a battalion to the border with Peru on 1 February.\n\n"
    found = _days(DECK + LEAD + old, "Chile recalls")
    assert not any(day == "2019-02-01" for _, day in found)


def test_only_the_lead_s_day_is_replaced():
    events = list(_coded(DECK + LEAD + LATER))
    dated = next(e for e in events if e.date.source == "sentence")
    undated = replace(dated, date=replace(dated.date, value="2019-03-10", source="publication", note="publication"))
    assert with_told_days([dated, undated], dt.date(2019, 3, 16))[1] == undated
    assert entry(dated)[1] == dated.event_type


def test_a_day_after_the_page_s_is_no_day_the_act_was_done():
    # eval/wire37 w37_12's shape: a headline's later day of another clause is no day of the act it also tells
    events = list(_coded(DECK + LEAD + LATER))
    dated = next(e for e in events if e.date.source == "sentence" and e.event_type == "MOBILIZE")
    undated = next(e for e in events if e.event_type == "MOBILIZE" and e.evidence.sentence.startswith("Chile recalls"))
    lead_dated = replace(undated, date=replace(undated.date, value="2019-03-15", note=LEAD_NOTE + " 'Friday'"))
    assert with_told_days([dated, lead_dated], dt.date(2019, 3, 16))[1].date.value == "2019-03-14"
    assert with_told_days([dated, lead_dated], dt.date(2019, 3, 13))[1] == lead_dated
    assert with_told_days([dated, lead_dated], None)[1] == lead_dated


def test_a_past_perfect_that_looks_back_is_an_earlier_act():
    # the lead's look-back day (Thursday 7 March) stays; Monday is Chile's own act (test_events_dates_context.py)
    events = code("Chile expelled a Peruvian diplomat on Monday, retaliating for a decision last Thursday by Peru. "
                  "Peru had expelled two Chilean envoys after a dispute over the fishing grounds.")
    earlier = [e for e in events if e.evidence.sentence.startswith("Peru had")]
    assert earlier and earlier[0].date.value == "2019-03-07"
