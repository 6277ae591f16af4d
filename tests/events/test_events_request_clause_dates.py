"""A day in a relative clause telling who made a refused request dates the request, not the refusal
(events/date_scope.py `_request_clause`, session 29, refusals24): "said on Thursday there was no need ...,
effectively turning down a request Belgrade sent on Tuesday" (wire40 w40_12) dated the refusal Tuesday."""
from __future__ import annotations

from events_kit import code


def _reject_day(sentence: str) -> str:
    return next(e.date.value for e in code(sentence) if e.event_type == "REJECT")


def test_the_refusal_keeps_the_sayers_day():
    assert _reject_day("Chile said on Thursday there was no need for talks, effectively turning down a request Peru "
                       "sent on Tuesday.") == "2019-03-14"  # the kit publishes on Thursday 2019-03-14


def test_a_day_outside_the_request_clause_still_dates_the_refusal():
    assert _reject_day("Chile turned down a request from Peru on Tuesday.") == "2019-03-12"
