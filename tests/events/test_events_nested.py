"""Acts nested in another clause that are events of their own (session 11, nested): our own sentences."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("text, expected", [
    ("Kenya refused a Ugandan request to hand over the suspects.", ("REQUEST", "UGA", "KEN")),
    ("Kenyan engineers landed in Uganda two days after Uganda's written request for help.", ("REQUEST", "UGA", "KEN")),
])
def test_a_request_with_its_maker_named_is_that_makers_event(text, expected):
    assert expected in summary(code(text))


def test_the_answer_to_the_request_stays_coded():
    found = summary(code("Kenya refused a Ugandan request to hand over the suspects."))
    assert ("REJECT", "KEN", "UGA") in found


def test_a_verb_judging_the_request_does_not_make_its_subject_the_addressee():
    found = summary(code("Norway backed Finland's call for restraint."))
    assert ("SUPPORT", "NOR", "FIN") in found and ("REQUEST", "FIN", "NOR") not in found


def test_a_request_left_unanswered_was_still_made():
    found = [e for e in code("Chile said Kenya had not addressed Ugandan demands.") if e.event_type == "REQUEST"]
    assert found and all(e.status == "asserted" for e in found)


def test_an_unowned_request_stays_part_of_the_refusal():
    assert not any(e.event_type == "REQUEST" for e in code("Chile rejected the demand to withdraw from Peru."))
