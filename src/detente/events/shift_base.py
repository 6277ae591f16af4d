"""What "a day after <clause>" counts back from when its sentence writes no day of its own.

events.dates dates the act of a "N days after <clause>" clause that many days before the sentence's other day,
and with none before "the last day stated before the sentence". Two sentence shapes read wrong that way:

- "The <act> came N days after <clause>" (eval/wire28 w28_07, wire41 w41_01): the subject names the act the lead
  tells (a warning, a decision, a handover, a visit), and the clause counts back from that act's day, the lead's
  first day, not from the last day written before the sentence (w28_07: an aside's "letter of last Wednesday", a
  week earlier). The same shape in eval/wire9 w9_01 and w9_04, wire26 w26_04, wire30 w30_04, wire36 w36_11,
  wire38 w38_03 and wire40 w40_11 names the lead's act each time.
- "N days after <clause>, <main clause>" opening a lead (eval/wire49 w49_09: two expulsions, then a present-tense
  clause about both capitals): no day is stated before it, so nothing was counted and the clause's acts took the
  page's day. The main clause's act is of the page's day (as an undated lead's act is dated), so the clause's
  act is N days before it. Only a count that opens its sentence (a dateline may stand before it, eval/wire27
  w27_04): told after its main clause with no day anywhere ("Peru recalled its envoy a week after ...") the count
  stays undated (tests/events/test_events_dates_context.py). And only a count of days under a week: counted from
  the day of writing, "a week after" and "ten days after" are round figures (eval/wire15 w15_06's ten days were
  thirteen, wire26 w26_03's week eight), and the day they gave split an act from its incident (wire15 incident
  F1 0.993 -> 0.984).
"""
from __future__ import annotations

import datetime as dt
import re

# "The warning came", "The Commission's announcement came": a subject of one to three words opening the
# sentence, then the verb "came" right before the count
NAMED_ACT_CAME = re.compile(r"^\W*the\s+(?:[\w'\u2019-]+\s+){1,3}(?:came|comes)\s+$", re.I)
EXACT_DAYS = 6  # the longest count from the page's day taken as exact (a week and more are round figures)
# nothing before the count but a capitalised dateline and its dash: the count opens the sentence
OPENING = re.compile(r"^\W*(?:[A-Z][A-Z .'-]*[A-Z]\s*[\u2013\u2014-]+\s*)?$")


def shift_base(text: str, start: int, steps: int, reference: dt.date | None,
               lead: tuple[tuple[str, str, str], ...], page_day: dt.date | None) -> tuple[dt.date, str] | None:
    """(day, how it was found) that the "N days after" mention starting at `start` counts back from (`steps`:
    its signed days), in a sentence that states no day of its own; `lead` is the lead's days
    (events.dates.Anchor.lead), `page_day` the anchor's day when it is known to the day. None when there is
    nothing to count from."""
    if NAMED_ACT_CAME.match(text[:start]) and lead and lead[0][1] == "day":
        value, _, expression = lead[0]
        return dt.date.fromisoformat(value), f"the lead's '{expression}', the day of the act the subject names"
    if reference is not None:
        return reference, "the last day stated before the sentence"
    if page_day is not None and OPENING.match(text[:start]) and abs(steps) <= EXACT_DAYS:
        return page_day, "the page's day, its own act's (no day stated before it)"
    return None
