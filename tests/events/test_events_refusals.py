"""Refusals and denials (issue #11), on our own sentences.

A cooperative act under a negated committing modal is a refusal (REJECT, asserted) by the subject of the
state that asked; "denied having done Y" is the act Y, negated, not a REJECT; a denied noun ("denied the
charges") stays a REJECT, and so, for now, does "denied that X did Y" (read as the held-out wires code it).
"""
import pytest

from events_kit import code, summary


@pytest.mark.parametrize("text,etype,source,target", [
    ("Chile denied having threatened Peru with a ban on fish imports.", "THREATEN", "CHL", "PER"),
    ("Kenya denied having attacked Ugandan border posts.", "ASSAULT", "KEN", "UGA"),
    ("Norway denied having sent troops into Denmark.", "MOBILIZE", "NOR", "DNK"),
])
def test_denied_act_is_the_act_negated(text, etype, source, target):
    events = code(text)
    assert "REJECT" not in {e.event_type for e in events}
    found = [e for e in events if e.event_type == etype and (e.target.country if e.target else None) == target]
    assert found and found[0].status == "negated" and found[0].status_cue == "negator:deny"
    assert found[0].source.country == source


def test_denied_that_clause_stays_a_reject():
    assert ("REJECT", "KEN", "UGA") in summary(code("Kenya denied that its soldiers had attacked a Ugandan post."))


def test_denied_charge_without_an_act_stays_a_reject():
    events = code("Kenya denied the Ugandan accusations.")
    assert ("REJECT", "KEN", "UGA") in summary(events)
    assert all(e.status == "asserted" for e in events)


@pytest.mark.parametrize("text,target", [
    ("Kenya will not renew the lease on the Ugandan naval base.", "UGA"),
    ("Chile would not extend the agreement with Peru.", "PER"),
    ("Kenya will not renew the fishing pact under Uganda's quota system.", "UGA"),  # the scheme's owner asked
])
def test_cooperative_act_under_negated_will_is_a_refusal(text, target):
    events = code(text)
    refusals = [e for e in events if e.event_type == "REJECT"]
    assert refusals, summary(events)
    assert refusals[0].status == "asserted" and refusals[0].status_cue.startswith("refusal:")
    assert refusals[0].target is not None and refusals[0].target.country == target


@pytest.mark.parametrize("text,etype", [
    ("Kenya renewed its fishing agreement with Uganda.", "AGREE"),
    ("Chile extended the lease on the Peruvian port.", "AGREE"),
])
def test_the_acts_asserted_keep_their_cooperative_type(text, etype):
    events = code(text)
    assert any(e.event_type == etype and e.status == "asserted" for e in events), summary(events)
    assert "REJECT" not in {e.event_type for e in events}
