"""People listed after a plural title, each with a state: "the two foreign ministers, A of Peru and B of
Chile, signed an accord" stands for both states (issue #11, whoacts20: wire26 w26_11 "the two vice-ministers ...,
A of Peru and B of Bolivia, ... signed", wire18 w18_10 "signed by the two transport ministers, A of Ethiopia and
B of Djibouti"; the argument gave only the first state, so the AGREE had no partner). Each listed person's own
'of'/'from' phrase or a state word on the name gives one state; fewer than two states gives nothing.
"""
from __future__ import annotations

from detente.events.phrases import with_conjuncts
from detente.events.triggers import children
from detente.records import Mention, Sentence

OWN_PREPS = ("of", "from")


def _person_state(sentence: Sentence, i: int, mentions: list[Mention]) -> Mention | None:
    """The state of one listed person: a mention on the name itself, else its own 'of'/'from' object."""
    spots = [i] + [o.i for p in children(sentence, i) if p.dep == "prep" and p.lemma.lower() in OWN_PREPS
                   for o in children(sentence, p.i) if o.dep == "pobj"]
    for j in spots:
        found = [m for m in mentions if m.first <= j <= m.last and m.country]
        if found:
            return found[0]
    return None


def listed_people(sentence: Sentence, i: int, mentions: list[Mention]) -> list[Mention]:
    """The states of the people apposed to a plural title at i, one mention each, or [] when they name fewer
    than two states (one person, or a list of one state's people, keeps the argument's own reading)."""
    token = sentence.tokens[i]
    if token.tag not in ("NNS", "NNPS"):
        return []
    for appos in (c for c in children(sentence, i) if c.dep == "appos"):
        people = with_conjuncts(sentence, appos.i)
        states = [m for j in people if (m := _person_state(sentence, j, mentions)) is not None]
        if len(people) >= 2 and len(states) == len(people) and len({m.country for m in states}) > 1:
            return states
    return []
