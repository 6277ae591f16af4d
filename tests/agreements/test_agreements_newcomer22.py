"""Newcomer review, session 22: "the Baltic grain export deal" describes the story's Baltic Grain Corridor
Initiative by its goods, the word before "export"; it was listed as a second deal ("export deal"). Sentences
written for these tests."""
from __future__ import annotations

from detente.agreements import follow_agreements
from detente.agreements.names import find_names

from tests.agreements.test_agreements_described import report

NAMED = "Norway and Iceland signed the Baltic Grain Corridor Initiative in Oslo on Monday."


def test_a_common_name_keeps_the_subject_word_before_a_second_one():
    (hit,) = find_names("Iceland suspended its part in the Baltic grain export deal on Friday.")
    assert hit.text == "grain export deal" and not hit.proper


def test_a_description_by_its_first_subject_word_is_the_named_deal():
    later = report("Iceland suspended its part in the Baltic grain export deal on Friday.", "suspended",
                   source="ISL", target="NOR", event_type="REJECT", date="2024-07-19")
    (deal,) = follow_agreements([report(NAMED), later])
    assert deal.name == "Baltic Grain Corridor Initiative" and len(deal.stages) == 2


def test_a_description_of_other_goods_stays_apart():
    other = report("Iceland suspended its part in the fish export deal on Friday.", "suspended",
                   source="ISL", target="NOR", event_type="REJECT", date="2024-07-19")
    assert len(follow_agreements([report(NAMED), other])) == 2
