"""Classes of eval/wire39 (session 26, helper pages39): another state's decision judged by a state ("regretted
X's decision to cut relations") is aimed at the judge (events/judged_decisions.py). Our own text."""
from __future__ import annotations

from events_kit import code, summary


def test_a_regretted_decision_to_cut_ties_is_aimed_at_the_regretting_state():
    found = summary(code("Peru on Friday regretted Chile's decision to cut diplomatic relations."))
    assert ("SANCTION", "CHL", "PER") in found
    assert ("SANCTION", "CHL", None) not in found


def test_a_criticised_move_to_shut_a_border_is_aimed_at_the_critic():
    assert ("SANCTION", "TGO", "GHA") in summary(code("Ghana criticised Togo's move to shut its border."))


def test_a_condemned_decision_through_a_preposition():
    found = summary(code("Kenya protested strongly over Uganda's decision to close the Busia crossing."))
    assert any(t == "KEN" for ty, s, t in found if s == "UGA"), found


def test_the_verdict_stays_the_judges_own_event():
    found = summary(code("Norway deplored Finland's decision to close the border crossing."))
    assert ("SANCTION", "FIN", "NOR") in found
    assert any(s == "NOR" and t == "FIN" for _, s, t in found), found


def test_a_decision_with_its_own_target_keeps_it():
    # a guard: the decided act that names its target ("expel Kenya's envoy") is not retargeted
    found = summary(code("Norway regretted Uganda's decision to expel Kenya's ambassador."))
    assert not any(s == "UGA" and t == "NOR" for _, s, t in found), found


def test_no_judge_without_a_state_subject():
    # a guard: a decision judged by nobody named gets no target from this rule
    found = summary(code("Critics regretted Chile's decision to cut diplomatic relations."))
    assert not any(s == "CHL" and t is not None for _, s, t in found), found
