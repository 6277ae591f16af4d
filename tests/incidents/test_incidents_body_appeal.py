"""A state's request to a body of states, retold on later pages dated by their own leads, is one appeal
(loose.to_a_body). Hand-built reports, our own wording: "Kenya has asked the Commonwealth to put the incident on
its agenda" (lead's Monday), and ten days on "Nairobi's letter asking the Commonwealth to mediate ..." (that
page's lead's Thursday)."""
from __future__ import annotations

from dataclasses import replace

from detente.incidents import assign_incidents
from detente.incidents.loose import apart_in_time, to_a_body

from tests.incidents.reports_kit import report


def _lead(target: str, day: str, doc: str):
    return replace(report("REQUEST", "KEN", target, doc=doc, sentence=9, date=day), date_source="text",
                   date_note=f"no date in the sentence; the lead's 'Monday' resolved against metadata {day}")


def test_an_appeal_to_a_body_retold_ten_days_on_is_one_appeal():
    asked, retold = _lead("IGO", "2024-05-13", "d1"), _lead("IGO", "2024-05-23", "d2")
    assert to_a_body(asked)
    assert len(apart_in_time([asked, retold])) == 1
    assert len(assign_incidents([asked, retold])) == 1


def test_requests_to_a_state_a_week_apart_stay_two_demands():
    asked, again = _lead("TZA", "2024-05-13", "d1"), _lead("TZA", "2024-05-23", "d2")
    assert not to_a_body(asked)
    assert len(apart_in_time([asked, again])) == 2


def test_an_appeal_to_a_body_months_later_is_another_appeal():
    asked, later = _lead("UNO", "2024-05-13", "d1"), _lead("UNO", "2024-07-20", "d2")
    assert len(apart_in_time([asked, later])) == 2
