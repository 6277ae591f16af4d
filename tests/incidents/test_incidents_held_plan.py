"""A meeting proposed or planned is the meeting held days on (plans.held_plan, apart.MEETING). Hand-built reports,
our own wording: on Sunday 12 May "Kenya proposed a meeting of the two foreign ministers" (pending, dated by the
lead's day), and "the foreign ministers of Kenya and Tanzania met in Arusha on Wednesday" (15 May, stated)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from detente.incidents import assign_incidents
from detente.incidents.apart import CALL, MEETING, VISIT, act_of

from tests.incidents.reports_kit import report

TOLD = "2024-05-12"


def _proposed(act: str | None = MEETING, status: str = "pending"):
    r = report("CONSULT", "KEN", "TZA", doc="d1", sentence=4, status=status, date=TOLD, published=TOLD, act=act)
    return replace(r, date_source="text",
                   date_note=f"no date in the sentence; the lead's 'Sunday' resolved against metadata {TOLD}")


def _held(day: str = "2024-05-15"):
    return report("CONSULT", "TZA", "KEN", doc="d2", sentence=1, date=day, published="2024-05-16", stated=True,
                  act=MEETING)


def _together(reports) -> bool:
    return len(assign_incidents(reports)) == 1


def test_a_proposed_meeting_joins_the_meeting_held_days_on():
    assert _together([_proposed(), _held()])


@pytest.mark.parametrize("proposed, held", [
    (_proposed(act=None), _held()),  # a planned visit or call: not named a meeting
    (_proposed(act=VISIT), _held()),
    (_proposed(status="asserted"), _held()),  # no plan
    (_proposed(), _held("2024-06-10")),  # held weeks later: another meeting
    (_proposed(), _held("2024-05-08")),  # held before the plan was told
])
def test_other_plans_and_other_days_stay_apart(proposed, held):
    assert not _together([proposed, held])


@pytest.mark.parametrize("rule, act", [
    ("noun:meeting[not:board|cabinet] src=poss tgt=of", MEETING),
    ("verb:meet[unreceived] src=nsubj tgt=object", MEETING),
    ("noun:talk src=nsubj tgt=with", MEETING),
    ("noun:visit src=agent tgt=object", None),
    ("verb:telephone src=nsubj tgt=object", CALL),  # a call, no meeting held later
    ("verb:travel src=nsubj tgt=to", VISIT),
])
def test_a_meeting_is_named_by_its_trigger(rule, act):
    assert act_of("CONSULT", rule) == act
