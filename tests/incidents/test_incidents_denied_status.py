"""An incident one page says happened and others deny is asserted, and disputed (incidents/resolve.py, _status):
a denial does not outvote the report of the act. Hand-built reports, no parser."""
from __future__ import annotations

from detente.incidents import assign_incidents

from tests.incidents.reports_kit import report


def _one(reports):
    (incident,) = assign_incidents(reports)
    return incident


def _shelling(doc: str, status: str, outlet: str):
    return report("ASSAULT", "ARM", "AZE", doc=doc, outlet=outlet, status=status, date="2024-03-13",
                  published="2024-03-15")


def test_a_clash_told_by_one_outlet_and_denied_by_two_stays_asserted_and_disputed():
    incident = _one([_shelling("d1", "asserted", "Valley Post"), _shelling("d2", "negated", "Capital News"),
                     _shelling("d3", "negated", "Capital News Online")])
    assert incident.status == "asserted"
    assert [c.field for c in incident.contradictions] == ["status"]


def test_denials_beside_a_promise_and_no_report_of_the_act_keep_the_majority():
    incident = _one([_shelling("d1", "pending", "Valley Post"), _shelling("d2", "negated", "Capital News"),
                     _shelling("d3", "negated", "Capital News Online")])
    assert incident.status == "negated"


def test_a_report_a_promise_and_two_denials_keep_the_majority():
    # a page says it is still to come: whether it happened is what the pages disagree on, so most pages decide
    incident = _one([_shelling("d1", "asserted", "Valley Post"), _shelling("d4", "pending", "Lake Times"),
                     _shelling("d2", "negated", "Capital News"), _shelling("d3", "negated", "Capital News Online")])
    assert incident.status == "negated"
