"""Session 32 (pages53): two classes of the blind page set eval/wire53. A refusal "as X had demanded" is aimed
at the story's other state although a clause of manner names who demanded it (events/demanders.py, cues.tsv
`demander`); a compromise, declaration or draft text turned down is aimed at its author named by a participle,
also when the text is the passive subject (events/authored_notes.py, cues.tsv `authored`). The sentences are this
file's own."""
from __future__ import annotations

import pytest

from detente.events.demanders import without_demanders
from events_kit import code, parsed, summary

# A two-state page: Peru and Chile are named often enough for Chile to be Peru's counterpart.
PAGE = ("Peru and Chile quarrelled again over the fishing zone. Chile said Peru had ignored the ruling. "
        "Peru rejected Chile's note. ")


def pairs(text: str) -> set[tuple]:
    return {(t, s, g) for t, s, g in summary(code(PAGE + text))}


@pytest.mark.parametrize("text", [
    "Peru said it would not withdraw the complaint as Chile had demanded.",
    "Peru would not pay the fine, as Chile had asked.",
])
def test_a_refusal_as_the_other_state_demanded_is_aimed_at_it(text):
    assert ("REJECT", "PER", "CHL") in pairs(text), pairs(text)


def test_the_manner_clause_leaves_the_act_clause():
    article, sentences = parsed("Peru would not withdraw the complaint as Chile had demanded.")
    sentence = sentences[0]
    tokens = sentence.tokens
    clause = set(range(len(tokens)))
    kept = without_demanders(sentence, clause)
    assert "Chile" not in {tokens[i].text for i in kept}
    assert "withdraw" in {tokens[i].text for i in kept}


def test_a_clause_of_time_stays():
    article, sentences = parsed("Peru would not withdraw the complaint as Chile arrived.")
    sentence = sentences[0]
    clause = set(range(len(sentence.tokens)))
    assert without_demanders(sentence, clause) == clause


@pytest.mark.parametrize("text", [
    "Lima turned down a compromise declaration drafted by the Chilean government.",
    "A compromise draft, circulated by Chile over the weekend, was turned down by Peru on Monday.",
])
def test_a_rejected_text_is_aimed_at_its_author(text):
    assert ("REJECT", "PER", "CHL") in pairs(text), pairs(text)
