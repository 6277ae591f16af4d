"""Loose reports dated to the day by their pages more than two weeks apart are two acts (loose.PAGE_DAYS_APART).
Hand-built reports, our own wording: Kenya "warned that Tanzania would bear the consequences" (a lead's Tuesday),
and, on a page of the month after, Kenya "warned Dodoma again on Saturday" (the lead's Saturday of a dated page)."""
from __future__ import annotations

from dataclasses import replace

from detente.incidents import assign_incidents
from detente.incidents.loose import PAGE_DAYS_APART, apart_in_time, page_day

from tests.incidents.reports_kit import report


def _lead(day: str, doc: str, source: str = "text", event_type: str = "THREATEN"):
    note = (f"no date in the sentence; the lead's 'Tuesday' resolved against metadata {day}" if source == "text"
            else f"no date in the sentence; the lead's 'Saturday' resolved against dateline {day}")
    return replace(report(event_type, doc=doc, sentence=4, published=day, date=day), date_source=source,
                   date_note=note)


def _sizes(reports) -> list[int]:
    return sorted(len(i.event_ids) for i in assign_incidents(reports))


def test_two_page_days_three_weeks_apart_are_two_acts():
    august, september = _lead("2024-08-06", "d1"), _lead("2024-08-31", "d2", source="story")
    assert page_day(august) and page_day(september)
    assert len(apart_in_time([august, september])) == 2
    assert _sizes([august, september]) == [1, 1]


def test_two_page_days_within_two_weeks_stay_one_act():
    # a background act retold by a page of the next week or so, dated by its lead (eval/wire22, wire24, wire26)
    first, retold = _lead("2024-08-06", "d1"), _lead("2024-08-06", "d2", source="story")
    retold = replace(retold, date="2024-08-17")
    assert (17 - 6) <= PAGE_DAYS_APART
    assert _sizes([first, retold]) == [2]


def test_a_publication_day_or_a_month_still_chains_through_the_month():
    first = _lead("2024-08-06", "d1")
    published = report("THREATEN", doc="d2", published="2024-08-31", date="2024-08-31")  # a publication date
    month = replace(report("THREATEN", doc="d3", published="2024-09-02", date="2024-08"), date_source="sentence",
                    date_note="rel-month: 'last month' resolved against dateline 2024-09-02")
    assert not page_day(published)
    assert _sizes([first, published]) == [2]
    assert len(apart_in_time([first, month])) == 1
