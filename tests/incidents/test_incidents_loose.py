"""Loose reports (dated only near their act) of one block and story: a day a sentence states against its page's
yearless date line tells two acts a week apart (incidents/loose.py). Hand-built reports, our own wording: Kenya's
deputy minister "received Tanzania's ambassador on Wednesday", and a week later, on another page, Kenya's
minister "will hold talks in Dodoma on Thursday"."""
from __future__ import annotations

from dataclasses import replace

from detente.incidents import assign_incidents
from detente.incidents.loose import apart_in_time, text_day

from tests.incidents.reports_kit import report


def _story(day: str, note: str, doc: str, status: str = "asserted"):
    return replace(report("CONSULT", doc=doc, sentence=3, status=status, date=day), date_source="story",
                   date_note=note)


def _text(day: str, doc: str):
    return replace(report("REQUEST", doc=doc, sentence=5, date=day), date_source="text",
                   date_note=f"no date in the sentence; 'Monday' in the sentence next to it, resolved against "
                             f"metadata {day}")


def _sizes(reports) -> list[int]:
    return sorted(len(i.event_ids) for i in assign_incidents(reports))


RECEIVED = "weekday: 'Wednesday' resolved against dateline 2024-05-16"


def test_two_stated_weekdays_a_week_apart_are_two_acts():
    received = _story("2024-05-15", RECEIVED, "d1")
    talks = _story("2024-05-23", "weekday: 'Thursday' resolved against dateline 2024-05-21", "d2", "pending")
    assert len(apart_in_time([received, talks])) == 2
    assert _sizes([received, talks]) == [1, 1]


def test_two_stated_weekdays_a_day_apart_are_one_act():
    received = _story("2024-05-15", RECEIVED, "d1")
    retold = _story("2024-05-16", "weekday: 'Thursday' resolved against dateline 2024-05-17", "d2")
    assert _sizes([received, retold]) == [2]


def test_a_lead_day_of_such_a_page_chains_nothing():
    received = _story("2024-05-15", RECEIVED, "d1")
    retold = _story("2024-05-24", "no date in the sentence; the lead's 'Friday' resolved against dateline 2024-05-24",
                    "d2")
    assert _sizes([received, retold]) == [2]  # a background act retold a week later, by its page's day


def test_a_story_day_between_two_text_days_does_not_chain_them():
    first, later = _text("2024-05-13", "d1"), _text("2024-05-16", "d3")
    between = replace(_story("2024-05-14", "weekday: 'Tuesday' resolved against dateline 2024-05-14", "d2"),
                      event_type="REQUEST")
    assert text_day(first) and not text_day(between)
    assert sorted(len(g) for g in apart_in_time([first, between, later])) == [1, 2]
