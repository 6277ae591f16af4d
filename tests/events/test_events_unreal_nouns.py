"""Nominal acts that report nothing done: the point a state of affairs runs from ("since a clash last year");
events/generic.py since_point (session 17, readings2; sentences written for this test)."""
from __future__ import annotations

from events_kit import code, summary


def test_a_clash_named_as_where_tension_began_is_no_event():
    found = summary(code("Relations between Kenya and Uganda have been tense since a clash on the lake last year."))
    assert not any(k == "ASSAULT" for k, s, t in found), found


def test_an_accord_named_as_a_starting_point_is_no_agreement():
    found = summary(code("Since the 2015 accord, Kenya has built three dams on the river, Ugandan officials said."))
    assert not any(k == "AGREE" for k, s, t in found), found


def test_a_since_clause_with_its_own_verb_still_tells_an_act():
    found = summary(code("Kenya has refused to talk to Uganda since Uganda expelled its envoy."))
    assert ("REJECT", "KEN", "UGA") in found, found
    assert any(k == "SANCTION" and s == "UGA" for k, s, t in found), found
