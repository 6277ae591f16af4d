"""A deal that "collapses" has ended: the step is `expired`, not `agreed` (session 33 newcomer: a headline
"Ceasefire between ... collapses" gave the ceasefire an `agreed` step on the day it broke)."""
from __future__ import annotations

import pytest

from detente.agreements.lifecycle import report_stage


@pytest.mark.parametrize("trigger, sentence", [
    ("Truce", "Truce between Ostria and Vardia collapses"),
    ("ceasefire", "The ceasefire on the lake collapsed on Sunday when shelling resumed."),
    ("accord", "The fishing accord has collapsed, officials in both capitals said."),
])
def test_a_deal_that_collapses_has_ended(trigger, sentence):
    assert report_stage("AGREE", "asserted", trigger, sentence) == "expired"


def test_a_collapse_threatened_is_no_step():
    # "the truce could collapse": an ending only feared says nothing yet of the deal's state
    assert report_stage("AGREE", "pending", "truce", "Officials warned that the truce could collapse.") is None


def test_the_deal_agreed_after_an_earlier_one_collapsed_is_agreed():
    # the trigger's own word decides first
    assert report_stage("AGREE", "asserted", "agreed", "After the first truce collapsed, the two sides agreed a new "
                        "one.") == "agreed"


@pytest.mark.parametrize("trigger, sentence", [
    ("threat", "Ostria did not say whether its minister's threat to suspend the fishing accord still stood."),
    ("threatened", "The minister, who had threatened to quit the accord, said the question of suspension was closed."),
])
def test_a_threat_to_end_a_deal_is_no_end_of_it(trigger, sentence):
    # eval/wire21's navigation agreement read "suspended" from threats told as done (THREATEN, asserted)
    assert report_stage("THREATEN", "asserted", trigger, sentence) is None
