"""A verbal act coordinated with a reported clause is the reporter's (events/reported_conjunct.py), on our own
sentences."""
from __future__ import annotations

import pytest

from events_kit import code, parsed, summary
from detente.events.reported_conjunct import names_own_subject, reporter_of_conjunct


def _token(sentence, word):
    return next(t.i for t in sentence.tokens if t.text == word)


@pytest.mark.parametrize("text", [
    # the act's object repeats the reported clause's subject: the clause's subject would call itself so
    "Kenya's foreign minister said Uganda's junta was out of control and called the junta illegitimate.",
    "Kenya's foreign minister said that Uganda's army had entered the town and accused the army of looting.",
])
def test_an_act_whose_object_repeats_the_reported_subject_is_the_reporters(text):
    found = summary(code(text))
    assert any(t == "ACCUSE" and s == "KEN" for t, s, _ in found)
    assert not any(t == "ACCUSE" and s == "UGA" for t, s, _ in found)


def test_an_act_on_another_object_keeps_the_clause_subject():
    # "Uganda's army ... and accused Tanzania": nothing repeats, the parse's reading stands
    sentence = parsed("Kenya's foreign minister said that Uganda's army had entered the town and accused "
                      "Tanzania of looting.", "body")[1][0]
    assert not names_own_subject(sentence, _token(sentence, "accused"))


def test_the_repeated_noun_is_read_inside_an_object_predicate():
    sentence = parsed("Kenya's foreign minister said Uganda's junta was out of control and called the junta "
                      "illegitimate.", "body")[1][0]
    called = _token(sentence, "called")
    assert names_own_subject(sentence, called)
    assert [sentence.tokens[i].text for i in reporter_of_conjunct(sentence, called)] == ["minister"]


def test_a_clause_the_trigger_heads_has_no_reporter():
    sentence = parsed("Kenya accused Uganda's junta of looting.", "body")[1][0]
    assert reporter_of_conjunct(sentence, _token(sentence, "accused")) == []
