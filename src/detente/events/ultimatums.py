"""Ultimatums told as a demand with its penalty: "gave the junta a month to step down or face sanctions",
"urged Minsk to free the crew or risk new curbs".

Why: "do X or face <penalty>" / "or risk <penalty>" was never coded as a threat (issue #11; docs/quality.md,
session 31, colonheads28 and orface29): sent-dev13 0031 ("gave ... one month to restore ... or face further
measures", gold THREATEN alt REQUEST) failed the deadline row because the party given the month is no proper
noun. The demand with its "or face" clause is one act, an ultimatum: PLOVER THREATEN from the one who demands
to the one told (the gold codes the one event, REQUEST as its alternative). The `orface` requirement of
triggers.tsv holds when a verb of demanding or giving time has, within its own clause, a "face"/"risk" joined
to the demanded act (or to the verb itself) by "or", with an object: the penalty.

A "face"/"risk" right after "or" / "or else" with a noun after it counts whatever the parse (`_after_or`).

Not read: "faces sanctions" told of the past or with no "or" ("the firm faces fines": no demand), "or risk"
with no object ("or risk it").
"""
from __future__ import annotations

from detente.events.tree import children
from detente.records import Sentence, Token

PENALTY_VERBS = frozenset({"face", "risk"})
# How far up from "face" the demand verb may be: face → the demanded act → (the span of time) → the verb.
MAX_STEPS = 3


def or_faced(sentence: Sentence, token: Token) -> bool:
    """A "face"/"risk" with an object, conjoined by "or", that hangs (within MAX_STEPS heads) on `token`."""
    return any(_penalty(sentence, t) and _reaches(sentence, t, token.i) for t in sentence.tokens)


def _penalty(sentence: Sentence, t: Token) -> bool:
    """'face' or 'risk' as a verb conjoined to another by "or", with an object ("or face further measures")."""
    if _after_or(sentence, t):
        return True
    if t.dep != "conj" or t.lemma.lower() not in PENALTY_VERBS or t.pos not in ("VERB", "AUX"):
        return False
    own = children(sentence, t.i)
    joined = children(sentence, t.head) + own
    return any(c.dep == "dobj" for c in own) and any(c.dep == "cc" and c.lemma.lower() == "or" for c in joined)


def _after_or(sentence: Sentence, t: Token) -> bool:
    """'face'/'risk' right after "or" or "or else", a noun (the penalty) in the next three words, whatever the parser
    made of the "or": it often hangs "or face consequences" on the demanded act's object, or reads "else" as a
    conjunct ("told X to withdraw its ships or else face consequences"; issue #11: 23 conditional threats missed)."""
    if t.lemma.lower() not in PENALTY_VERBS or t.i < 1 or t.pos not in ("VERB", "AUX", "NOUN"):
        return False  # the parser tags "face" in "or face consequences" a noun more often than not
    before = [w.text.lower() for w in sentence.tokens[max(0, t.i - 2):t.i]]
    if not (before[-1:] == ["or"] or before == ["or", "else"]):
        return False
    return any(w.pos in ("NOUN", "PROPN") for w in sentence.tokens[t.i + 1:t.i + 4])


def _reaches(sentence: Sentence, t: Token, target: int) -> bool:
    """Whether `target` is among the first MAX_STEPS heads above t."""
    for _ in range(MAX_STEPS):
        if t.head == t.i:
            return False
        t = sentence.tokens[t.head]
        if t.i == target:
            return True
    return False
