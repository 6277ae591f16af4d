"""An act by a body of states or by a third state, whose sentence names no target, is not aimed at the page's
"other state" (events/outsiders.py); an act by one side of the page's pair still is. Sentences written for
these tests."""
from __future__ import annotations

import pytest
from events_kit import code, summary

STORY = ("Chile accused Peru of sending patrol boats into its waters. Peru denied the charge and said its boats "
         "had stayed in Peruvian waters. Peru and Chile have argued over the sea boundary for years. ")


@pytest.mark.parametrize("text", [
    "NATO welcomed the release of the sailors on Friday.",       # a body of states
    "Kenya welcomed the release of the sailors on Friday.",      # a third state
    "NATO offered to send observers to the coast.",
    "NATO will pay for fuel for the joint patrols.",
])
def test_an_outsider_act_naming_no_target_has_none(text):
    coded = summary(code(STORY + text))
    assert not {e for e in coded if e[1] in ("NATO", "KEN") and e[2] in ("CHL", "PER")}, coded


def test_a_side_of_the_pair_keeps_the_other_state_as_target():
    coded = summary(code(STORY + "Chile welcomed the release of the sailors on Friday."))
    assert ("SUPPORT", "CHL", "PER") in coded, coded


def test_an_outsider_naming_its_target_keeps_it():
    coded = summary(code(STORY + "Kenya welcomed Peru's decision to release the sailors."))
    assert ("SUPPORT", "KEN", "PER") in coded, coded


def test_an_outsider_judging_the_unowned_step_keeps_the_page_state():
    # the decision is the page's news, made by the state the page is about
    coded = summary(code(STORY + "NATO criticised the decision."))
    assert {e for e in coded if e[1] == "NATO" and e[2] == "PER"}, coded


def test_an_outsider_giving_money_gives_it_to_the_page_state():
    # material help lands on the state the page is about, whoever gives it
    coded = summary(code(STORY + "NATO gave money to rebuild the harbour."))
    assert ("AID", "NATO", "PER") in coded, coded
