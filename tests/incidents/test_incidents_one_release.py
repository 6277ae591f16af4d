"""A release and a handing over one page tells in two sentences, same pair and day, are one release
(same_act.one_release_links). Hand-built reports, our own wording: "Three Kenyan wardens stepped off a ferry
at Kisumu on Tuesday, hours after Kampala let them go" (CONCEDE, the lead) and, paragraphs on, "the wardens
had been freed because the inquiry found no reason to hold them" (RETREAT, dated by the lead's Tuesday)."""
from __future__ import annotations

from dataclasses import replace

from detente.incidents import assign_incidents
from detente.incidents.same_act import one_release_links

from tests.incidents.reports_kit import report

DAY = "2024-05-14"


def _handed(doc: str = "d1", day: str = DAY):
    return report("CONCEDE", "UGA", "KEN", doc=doc, sentence=2, date=day, stated=True)


def _freed(doc: str = "d1", day: str = DAY):
    return report("RETREAT", "UGA", "KEN", doc=doc, sentence=14, date=day)


def _groups(reports) -> list[set[str]]:
    return sorted((set(i.event_ids) for i in assign_incidents(reports)), key=lambda g: (len(g), sorted(g)))


def test_one_page_release_and_handing_over_of_one_day_are_one_incident():
    handed, freed = _handed(), _freed()
    assert _groups([handed, freed]) == [{handed.event_id, freed.event_id}]


def test_the_link_joins_the_two_groups_that_hold_them():
    handed, freed = _handed(), _freed()
    assert list(one_release_links([[handed], [freed]])) == [(0, 1)]


def test_another_day_another_page_or_a_pending_release_stays_apart():
    handed = _handed()
    for freed in (_freed(day="2024-05-20"), _freed(doc="d2"), replace(_freed(), status="pending")):
        assert list(one_release_links([[handed], [freed]])) == []


def test_a_month_only_date_or_another_pair_is_not_linked():
    handed = _handed()
    month = replace(_freed(), date="2024-05", date_precision="month")
    other = replace(_freed(), target_country="TZA")
    assert list(one_release_links([[handed], [month]])) == []
    assert list(one_release_links([[handed], [other]])) == []
