"""Nominal acts that report nothing done: the point a state of affairs runs from ("since a clash last year") and an
act under 'any' ("watch for any deployments"); events/generic.py since_point and any_act (session 17, readings2;
sentences written for this test)."""
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


def test_a_watch_for_any_deployment_is_no_deployment():
    found = summary(code("Kenya said it would watch closely for any Ugandan military deployments near the border."))
    assert not any(k == "MOBILIZE" for k, s, t in found), found


def test_an_answer_promised_to_any_attack_stays_a_threat():
    found = summary(code("Kenya said it would answer any new Ugandan attack with force."))
    assert any(k == "THREATEN" for k, s, t in found), found


def test_any_request_denied_stays_a_negated_request():
    events = code("Kenya said it had not received any request from Uganda for joint patrols.")
    assert any(e.event_type == "REQUEST" and e.status == "negated" for e in events), summary(events)
