"""Session 33 (refusals33), core recall of issue #11: refusals, the largest class of missed core rows. A refusal that
names no target answers the request made of its doer just before (events/refused_requests.py), an agentless one
("the request had been refused") the two parties of that request; "will pay nothing" and
"will not say sorry" are refusals (data rows in events/data/triggers.tsv: say, pay).
Our own sentences."""
from __future__ import annotations

from events_kit import code, summary


def _rejects(text: str) -> set[tuple]:
    return {t for t in summary(code(text)) if t[0] == "REJECT"}


def test_bare_refusal_answers_the_request_just_before():
    # wire9 w9_11, wire24 w24_04: the refusal was coded with its doer and no target
    assert ("REJECT", "KEN", "UGA") in _rejects("Uganda asked for the release of the fishermen. Kenya refused.")


def test_paying_nothing_is_a_refusal_said_now():
    events = code("Uganda demanded compensation. Kenya would pay nothing to anyone, the minister said.")
    assert ("REJECT", "KEN", "UGA") in summary(events), summary(events)
    assert all(e.status == "asserted" for e in events if e.event_type == "REJECT")


def test_will_not_say_sorry_is_a_refusal():
    # wire14 w14_11, wire26 w26_12: an apology asked for and refused coded nothing
    assert ("REJECT", "PER", "CHL") in _rejects("Chile asked Peru to say sorry. Peru will not say sorry for "
                                                "applying its laws, the minister said.")


def test_saying_sorry_is_no_refusal():
    assert not _rejects("The Peruvian minister said sorry for the arrests of the Chilean fishermen.")


def test_agentless_refusal_is_the_asked_states():
    # wire24 w24_04 "That request, too, has been turned down", wire25 w25_08 "said the request had been refused"
    assert ("REJECT", "UGA", "KEN") in _rejects("Kenya asked Uganda for compensation. The Ugandan minister said the "
                                                "request had been refused.")


def test_refusal_with_a_named_target_keeps_it():
    rejects = _rejects("Uganda asked Kenya for help. Kenya rejected Norway's offer.")
    assert ("REJECT", "KEN", "NOR") in rejects and ("REJECT", "KEN", "UGA") not in rejects


def test_request_made_of_another_state_is_not_answered():
    assert ("REJECT", "KEN", "UGA") not in _rejects("Uganda asked Norway for help. Kenya refused.")


def test_request_long_before_is_not_answered():
    text = ("Uganda asked for the release of the fishermen. The talks went on. The boats stayed in port. "
            "The crews waited. Ministers met in Oslo. Kenya refused.")
    assert ("REJECT", "KEN", "UGA") not in _rejects(text)


def test_bare_refusal_after_an_offer_answers_the_offerer():
    # wire31 w31_07 shape: the offer told a sentence before the bare refusal (events/declined_offer.py reads one sentence)
    assert ("REJECT", "UGA", "KEN") in _rejects("Kenya offered last week to host talks on the lake in Nairobi. "
                                                "Uganda refused, saying the matter was bilateral.")


def test_falling_figures_and_reticence_are_no_refusal():
    assert not _rejects("Kenyan exports to Uganda declined sharply last year.")
    assert not _rejects("The Kenyan minister declined an interview with Ugandan radio.")
    assert not _rejects("Asked about the Ugandan claims, the Kenyan minister declined to comment.")


def test_offer_two_sentences_up_is_not_answered():
    # wire32 w32_04: a third state's venue offered two sentences before a refusal of talks aimed elsewhere
    text = ("Norway offered Oslo as a venue for talks. The commission is to meet on Thursday. "
            "Kenya would not discuss the island until Ugandan troops left it.")
    assert ("REJECT", "KEN", "NOR") not in _rejects(text)


def test_talks_refused_until_the_other_side_acts_do_not_answer_an_urging():
    # wire32 w32_04: a third state's call for dialogue three sentences up is not what "would not discuss" refuses
    text = ("Norway urged them to resolve all questions through dialogue. The commission is to meet on Thursday. "
            "Kenya said it would not discuss the water intake until Ugandan troops left it.")
    assert ("REJECT", "KEN", "NOR") not in _rejects(text)


def test_request_told_after_the_refusal_in_its_sentence_is_answered():
    # wire52 w52_06: "ruled out ..., a day after X had again demanded a halt"; a third state's call before it is not
    text = ("Norway called on both neighbours to resolve the dispute through dialogue. On Thursday Kenya ruled out "
            "suspending work on the dam, a day after Uganda had again demanded a halt.")
    rejects = _rejects(text)
    assert ("REJECT", "KEN", "NOR") not in rejects, rejects
