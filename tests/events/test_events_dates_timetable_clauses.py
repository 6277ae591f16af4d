"""Session 36 (dates32): a relative clause in the present simple ("the summit, which opens on Saturday") tells a
timetable, so its day is a future one, no day of the lead's act; the undated sentences after the lead share the
lead's past day (eval/wire59 w59_04). Sentences are invented; the page is published on Saturday 2019-03-16."""
from __future__ import annotations

from detente import pipeline
from detente.events.date_patterns import find_dates
from detente.records import Document

LEAD = ("Ruritania has recalled its ambassador from Freedonia and will stay away from the regional forum, which "
        "opens in the Freedonian capital on Saturday, the foreign ministry said in a statement late on Friday.")


def test_a_day_in_a_present_tense_relative_clause_is_a_future_one():
    saturday, friday = find_dates(LEAD)
    assert saturday.future and not friday.future
    assert not find_dates("The talks, which opened in the capital on Saturday, ended early.")[0].future


def test_the_sentence_after_the_lead_takes_the_leads_past_day():
    text = ("Ruritania recalls envoy over forum\n\n" + LEAD + "\n\n"
            "Ruritania also accused Freedonia of hostile positions towards it in recent months.\n")
    doc = Document("d0", "t0.txt", None, "text", text, date="2019-03-16")
    events = pipeline.code_documents([doc])[0].events
    dates = {e.date.value for e in events if e.evidence.sentence.startswith("Ruritania also accused")}
    assert dates == {"2019-03-15"}  # the statement's Friday, not the forum's Saturday
