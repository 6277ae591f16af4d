"""Small readings of the parse shared by the argument modules (split out of roles.py, session 19): the words
coordinated with an argument, the objects of its prepositions, and whether a token is a verb."""
from __future__ import annotations

from detente.events.relative_lists import outer_list_member
from detente.events.triggers import children
from detente.records import Sentence, Token

ACTOR_POS = frozenset({"NOUN", "PROPN", "PRON", "ADJ"})


def with_conjuncts(sentence: Sentence, i: int) -> list[int]:
    """i and the words coordinated with it; "Pakistani and Afghan forces" gives the two modifiers."""
    mods = [c.i for c in children(sentence, i) if c.dep in ("amod", "compound")
            and any(k.dep == "conj" for k in children(sentence, c.i))]
    if mods:
        i = mods[0]
    out, frontier = [i], [i] + _apposed_names(sentence, i)
    while frontier:
        nxt = [c.i for j in frontier for c in children(sentence, j) if c.dep == "conj" and c.pos in ACTOR_POS
               and not outer_list_member(sentence, sentence.tokens[j], c)]
        out += nxt
        frontier = nxt
    return out


def _apposed_names(sentence: Sentence, i: int) -> list[int]:
    """The names in apposition to i that carry a conjunct: in "Spain's foreign minister, Ana Ruiz, and her
    Moroccan counterpart, Karim Benali, discussed ..." the parser hangs "and her counterpart" on the name, not
    on the title it names, so the pair lost its second member (wire43 w43_05, the class pages43 counted on 13
    development sentences: "X and his <nationality> counterpart, Y, ..."). Only the name's conjuncts are
    followed; the name itself stays out (it is the same person as i)."""
    return [c.i for c in children(sentence, i) if c.dep == "appos" and c.pos == "PROPN"
            and any(k.dep == "conj" and k.pos in ACTOR_POS for k in children(sentence, c.i))]


def pobjs(sentence: Sentence, i: int, preps: frozenset[str], deps: tuple[str, ...] = ("prep",)) -> list[int]:
    found = [p for p in children(sentence, i) if p.dep in deps and p.lemma.lower() in preps]
    # "strikes on Seoul and on US bases" (wire9): the parser joins the repeated preposition to the first one,
    # whose second object was lost
    found += [c for p in found for c in children(sentence, p.i) if c.dep == "conj" and c.lemma.lower() == p.lemma.lower()]
    return [o.i for p in found for o in children(sentence, p.i) if o.dep == "pobj"]


def is_verbal(token: Token) -> bool:
    return token.pos in ("VERB", "AUX") or token.tag.startswith("VB")
