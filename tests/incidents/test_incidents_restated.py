"""A threat restated within a week is one warning (restated.join_restated). Hand-built reports, our own wording:
"Kenya would take the dispute to the regional court if the buoys were not back within ten days" (told on 7 May)
and "Kenya repeated that it would go to the court" (13 May), one story."""
from __future__ import annotations

import pytest

from detente.incidents import assign_incidents
from detente.incidents.restated import RESTATED_DAYS, join_restated

from tests.incidents.reports_kit import report


def _threat(day: str, doc: str = "d1", source: str = "KEN", target: str = "TZA", event_type: str = "THREATEN",
            story: str = "s1"):
    return report(event_type, source, target, doc=doc, story=story, date=day, published=day, stated=True)


def _count(reports) -> int:
    return len(assign_incidents(reports))


def test_a_threat_retold_six_days_on_is_one_warning():
    assert _count([_threat("2024-05-07"), _threat("2024-05-13", doc="d2")]) == 1


@pytest.mark.parametrize("later", [
    _threat("2024-06-20", doc="d2"),  # weeks on: a warning of its own
    _threat("2024-05-13", doc="d2", source="UGA"),  # another state's threat
    _threat("2024-05-13", doc="d2", source="TZA", target="KEN"),  # the other side's warning back
    _threat("2024-05-13", doc="d2", story="s2"),  # another story
    _threat("2024-05-13", doc="d2", event_type="REQUEST"),  # a demand made again is counted each day (asks.RETOLD)
])
def test_other_acts_and_days_stay_apart(later):
    assert _count([_threat("2024-05-07"), later]) == 2


def test_restated_threats_chain_and_other_parts_pass_through():
    first, second, third = _threat("2024-05-01"), _threat("2024-05-07"), _threat("2024-05-14")
    other = _threat("2024-05-07", event_type="REQUEST")
    parts = join_restated([[third], [other], [first], [second]])
    assert sorted(len(p) for p in parts) == [1, 3]
    assert [other] in parts
    assert RESTATED_DAYS == 7


def test_a_threat_of_a_bare_year_stays_apart():
    # "In 2009 Iran threatened ...": no day to measure a week from (eval/wire27)
    parts = join_restated([[_threat("2009", doc="d2")], [_threat("2024-05-07")], [_threat("2024-05-09")]])
    assert sorted(len(p) for p in parts) == [1, 2]
