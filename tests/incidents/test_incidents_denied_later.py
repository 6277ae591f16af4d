"""A denial made days after the act it denies is the act's incident (incidents/denied.py). Hand-built reports."""
from __future__ import annotations

from dataclasses import replace

from detente.incidents import assign_incidents

from tests.incidents.reports_kit import report


def _shelled():
    """"Ostrian guns shelled the Vardian post on the night of 4 July" (a page of the 6th states the day)."""
    return report("ASSAULT", doc="d1", outlet="Coast Herald", date="2024-07-04", stated=True, published="2024-07-06")


def _denial(cue: str, day: str = "2024-07-09"):
    """"Ostria denies its army fired on the Vardian post" (a page of `day`, dated by its lead's day)."""
    said = report("ASSAULT", doc="d2", outlet="Lake Times", status="negated", date=day, published=day)
    return replace(said, date_source="text", date_note=f"no date in the sentence; the lead's day, {day}",
                   status_cue=cue)


def test_a_denial_days_after_the_act_is_its_incident():
    (incident,) = assign_incidents([_shelled(), _denial("negator:deny")])
    assert incident.status == "asserted" and [c.field for c in incident.contradictions] == ["status"]


def test_a_negation_that_denies_nothing_stays_apart():
    # "no shell has landed on the post since": not a verb of denial
    assert len(assign_incidents([_shelled(), _denial("negation:no")])) == 2


def test_a_denial_weeks_later_is_of_another_act():
    assert len(assign_incidents([_shelled(), _denial("negator:deny", "2024-07-30")])) == 2
