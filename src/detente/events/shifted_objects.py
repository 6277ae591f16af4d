"""An object the parser moved past its 'as' predicate: "condemned as illegal X's decision".

Moved out of events/roles.py (session 34) unchanged: roles.target_tokens reads the object found here when a
trigger's 'as' phrase swallowed it.
"""
from __future__ import annotations

from detente.events.tree import children
from detente.records import Sentence, Token


def shifted_object(sentence: Sentence, i: int) -> list[int]:
    """"Denounced as an ugly crime X's crackdown", "condemned as illegal X's decision": an object moved past
    its 'as' predicate, which the parser reads as part of the 'as' phrase: the possessed noun is the 'as'
    noun itself, with the predicate words hung on its possessor, or the predicate noun's comma-less
    apposition. The sign is a named possessor (a proper noun) after the predicate words, which a plain
    role phrase lacks ("as Kenya's envoy", "as the new government's envoy" stay 'as' phrases).
    plover_gsr: "Albania denounced as an ugly crime Serbia's suppression ..." lost its target."""
    for prep in children(sentence, i):
        if prep.dep == "prep" and prep.lemma.lower() == "as":
            for obj in children(sentence, prep.i):
                moved = [obj] + [a for a in children(sentence, obj.i) if a.dep == "appos"
                                 and sentence.tokens[a.i - 1].pos != "PUNCT"] if obj.dep == "pobj" else []
                found = [m.i for m in moved if _predicate_before_owner(sentence, m, obj)]
                if found:
                    return found[:1]
    return []


def _predicate_before_owner(sentence: Sentence, noun: Token, pobj: Token) -> bool:
    """The noun's proper-noun possessor follows predicate words: its own common modifiers ("illegal
    Uganda's"), or the 'as' noun the noun is apposed to ("a crime Uganda's")."""
    for owner in (c for c in children(sentence, noun.i) if c.dep == "poss" and c.pos == "PROPN"):
        if noun.i != pobj.i and pobj.i < owner.i:
            return True
        if any(m.dep in ("amod", "compound") and m.pos in ("ADJ", "NOUN") and m.i < owner.i
               for m in children(sentence, owner.i)):
            return True
    return False
