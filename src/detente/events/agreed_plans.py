"""A past act whose only later day is a plan told in a "that ... would" clause after it is not pending.

"In their call, the ministers also agreed that officials of the two countries would meet in <city> next month"
(eval/wire27 w27_03): the agreement was made in the call; "next month" is the day of the meeting it plans. The
coder made every act dated after the page pending (coder: "date:after publication"), so the AGREE was coded
pending and kept the planned month (the gold: asserted, the call's Monday). date_scope.planned_after_trigger already
tells such a day (a future cue in the day's own clause after a past trigger); when every later-dated mention after
the trigger is such a plan's, the act keeps its asserted status, and its date is then found without the plan's day
(dates.event_date with said_day). Session 27 dates20 lead; "agreed to meet next month" (no "would") is not taken.
"""
from __future__ import annotations

from detente.events.date_patterns import find_dates
from detente.events.date_scope import planned_after_trigger


def plan_of_past_act(text: str, trigger_offset: int) -> bool:
    """Whether the sentence's future days after the trigger are all a plan's told in another clause of the past act
    (and there is at least one)."""
    later = [m for m in find_dates(text) if m.future and m.start > trigger_offset]
    return bool(later) and all(planned_after_trigger(text, m, trigger_offset) for m in later)
