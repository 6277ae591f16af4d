"""Prepositional phrases that never name whom a trigger addresses, so they cannot carry its required 'prep'.

A time: "on Tuesday" (an entity DATE or TIME), and a weekday or date with a part of the day, "on Monday afternoon",
"on Friday morning", whose head the rule entities leave untagged (they tag "Monday", not "afternoon"): before, "the
ambassador was called to the Foreign Office on Monday afternoon" and "called X's president on Friday morning" were
read as "called on" (REQUEST) (wire27 w27_05, wire47 w47_01, wire49 w49_01). A telephone: "tracked calls on the
President's phone" are calls made over it, not a "call on" its owner (wire49 w49_02, a false REQUEST).
"""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.tree import children
from detente.records import Sentence, Token

TIME_ENTS = ("DATE", "TIME")


def unaddressed(sentence: Sentence, prep: Token) -> bool:
    """Whether the preposition's object is a time or (for 'on') a telephone."""
    return any(o.dep == "pobj" and (o.ent in TIME_ENTS or day_part(sentence, o) or _line(prep, o))
               for o in children(sentence, prep.i))


def day_part(sentence: Sentence, noun: Token) -> bool:
    """"Monday afternoon", "the morning of 5 May": a part of the day pinned by a dated word on it."""
    if noun.lemma.lower() not in cue_words("daypart"):
        return False
    kids = children(sentence, noun.i)
    return any(k.ent in TIME_ENTS for k in kids) or any(
        k.dep == "prep" and k.lemma.lower() == "of" and any(o.ent in TIME_ENTS for o in children(sentence, k.i))
        for k in kids)


def _line(prep: Token, noun: Token) -> bool:
    return prep.lemma.lower() == "on" and noun.lemma.lower() in cue_words("callline")
