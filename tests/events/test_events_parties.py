"""Parties acting together: on what they share (their border), and agreeing with each other."""
from __future__ import annotations

from events_kit import code, summary


def test_parties_reopening_their_border_act_toward_each_other():
    found = summary(code("Chile and Peru reopened their border to lorries on Monday."))
    assert {("CONCEDE", "CHL", "PER"), ("CONCEDE", "PER", "CHL")} <= found


def test_the_border_between_them_and_the_bare_border_are_shared_too():
    for text in ("Chile and Peru reopened the border between the two nations on Monday.",
                 "Chilean and Peruvian officials reopened the border on Monday."):
        found = summary(code(text))
        assert ("CONCEDE", "CHL", "PER") in found and ("CONCEDE", "CHL", None) not in found, text


def test_a_third_state_named_as_target_stays_the_target():
    found = summary(code("Chile and Peru closed their border with Bolivia on Monday."))
    assert not {("SANCTION", "CHL", "PER"), ("SANCTION", "PER", "CHL")} & found


def test_two_parties_agreeing_on_a_further_act_agree_with_each_other():
    found = summary(code("Chile and Peru agreed to ask Norway for a meeting of the fisheries council."))
    assert any(k == "AGREE" and {s, t} == {"CHL", "PER"} for k, s, t in found)
    assert not any(k == "AGREE" and t == "NOR" for k, s, t in found)
