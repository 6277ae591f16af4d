"""A bounding date that still tells a day: a perfect completed "by" a day. date_scope.bounds_a_state drops every
date after "since", "until" or "by" as no day of the act ("sanctions in place since 2011", "must withdraw by
Friday"); one wording of the fresh pages needs more.

"By Monday evening a judge in El Alto had released the two officers", "by Friday he had withdrawn it"
(eval/wire26, eval/wire25): a past perfect after an opening "by <day>" tells an act done by that day, which is
the day the page gives it; dropped, the release fell to the page's day (two days late) and the withdrawal to the
sentence's other day (four days early).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # events.dates imports this module: its DateMention is only named in annotations here
    from detente.events.date_patterns import DateMention

BY_BEFORE = re.compile(r"\bby\s+$", re.I)
PERFECT_BEFORE = re.compile(r"\bhad\s+(?:(?:already|also|been)\s+)*$", re.I)
CLAUSE_BREAK = re.compile(r"[;:.!?]")
# the kinds that give a day: "by Monday", "by 12 March"; "by March" or "by 2025" is a deadline's month or year
DAY_KINDS = frozenset({"weekday", "last-weekday", "month-day", "day-month", "month-day-year", "day-month-year",
                       "iso", "numeric"})


def completed_by(text: str, mention: DateMention, trigger_offset: int) -> bool:
    """Whether a day after "by" ends a perfect act told after it in its clause: "By Monday evening a judge had
    released the officers" (the trigger right after "had", nothing but commas between the day and it)."""
    if mention.kind not in DAY_KINDS or not BY_BEFORE.search(text, max(0, mention.start - 4), mention.start):
        return False
    if trigger_offset < mention.end or CLAUSE_BREAK.search(text, mention.end, trigger_offset):
        return False
    return PERFECT_BEFORE.search(text, max(0, trigger_offset - 30), trigger_offset) is not None

