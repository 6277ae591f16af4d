"""A past clause opened by "When", which the parser tags as a WRB adverb rather than a mark, reports an act
that took place, as "after" and "since" clauses do (events/coder._earlier_event; wire47: "When Sudan's President
broke off relations with Chad on Sunday, ..., he ended ..." lost the break)."""
from __future__ import annotations

from events_kit import code, summary


def test_a_past_when_clause_with_its_own_doer_is_an_event():
    found = summary(code("When Norway expelled two Chilean diplomats in March, Chile recalled its ambassador."))
    assert ("SANCTION", "NOR", "CHL") in found, found


def test_a_past_when_clause_breaking_off_relations_is_an_event():
    found = summary(code("When Peru broke off relations with Bolivia on Sunday, Chile called for calm."))
    assert ("SANCTION", "PER", "BOL") in found, found


def test_a_present_when_clause_stays_a_condition():
    found = summary(code("When Norway expels Chilean diplomats, Chile recalls its ambassador."))
    assert not any(k == "SANCTION" and s == "NOR" for k, s, t in found), found
