"""A page whose plan or denial its own sentence dates to another time than the act tells of another act, so it
does not dispute the act's status (incidents/other_time.py). Hand-built reports, no parser."""
from __future__ import annotations

from dataclasses import replace

from detente.incidents import assign_incidents

from tests.incidents.reports_kit import report


def _one(reports):
    (incident,) = assign_incidents(reports)
    return incident


def _met():
    """"The two foreign ministers met in Mombasa on Tuesday" (a page of that day)."""
    return report("CONSULT", doc="d1", outlet="Coast Herald", date="2024-05-14", published="2024-05-14")


def _dated(status: str, date: str, written: str, published: str = "2024-05-16"):
    """A report of another page whose own sentence states `written`, dated `date`."""
    base = report("CONSULT", doc="d2", outlet="Lake Times", status=status, date=date, stated=True, published=published)
    return replace(base, date_note=f"{written} resolved against metadata {published}")


def test_the_next_meeting_dated_by_its_sentence_is_no_dispute_of_the_meeting_held():
    # "the joint committee is due to meet in Kisumu on June 4", on a page two days after the ministers met
    assert _one([_met(), _dated("pending", "2024-06-04", "month-day: 'June 4'")]).contradictions == ()


def test_an_old_promise_dated_by_its_sentence_is_no_dispute():
    # "in 2019 the two presidents had promised regular meetings"
    assert _one([_met(), _dated("pending", "2019", "year: 'in 2019'")]).contradictions == ()


def test_a_body_that_has_not_met_since_an_earlier_year_is_no_denial():
    # "the border commission set up in 2016 has not met since then"
    assert _one([_met(), _dated("negated", "2016", "year: 'in 2016'")]).contradictions == ()


def test_a_denial_dated_by_the_day_it_was_made_still_disputes_the_act():
    # "Nairobi denied on Thursday that the ministers had met": a denial comes after the act
    incident = _one([_met(), _dated("negated", "2024-05-16", "weekday: 'Thursday'")])
    assert [c.field for c in incident.contradictions] == ["status"]


def test_a_plan_whose_day_is_not_its_own_sentence_s_still_disputes_the_act():
    # the same plan dated only by its page (no date in its sentence): which act it tells is not known
    plan = report("CONSULT", doc="d2", outlet="Lake Times", status="pending", date="2024-05-16", published="2024-05-16")
    assert [c.field for c in _one([_met(), plan]).contradictions] == ["status"]
