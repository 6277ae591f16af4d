"""A denial and a charge the denying state lays with "accuse" in one sentence are two acts (apart.CHARGE,
same_act.one_reply_links). Our own wording: "Sylvania denied that its troops crossed the line and accused Freedonia
of staging the raid"; "Sylvania denies shelling Freedonia, accuses rebels" (the charge's target borrowed from the
denial: one reply)."""
from __future__ import annotations

from dataclasses import replace

from detente.incidents import assign_incidents
from detente.incidents.apart import CHARGE, act_of

from tests.incidents.reports_kit import report

OWN = "verb:accuse src=climb:conj>nsubj tgt=object"
BORROWED = "verb:accuse src=climb:conj>nsubj tgt=object tgt→conjunct"


def _sizes(reports) -> list[int]:
    return sorted(len(i.event_ids) for i in assign_incidents(reports))


def _denial_and_charge(rule: str):
    denial = report("REJECT", "BOL", "PER", doc="d1", trigger=10, sentence=2, date="2024-05-14", stated=True)
    charge = report("ACCUSE", "BOL", "PER", doc="d1", trigger=60, sentence=2, date="2024-05-14", stated=True,
                    act=act_of("ACCUSE", rule))
    return denial, charge


def test_accuse_with_its_own_object_is_a_charge_and_with_a_borrowed_one_is_not():
    assert act_of("ACCUSE", OWN) == CHARGE
    assert act_of("ACCUSE", "verb:accuse+verb:allow src=subject tgt=object") == CHARGE
    assert act_of("ACCUSE", BORROWED) is None
    assert act_of("ACCUSE", "verb:condemn src=subject tgt=object") is None
    assert act_of("REJECT", OWN) is None


def test_a_denial_and_a_charge_of_ones_own_in_one_sentence_are_two_incidents():
    assert _sizes(list(_denial_and_charge(OWN))) == [1, 1]


def test_a_charge_whose_target_is_borrowed_from_the_denial_stays_one_reply():
    assert _sizes(list(_denial_and_charge(BORROWED))) == [2]
    # and so does a rejection coded beside a statement's words of censure ("issued a statement rejecting the protest")
    denial, charge = _denial_and_charge(BORROWED)
    assert _sizes([denial, replace(charge, act=None)]) == [2]
