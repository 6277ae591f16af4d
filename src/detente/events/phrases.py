"""Small readings of the parse shared by the argument modules (split out of roles.py, session 19): the words
coordinated with an argument, the objects of its prepositions, and whether a token is a verb."""
from __future__ import annotations

from detente.events.triggers import children
from detente.records import Sentence, Token

ACTOR_POS = frozenset({"NOUN", "PROPN", "PRON", "ADJ"})


def with_conjuncts(sentence: Sentence, i: int) -> list[int]:
    """i and the words coordinated with it; "Pakistani and Afghan forces" gives the two modifiers."""
    mods = [c.i for c in children(sentence, i) if c.dep in ("amod", "compound")
            and any(k.dep == "conj" for k in children(sentence, c.i))]
    if mods:
        i = mods[0]
    out, frontier = [i], [i]
    while frontier:
        nxt = [c.i for j in frontier for c in children(sentence, j) if c.dep == "conj" and c.pos in ACTOR_POS]
        out += nxt
        frontier = nxt
    return out


# the last sentence asked about and its (i, preps, deps) -> objects; held as tree.children holds its table
_POBJS: list = [None, {}]


def pobjs(sentence: Sentence, i: int, preps: frozenset[str], deps: tuple[str, ...] = ("prep",)) -> list[int]:
    """The objects of token i's prepositions in `preps` (attached with a label in `deps`), in text order. Kept per
    sentence: the argument readers ask the same question of one sentence many times (the largest caller of
    `tree.children` after session 25's token memo, docs/scaling.md). A new list each call, as callers extend it."""
    if not isinstance(preps, frozenset) or not isinstance(deps, tuple):
        return _pobjs(sentence, i, preps, deps)
    if _POBJS[0] is not sentence:
        _POBJS[:] = [sentence, {}]
    key = (i, preps, deps)
    found = _POBJS[1].get(key)
    if found is None:
        found = _POBJS[1][key] = tuple(_pobjs(sentence, i, preps, deps))
    return list(found)


def _pobjs(sentence: Sentence, i: int, preps, deps) -> list[int]:
    found = [p for p in children(sentence, i) if p.dep in deps and p.lemma.lower() in preps]
    # "strikes on Seoul and on US bases" (wire9): the parser joins the repeated preposition to the first one,
    # whose second object was lost
    found += [c for p in found for c in children(sentence, p.i) if c.dep == "conj" and c.lemma.lower() == p.lemma.lower()]
    return [o.i for p in found for o in children(sentence, p.i) if o.dep == "pobj"]


def is_verbal(token: Token) -> bool:
    return token.pos in ("VERB", "AUX") or token.tag.startswith("VB")
