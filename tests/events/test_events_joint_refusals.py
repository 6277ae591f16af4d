"""A joint act two parties will not do together is no refusal of one to the other (events/intent.py _joint_act):
session 33 read "will not cooperate" as a refusal (REJECT), and "the two states will not set up a joint commission"
became a REJECT each way between the two parties (eval/wire39 w39_03). A one-sided refusal stays one. Our own
sentences."""
from __future__ import annotations

from events_kit import code, summary


def test_a_joint_body_the_two_states_will_not_set_up_is_no_refusal():
    found = summary(code("Chile and Peru will not set up any joint commission, the mediator said."))
    assert not any(kind == "REJECT" for kind, _, _ in found), found


def test_a_one_sided_refusal_stays_a_refusal():
    found = summary(code("Peru will not extradite the former Chilean general, its justice minister said."))
    assert ("REJECT", "PER", "CHL") in found, found
