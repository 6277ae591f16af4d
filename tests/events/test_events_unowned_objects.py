"""Session 31 (pages51): two classes of the blind page set eval/wire51. A request or warning whose direct object
is a bare plural of states ("asked governments not to attend") is aimed at states left unnamed, not at the
story's other state (counterpart.unowned_plural_object, cues.tsv polity); a delegation, a session or a
conference called off or cancelled is a SANCTION like a called-off visit, not the CONCEDE of calling off one's
own strike (triggers.tsv 'call' prt:off and 'cancel' rows). The sentences are this file's own."""
from __future__ import annotations

import pytest

from detente.events.counterpart import unnamed_states
from events_kit import code, mentions_for, parsed, summary

# A two-state page: Peru and Chile are named often enough for Chile to be Peru's counterpart.
PAGE = ("Peru and Chile quarrelled again over the fishing zone. Chile said Peru had ignored the ruling. "
        "Peru rejected Chile's note. ")


def pairs(text: str) -> set[tuple]:
    return {(t, s, g) for t, s, g in summary(code(PAGE + text))}


@pytest.mark.parametrize("text", [
    "Lima asked governments not to send observers to the ceremony.",
    "Lima urged countries to stay away from the conference in Santiago.",
])
def test_a_bare_plural_of_states_is_not_the_counterpart(text):
    assert not {p for p in pairs(text) if p[0] == "REQUEST" and p[1] == "PER" and p[2] == "CHL"}, pairs(text)


@pytest.mark.parametrize("text, unnamed", [
    ("Lima asked governments not to send observers.", True),
    ("Lima asked its neighbours not to send observers.", False),  # an owner: may be the other state
    ("Lima asked the governments not to send observers.", False),  # definite: a known group
    ("Lima asked other countries not to send observers.", True),
    ("Lima asked Chile not to send observers.", False),
])
def test_unowned_plural_object(text, unnamed):
    article, sentences = parsed(text)
    sentence = sentences[0]
    trigger = next(t.i for t in sentence.tokens if t.lemma == "ask")
    assert unnamed_states(sentence, trigger, list(mentions_for(sentences))) is unnamed


def test_a_named_addressee_stays():
    assert ("REQUEST", "PER", "CHL") in pairs("Lima asked Chile not to send observers to the ceremony."), \
        pairs("Lima asked Chile not to send observers to the ceremony.")


@pytest.mark.parametrize("text", [
    "Chile called off the trade delegation it had planned to send to Peru.",
    "Chile has cancelled the next session of the joint border commission with Peru.",
])
def test_contacts_called_off_are_a_sanction(text):
    got = summary(code(text))
    assert any(t == "SANCTION" and s == "CHL" for t, s, _ in got), got
    assert not any(t == "CONCEDE" for t, _, _ in got), got


def test_a_strike_called_off_stays_a_concession():
    got = summary(code("Peruvian fishermen in Chile called off their strike after Chile agreed to talks."))
    assert not any(t == "SANCTION" for t, _, _ in got), got
