"""Sentence classes of issue #11, session 8 (branch sentences), each found failing on eval/sent-dev and
tested here with our own invented sentences: a visit told by its welcome ("was greeted by his
counterpart"), the patient of a passive verb coordinated with an active one, and a censure predicate the
parser hangs on the object's infinitive ("called the decision to hold drills a provocation")."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("sentence,expected", [
    # the visitor flew in and was greeted: the host consults the visitor (the passive shares the subject)
    ("The Kenyan foreign minister flew to Kampala and was greeted at the airport by his Ugandan counterpart.",
     ("CONSULT", "UGA", "KEN")),
    ("The Ugandan president greeted the visiting Kenyan minister at the airport.", ("CONSULT", "UGA", "KEN")),
    # the coordinated passive's patient is the first verb's subject, whatever the act
    ("Kenyan troops crossed the border and were attacked by Ugandan forces.", ("ASSAULT", "UGA", "KEN")),
    # the censure predicate hung on the object's infinitive as its second object
    ("Kenya called the Ugandan decision to close the border an unacceptable provocation.", ("ACCUSE", "KEN", "UGA")),
    ("Kenya called the Ugandan decision to hold military drills near the border a provocation.",
     ("ACCUSE", "KEN", "UGA")),
])
def test_sentence_class_is_coded(sentence, expected):
    assert expected in summary(code(sentence)), summary(code(sentence))


@pytest.mark.parametrize("sentence", [
    "Kenya greeted the Ugandan decision with relief.",  # greeting news is no visit
    "Crowds greeted the Kenyan president in Kampala.",  # nor is a crowd's welcome
    "Protesters greeted the Kenyan president with jeers in Kampala.",
])
def test_greeting_without_a_host_is_no_consultation(sentence):
    assert "CONSULT" not in {e.event_type for e in code(sentence)}


def test_an_infinitive_object_without_a_censure_word_is_no_accusation():
    # "a good start" predicates praise, not censure: no ACCUSE from the second object
    assert "ACCUSE" not in {e.event_type for e in code("Kenya called the Ugandan offer to hold talks a good start.")}
