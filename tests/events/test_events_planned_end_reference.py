"""events.page_anchor.with_context: a planned end told as a bound ("would go on until August 10") is no day the
page has told, so "hours later" / "the next day" in a later sentence do not count from it (session 26, helper
dates19: eval/wire35 w35_11, a refusal "hours later" dated a week after the page). Sentences written for these
tests."""
from __future__ import annotations

import datetime as dt

from detente.events.dates import Anchor, event_date
from detente.events.page_anchor import with_context

ANCHOR = Anchor(dt.date(2023, 8, 3), "day", "metadata")  # a Thursday


def _dated(first: str, second: str, trigger: str) -> str | None:
    texts = (first, second)
    anchor = with_context(ANCHOR, first, texts)
    return event_date(second, second.index(trigger), anchor, "page").value


def test_hours_later_does_not_count_from_a_planned_end():
    first = "Ruritania offered talks on Wednesday, adding that its drills would go on as planned until August 10."
    assert _dated(first, "Freedonia rejected the offer hours later.", "rejected") == "2023-08-02"


def test_the_next_day_does_not_count_from_a_planned_end():
    first = "Ruritania said on Monday that the border post will stay shut until 20 August."
    assert _dated(first, "The next day Freedonia recalled its envoy.", "recalled") == "2023-08-01"


def test_a_past_bound_still_counts():
    # a bound told of the past is a day the page has told ("held until Tuesday"): unchanged
    first = "Ruritania held the two fishermen until Tuesday."
    assert _dated(first, "The next day Freedonia thanked Ruritania.", "thanked") == "2023-08-02"
