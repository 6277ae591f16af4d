"""A plan told on one day is not the act of that day (incidents/plans.py). Hand-built reports, our own wording:
"Kenya's minister said on Friday he had spoken by telephone with his Tanzanian counterpart" (the call, that
Friday), "he had proposed a meeting next week" and another outlet's "the two ministers would meet in Arusha next
Friday" (two reports of one planned meeting)."""
from __future__ import annotations

from dataclasses import replace

from detente.incidents import assign_incidents
from detente.incidents.plans import after_plan, plan_day

from tests.incidents.reports_kit import report

DAY = "2024-05-10"


def _call():
    return report("CONSULT", doc="d1", sentence=1, date=DAY, stated=True)


def _proposal():
    return replace(report("CONSULT", doc="d1", sentence=2, status="pending", date="2024-05"), date_source="sentence",
                   date_note=f"rel-week: 'next week' resolved against metadata {DAY}")


def _told():
    return replace(report("CONSULT", doc="d2", sentence=4, status="pending", date=DAY),
                   date_note=f"a plan told as said ('next Friday'): dated by the day of the report, dateline {DAY}")


def _groups(reports) -> list[set[str]]:
    return sorted((set(i.event_ids) for i in assign_incidents(reports)), key=len)


def test_the_day_a_plan_was_told_is_read_from_its_note():
    assert plan_day(_proposal()) == plan_day(_told()) == DAY
    assert plan_day(_call()) is None
    last_week = replace(_proposal(), date_note=f"rel-week: 'last week' resolved against metadata {DAY}")
    assert plan_day(last_week) is None  # a past week is no plan


def test_a_planned_meeting_is_not_the_call_of_the_day_it_was_proposed():
    call, proposal, told = _call(), _proposal(), _told()
    assert _groups([call, proposal, told]) == [{call.event_id}, {proposal.event_id, told.event_id}]


def test_a_planned_meeting_joins_the_meeting_held_later():
    call, proposal, told = _call(), _proposal(), _told()
    held = report("CONSULT", doc="d3", sentence=0, date="2024-05-17", stated=True)
    assert _groups([call, proposal, told, held]) == [{call.event_id}, {proposal.event_id, told.event_id, held.event_id}]


def test_only_groups_stating_a_date_after_the_day_told_are_kept():
    dates = [{DAY}, {"2024-05"}, {"2024-05-09", "2024-05-11"}, {"2024-04"}, set()]
    assert after_plan(dates, _told(), [0, 1, 2, 3, 4]) == [1, 2]
    assert after_plan(dates, _call(), [0, 1, 2, 3, 4]) == [0, 1, 2, 3, 4]  # no plan: every candidate
