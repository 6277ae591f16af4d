"""A page's day bounds the act it tells (page_bound.py): a report dated only by its page does not join a group of its
month whose every stated day is later. Hand-built reports, our own wording: Lithuania "refused on Thursday to
take part in a joint inquiry" (stated, the 12th), and another outlet's lead of Monday the 9th, "Vilnius rejected
the protest note", on a page whose yearless date line took its year from the story."""
from __future__ import annotations

from dataclasses import replace

from detente.incidents import assign_incidents
from detente.incidents.page_bound import not_after

from tests.incidents.reports_kit import report


def _stated(day: str, doc: str = "d1"):
    return report("REJECT", "LTU", "BLR", doc=doc, published="2024-09-13", date=day, stated=True, sentence=3)


def _page_day(day: str, doc: str = "d2"):
    note = f"no date in the sentence; the lead's 'Monday' resolved against dateline {day}"
    return replace(report("REJECT", "LTU", "BLR", doc=doc, published=None, date=day, sentence=1),
                   date_source="story", date_note=note)


def _sizes(reports) -> list[int]:
    return sorted(len(i.event_ids) for i in assign_incidents(reports))


def test_a_page_day_before_every_stated_day_is_another_act():
    later, told = _stated("2024-09-12"), _page_day("2024-09-09")
    assert not_after([{"2024-09-12"}], told, [0]) == []
    assert _sizes([later, told]) == [1, 1]


def test_a_page_day_after_the_stated_day_still_retells_it():
    # a later page telling the act again, dated by its own lead: the month's group is still the act's
    earlier, told = _stated("2024-09-03"), _page_day("2024-09-09")
    assert not_after([{"2024-09-03"}], told, [0]) == [0]
    assert _sizes([earlier, told]) == [2]


def test_a_neighbouring_day_or_a_publication_date_is_not_bounded():
    day_after, told = _stated("2024-09-10"), _page_day("2024-09-09")
    assert _sizes([day_after, told]) == [2]  # outlets in other time zones (DAY_TOLERANCE)
    published = report("REJECT", "LTU", "BLR", doc="d3", published="2024-09-09", date="2024-09-09")
    assert not_after([{"2024-09-12"}], published, [0]) == [0]


def test_an_act_still_to_come_is_not_bounded():
    # "Vilnius will raise the matter at Thursday's meeting", told on Monday's page: the act comes after the page
    later, plan = _stated("2024-09-12"), replace(_page_day("2024-09-09"), status="pending")
    assert not_after([{"2024-09-12"}], plan, [0]) == [0]
