"""A refusal told with no addressee answers the state that acted on its source just before
(events/answered_acts.py): wire38's "the country would not change course" (core REJECT LTU→CHN) had no target
because the page names a third state nearly as often as the counterpart. Our own sentences, coded through the
whole pipeline; each page names Chile as often as Peru, so events/counterpart.py gives no counterpart."""
from __future__ import annotations

import pytest

from detente import pipeline
from detente.events.answered_acts import ANSWER_TYPES
from detente.records import Document

OPENING = "Chile now has a trade office in La Paz, and Chilean exporters are pleased. "
ONE_DOER = ("Peru recalled its ambassador from Bolivia on Monday and warned that Bolivia would bear the "
            "consequences. ")
TWO_DOERS = ("Peru recalled its ambassador from Bolivia on Monday, and Chile urged Bolivia to reopen the "
             "border. ")


def last_sentence(*sentences: str) -> set[tuple]:
    text = "".join(sentences)
    coded = pipeline.code_documents([Document("d0", "t0.txt", None, "text", text)])[0]
    last = max(e.evidence.sentence_index for e in coded.events)
    return {(e.event_type, e.source.country, e.target.country if e.target else None, e.status)
            for e in coded.events if e.evidence.sentence_index == last}


@pytest.mark.parametrize("answer", [
    "Bolivia's foreign ministry said it regretted the step but that the country would not change course.",
    "La Paz said it would not alter its stance.",
])
def test_a_refusal_answers_the_state_that_acted_on_it(answer):
    assert ("REJECT", "BOL", "PER", "asserted") in last_sentence(OPENING, ONE_DOER, answer)


def answered_rules(*sentences: str) -> list[str]:
    coded = pipeline.code_documents([Document("d0", "t0.txt", None, "text", "".join(sentences))])[0]
    return [e.rule for e in coded.events if "tgt→answered" in e.rule]


def test_two_states_acting_on_it_leave_the_refusal_unaimed():
    assert answered_rules(OPENING, ONE_DOER, "La Paz said it would not alter its stance.")
    assert not answered_rules(OPENING, TWO_DOERS, "La Paz said it would not alter its stance.")


def test_a_negated_refusal_is_not_aimed():
    assert not answered_rules(OPENING, ONE_DOER, "La Paz did not reject the demand.")


def test_an_act_told_long_before_is_not_answered():
    filler = "The two capitals are four hours apart by air. Trade between them has grown for a decade. "
    found = last_sentence(OPENING, ONE_DOER, filler, "La Paz said it would not alter its stance.")
    assert ("REJECT", "BOL", "PER", "asserted") not in found


def test_only_refusals_are_read():
    assert ANSWER_TYPES == frozenset({"REJECT"})
