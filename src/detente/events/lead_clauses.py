"""The day of the earlier act a lead tells in an "N days after <clause>" after its own day.

"Kuwait summoned Iran's envoy on Wednesday ..., a day after Guards boats forced the tanker into Iranian waters":
the clause's act is a day before the lead's Wednesday. As one of the lead's days it is the day a past perfect
after the lead looks back to ("The Guards had seized the tanker ...": events.dates._lead_for), and the day the
lead dates a noun by (named_in_lead). Only after a past day the lead writes before it in the same sentence: an
opening "Four days after ..." counts from the page's day instead (events/shift_base.py).
"""
from __future__ import annotations

import datetime as dt

from detente.events.date_patterns import DateMention, find_dates
from detente.events.dates import Anchor, resolve, shift_steps


def after_clause_day(lead: str, mention: DateMention, anchor: Anchor) -> tuple[str, str] | None:
    """(day, "day") of the act an "N days/weeks after <clause>" in the lead tells, counted back from the last
    past day the lead writes before it; None for any other mention or with no such day."""
    if mention.kind != "shift-clause" or (mention.groups.get("dir") or "").lower() != "after":
        return None
    reference = None
    for other in find_dates(lead):
        if other.end <= mention.start and not other.future:
            found = resolve(other, anchor)
            reference = found[0] if found and found[1] == "day" else reference
    if reference is None:
        return None
    # "N days after <clause>": the lead's day is N days after the clause's, so the clause's is N days before it
    return (dt.date.fromisoformat(reference) - dt.timedelta(days=shift_steps(mention))).isoformat(), "day"
