"""A year the sentence writes is a stated date, even on a page anchored by that year alone (incidents.group.stated)."""
from __future__ import annotations

from dataclasses import replace

from detente.incidents import assign_incidents
from detente.incidents.group import stated

from tests.incidents.reports_kit import report


def _year(year: str, written: str, anchor: str, doc: str = "d1"):
    """An AGREE dated `year` by the words `written`, on a page whose dates were resolved against `anchor`."""
    base = report("AGREE", "MWI", "ZMB", doc=doc, date=year, stated=True)
    return replace(base, date_note=f"year: '{written}' resolved against text {anchor}")


def test_a_written_year_equal_to_a_year_only_anchor_is_stated():
    # "Malawi and Zambia signed a border accord in 2019" on a page with no day of its own, whose latest year is 2019
    assert stated(_year("2019", "in 2019", "2019")) == "2019"


def test_a_weekday_resolved_only_to_the_anchor_stays_vague():
    vague = replace(report("AGREE", "MWI", "ZMB", date="2019", stated=True),
                    date_note="weekday: 'Monday' resolved against text 2019")
    assert stated(vague) is None


def test_two_agreements_of_two_written_years_are_two_incidents():
    # "In 2018 the two police forces signed a memorandum" and another outlet's "the two states signed a
    # defence accord in 2019", on pages anchored by the years their texts name: two acts, not one
    memo = _year("2018", "In 2018", "2021-06-15")
    memo = replace(memo, date_note="year: 'In 2018' resolved against metadata 2021-06-15")
    accord = _year("2019", "in 2019", "2019", doc="d2")
    assert sorted(len(i.event_ids) for i in assign_incidents([memo, accord])) == [1, 1]


def test_the_same_written_year_by_two_outlets_is_one_incident():
    assert len(assign_incidents([_year("2019", "in 2019", "2019"), _year("2019", "in 2019", "2019", doc="d2")])) == 1


def test_a_promise_under_a_written_year_goes_with_that_year_not_the_largest_group():
    # "both states undertook, under the accord signed in 2008, to take the claim to the court" (pending, so no
    # stated date) beside this week's protocol (two outlets) and another outlet's "signed an accord in 2008"
    week = [report("AGREE", "MWI", "ZMB", date="2024-05-13", stated=True),
            report("AGREE", "MWI", "ZMB", doc="d2", date="2024-05-13", stated=True)]
    accord = replace(report("AGREE", "MWI", "ZMB", doc="d3", date="2008", stated=True),
                     date_note="year: 'in 2008' resolved against metadata 2024-05-14")
    promise = replace(report("AGREE", "MWI", "ZMB", doc="d4", date="2008", stated=True, status="pending"),
                      date_note="year: 'in 2008' resolved against metadata 2024-05-14")
    incidents = assign_incidents([*week, accord, promise])
    assert sorted(len(i.event_ids) for i in incidents) == [2, 2]
    assert next(i for i in incidents if promise.event_id in i.event_ids).date == "2008"


def test_an_undated_report_without_a_written_year_joins_the_largest_group():
    week = [report("AGREE", "MWI", "ZMB", date="2024-05-13", stated=True),
            report("AGREE", "MWI", "ZMB", doc="d2", date="2024-05-13", stated=True)]
    accord = replace(report("AGREE", "MWI", "ZMB", doc="d3", date="2008", stated=True),
                     date_note="year: 'in 2008' resolved against metadata 2024-05-14")
    guessed = replace(report("AGREE", "MWI", "ZMB", doc="d4", date="2008", stated=True, status="pending"),
                      date_note="no date in the sentence; the page's latest year 2008")
    assert sorted(len(i.event_ids) for i in assign_incidents([*week, accord, guessed])) == [1, 3]
