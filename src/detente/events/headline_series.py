"""Two acts of one doer told in a row, the second verb's subject left out: "Bogotá expels two Venezuelan
diplomats, accuses Caracas of sheltering rebels" (a headline), "Kenya recalls envoy, summons Ugandan charge".
en_core_web_sm parses the first clause as a reported complement (ccomp) of the second verb, as it parses "X
expels diplomats, minister says"; the grouping of trigger hits then lets the second verb own the first, and the
expulsion was lost (eval/sent-dev19 0127, written blind). A verb of saying has a subject of its own ("..., the
minister says"); a head verb with none shares the subject of the clause before it, so that clause is no report
of it but a main clause of its own."""
from __future__ import annotations

from detente.events.tree import children
from detente.records import Sentence, Token

SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
FINITE = frozenset({"VBZ", "VBD", "VBP"})


def headline_series(sentence: Sentence, token: Token) -> bool:
    """`token` heads a fronted clause with its own subject, hung as a complement on a later finite verb that has
    no subject and follows a comma."""
    if token.dep != "ccomp" or token.head <= token.i or token.tag not in FINITE:
        return False
    head = sentence.tokens[token.head]
    if head.tag not in FINITE or head.pos != "VERB":
        return False
    head_kids = children(sentence, head.i)
    if any(c.dep in SUBJECTS or c.dep == "aux" for c in head_kids):
        return False
    own = children(sentence, token.i)
    return any(c.dep == "nsubj" and c.i < token.i for c in own) \
        and any(c.text == "," and token.i < c.i < head.i for c in head_kids)


def series_subject(sentence: Sentence, token: Token) -> int | None:
    """The subject of the clause before a subjectless verb of a series ("Bogotá" of "..., accuses Caracas"), or
    None."""
    for c in children(sentence, token.i):
        if headline_series(sentence, c):
            return next(k.i for k in children(sentence, c.i) if k.dep == "nsubj" and k.i < c.i)
    return None
