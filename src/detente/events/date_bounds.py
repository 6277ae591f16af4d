"""Bounding dates that still tell a day: a perfect completed "by" a day, and a sentence whose only dates bound a
state. date_scope.bounds_a_state drops every date after "since", "until" or "by" as no day of the act
("sanctions in place since 2011", "must withdraw by Friday"); two wordings of the fresh pages need more.

- "By Monday evening a judge in El Alto had released the two officers", "by Friday he had withdrawn it"
  (eval/wire26, eval/wire25): a past perfect after an opening "by <day>" tells an act done by that day, which is
  the day the page gives it; dropped, the release fell to the page's day (two days late) and the withdrawal to
  the sentence's other day (four days early).
- "The exchange took place on Wednesday. Guinea-Bissau freed the three agents it had held since last Thursday,
  and Senegal released the two soldiers" (eval/wire30): the sentence's only date bounds the detention, so it
  states no day of its own, and it shares the day stated before it in its paragraph (page_anchor.paragraph_days);
  read as a sentence with a date of its own, it kept the page's day. Not the next sentence's day, as an undated
  sentence opening a paragraph takes: "grounds closed since 1972" then "The shots fired on Tuesday had gone into the
  sea" (eval/wire16) is a recalled detail's day.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from detente.events.date_patterns import find_dates

if TYPE_CHECKING:  # events.dates imports this module through date_scope's users: only named in annotations here
    from detente.events.date_patterns import DateMention

BY_BEFORE = re.compile(r"\bby\s+$", re.I)
PERFECT_BEFORE = re.compile(r"\bhad\s+(?:(?:already|also|been)\s+)*$", re.I)
CLAUSE_BREAK = re.compile(r"[;:.!?]")
# the kinds that give a day: "by Monday", "by 12 March"; "by March" or "by 2025" is a deadline's month or year
DAY_KINDS = frozenset({"weekday", "last-weekday", "month-day", "day-month", "month-day-year", "day-month-year",
                       "iso", "numeric"})
# the words that bound a state over time: "held since last Thursday", "closed until Monday" ("by" is a deadline's)
STATE_BOUND = re.compile(r"\b(?:since|until|till)\s*$", re.I)


def completed_by(text: str, mention: DateMention, trigger_offset: int) -> bool:
    """Whether a day after "by" ends a perfect act told after it in its clause: "By Monday evening a judge had
    released the officers" (the trigger right after "had", nothing but commas between the day and it)."""
    if mention.kind not in DAY_KINDS or not BY_BEFORE.search(text, max(0, mention.start - 4), mention.start):
        return False
    if trigger_offset < mention.end or CLAUSE_BREAK.search(text, mention.end, trigger_offset):
        return False
    return PERFECT_BEFORE.search(text, max(0, trigger_offset - 30), trigger_offset) is not None


def states_only_bounds(text: str) -> bool:
    """Whether every date the sentence writes bounds a state ("it had held since last Thursday")."""
    mentions = find_dates(text)
    return bool(mentions) and all(_bounds_state(text, m) for m in mentions)


def _bounds_state(text: str, mention: DateMention) -> bool:
    if STATE_BOUND.search(text, max(0, mention.start - 7), mention.start):
        return True
    # the year and bare-month patterns take their preposition into the match ("since 2011", "until March")
    return mention.kind in ("year", "bare-month") and mention.text.split()[0].lower() in ("since", "until", "till")
