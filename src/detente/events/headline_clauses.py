"""A headline's "as" clause: "Iran seizes British tanker as London warns of consequences", "Bolivia protests as
Chile shuts crossing". In running text an "as" clause is a backdrop of the main act ("as battles raged"), so
events.coder.subordinate drops it; a headline joins two of the day's acts with "as", each told in the present
tense with a doer of its own, and the clause is news as much as the main one (wire47: the British warning of
the headline went uncoded; the same headline shape in wire30–45: "Lisbon summons Spanish ambassador as ...",
"Prague protests as Austrian gendarmes hold two border policemen", "Iraqi, Kuwaiti premiers talk as UN envoy
shuttles")."""
from __future__ import annotations

from detente.events.tree import children
from detente.records import Sentence, Token

HEADLINE_TENSES = frozenset({"VBZ", "VBP"})  # headlinese present: "warns", "protest"


def headline_as_clause(sentence: Sentence, clause: Token) -> bool:
    """`clause` is the verb of an "as" clause of a title segment, in the present tense, with its own subject."""
    if sentence.role != "title" or clause.dep != "advcl" or clause.tag not in HEADLINE_TENSES:
        return False
    kids = children(sentence, clause.i)
    return any(c.dep == "mark" and c.text.lower() == "as" for c in kids) and any(c.dep == "nsubj" for c in kids)
