"""Newcomer review, session 23: a status dispute needs two sources whose statuses have none in common."""
from __future__ import annotations

from detente.incidents import assign_incidents

from tests.incidents.reports_kit import report


def _one(reports):
    (incident,) = assign_incidents(reports)
    return incident


def test_pages_of_a_conditional_promise_beside_pages_that_also_give_it_are_no_dispute():
    # two pages each tell one asserted and one pending report (a tie, read as asserted), three pages tell only
    # the pending promise: every page shares "pending" with the others, so no source contradicts another
    mixed = [report(doc=d, status=s, published="2024-06-03") for d in ("d1", "d2") for s in ("asserted", "pending")]
    pending = [report(doc=d, status="pending", published="2024-06-03") for d in ("d3", "d4", "d5")]
    assert _one(mixed + pending).contradictions == ()


def test_a_page_that_only_says_it_happened_against_one_that_only_promises_it_is_still_a_dispute():
    incident = _one([report(doc="d1", status="asserted", published="2024-06-03"),
                     report(doc="d2", status="pending", published="2024-06-04")])
    assert [c.field for c in incident.contradictions] == ["status"]


def test_a_mixed_page_against_a_denial_is_still_a_dispute():
    incident = _one([report(doc="d1", status="asserted"), report(doc="d1", status="pending"),
                     report(doc="d2", status="negated")])
    assert [c.field for c in incident.contradictions] == ["status"]
