"""A broker's mediation is one month's work (incidents/brokers.py, called by group.broker_links)."""
from __future__ import annotations

from detente.incidents import assign_incidents
from detente.incidents.brokers import one_mediation_links

from tests.incidents.reports_kit import report


def _sizes(reports) -> list[int]:
    return sorted(len(i.event_ids) for i in assign_incidents(reports))


def _deal_told_over_months():
    """Bolivia and Peru agreed a roadmap "in July" (stated), retold in a November page that states a day of
    November too; Chile mediated in July (stated month) and telephoned both on a Sunday of November, told on a
    page of that week (a story day, stated for no group)."""
    deal = [report("AGREE", "BOL", "PER", doc="d1", date="2022-07", stated=True),
            report("AGREE", "BOL", "PER", doc="d2", date="2022-07", stated=True),
            report("AGREE", "PER", "BOL", doc="d3", date="2022-11-26", stated=True)]
    july = [report("CONSULT", "CHL", "BOL", doc="d1", date="2022-07", stated=True, trigger=500),
            report("CONSULT", "CHL", "PER", doc="d1", date="2022-07", stated=True, trigger=500)]
    november = [report("CONSULT", "CHL", "BOL", doc="d3", published="2022-11-28", date="2022-11-27", trigger=700),
                report("CONSULT", "CHL", "PER", doc="d3", published="2022-11-28", date="2022-11-27", trigger=700)]
    return deal, july, november


def test_a_brokers_mediation_in_july_and_its_calls_in_november_are_two_incidents():
    deal, july, november = _deal_told_over_months()
    assert _sizes(deal + july + november) == [1, 2, 2, 2]  # the November deal day; the July deal; July; November


def test_a_brokers_groups_of_one_month_still_join_and_an_undated_one_joins_the_first():
    groups = [[report("CONSULT", "CHL", "BOL", date="2022-07", stated=True)],
              [report("AGREE", "CHL", "BOL", date="2022-07-12", stated=True)],
              [report("CONSULT", "CHL", "BOL", date="2022-11-27", stated=True)],
              [report("CONSULT", "CHL", "BOL", date=None)]]
    assert sorted(one_mediation_links(groups, [0, 1, 2, 3])) == [(0, 1), (0, 3)]


def test_a_group_stating_no_month_is_placed_by_its_pages_month():
    groups = [[report("CONSULT", "CHL", "BOL", date="2022-07", stated=True)],
              [report("CONSULT", "CHL", "BOL", published="2022-11-28", date="2022-11-27")],
              [report("CONSULT", "CHL", "BOL", published="2022-07-20", date="2022-07-20")]]
    assert sorted(one_mediation_links(groups, [0, 1, 2])) == [(0, 2)]
