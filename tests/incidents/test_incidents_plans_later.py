"""A plan told after the acts of its loose group is not one of them (plans.told_after, loose.apart_in_time).
Hand-built reports, our own wording: "Kenya's president held talks in Nairobi with Tanzania's president"
(dated only by the pages' days, 10 and 12 May) and, a fortnight later, "Kenya's prime minister is expected to
visit Dodoma next month" (pending, dated June, told on 26 May)."""
from __future__ import annotations

from dataclasses import replace

from detente.incidents import assign_incidents
from detente.incidents.plans import plan_day, told_after

from tests.incidents.reports_kit import report

TOLD = "2024-05-26"


def _talks(doc: str, day: str):
    return report("CONSULT", doc=doc, sentence=1, date=day, published=day)


def _next_month():
    return replace(report("CONSULT", doc="d3", sentence=9, status="pending", date="2024-06", published=TOLD),
                   date_source="sentence", date_note=f"rel-month: 'next month' resolved against dateline {TOLD}")


def _groups(reports) -> list[set[str]]:
    return sorted((set(i.event_ids) for i in assign_incidents(reports)), key=len)


def test_next_month_is_a_plan_told_on_the_day_resolved_against():
    assert plan_day(_next_month()) == TOLD
    last_month = replace(_next_month(), date_note=f"rel-month: 'last month' resolved against dateline {TOLD}")
    assert plan_day(last_month) is None  # a past month is no plan


def test_told_after_compares_the_day_told():
    day = lambda iso: __import__("datetime").date.fromisoformat(iso).toordinal()  # noqa: E731
    assert told_after(_next_month(), day("2024-05-12"))
    assert not told_after(_next_month(), day("2024-05-26"))
    assert not told_after(_talks("d1", "2024-05-10"), day("2024-05-01"))  # no plan


def test_a_visit_planned_for_next_month_is_not_the_talks_held_before_it_was_told():
    first, second, plan = _talks("d1", "2024-05-10"), _talks("d2", "2024-05-12"), _next_month()
    assert _groups([first, second, plan]) == [{plan.event_id}, {first.event_id, second.event_id}]


def test_a_plan_told_before_the_talks_still_joins_them():
    early = replace(_next_month(), date="2024-05", published="2024-04-20",
                    date_note="rel-month: 'next month' resolved against dateline 2024-04-20")
    first, second = _talks("d1", "2024-05-10"), _talks("d2", "2024-05-12")
    assert _groups([early, first, second]) == [{early.event_id, first.event_id, second.event_id}]
