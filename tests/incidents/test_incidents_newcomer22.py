"""Newcomer review, session 22: a source that tells fewer of an incident's attackers or days omits, it does not
dispute (a mutual clash read "parties disputed" because one page told only one side's blows)."""
from __future__ import annotations

from detente.incidents.contradictions import contradictions

from tests.incidents.reports_kit import report

DAY = dict(date="2024-05-13", stated=True)


def test_a_page_naming_one_side_of_a_mutual_clash_does_not_dispute_who_attacked():
    reports = [report("ASSAULT", "ARM", "AZE", doc="d1", outlet="A", **DAY),
               report("ASSAULT", "AZE", "ARM", doc="d1", outlet="A", **DAY),
               report("ASSAULT", "ARM", "AZE", doc="d2", outlet="B", **DAY),
               report("ASSAULT", "AZE", "ARM", doc="d2", outlet="B", **DAY),
               report("ASSAULT", "AZE", "ARM", doc="d3", outlet="C", **DAY)]
    assert contradictions(reports) == ()


def test_pages_naming_different_attackers_alone_still_dispute_who_attacked():
    reports = [report("ASSAULT", "ARM", "GEO", doc="d1", outlet="A", **DAY),
               report("ASSAULT", "AZE", "GEO", doc="d2", outlet="B", **DAY),
               report("ASSAULT", "AZE", "GEO", doc="d3", outlet="C", **DAY)]
    (dispute,) = contradictions(reports)
    assert dispute.field == "parties"
    assert {c.value: c.outlets for c in dispute.claims} == {"ARM": ("A",), "AZE": ("B", "C")}


def test_a_page_giving_a_second_day_beside_the_day_all_give_is_no_date_dispute():
    # one page tells the clash on the 13th and, of a report a day later, the 14th; no page gives the 14th alone
    reports = [report("ASSAULT", "ARM", "AZE", doc="d1", outlet="A", **DAY),
               report("ASSAULT", "ARM", "AZE", doc="d2", outlet="B", **DAY),
               report("ASSAULT", "ARM", "AZE", doc="d2", outlet="B", date="2024-05-14", stated=True)]
    assert contradictions(reports) == ()


def test_pages_stating_different_days_alone_still_dispute_the_date():
    reports = [report("ASSAULT", "ARM", "AZE", doc="d1", outlet="A", **DAY),
               report("ASSAULT", "ARM", "AZE", doc="d2", outlet="B", date="2024-05-14", stated=True)]
    (dispute,) = contradictions(reports)
    assert dispute.field == "date"
