"""Ultimatums told as a demand with its penalty: "gave the junta a month to step down or face sanctions",
"urged Minsk to free the crew or risk new curbs".

Why: "do X or face <penalty>" / "or risk <penalty>" was never coded as a threat (issue #11; docs/quality.md,
session 31, colonheads28 and orface29): sent-dev13 0031 ("gave ... one month to restore ... or face further
measures", gold THREATEN alt REQUEST) failed the deadline row because the party given the month is no proper
noun. The demand with its "or face" clause is one act, an ultimatum: PLOVER THREATEN from the one who demands
to the one told (the gold codes the one event, REQUEST as its alternative). The `orface` requirement of
triggers.tsv holds when a verb of demanding or giving time has, within its own clause, a "face"/"risk" joined
to the demanded act (or to the verb itself) by "or", with an object: the penalty.

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
    if t.dep != "conj" or t.lemma.lower() not in PENALTY_VERBS or t.pos not in ("VERB", "AUX"):
        return False
    own = children(sentence, t.i)
    joined = children(sentence, t.head) + own
    return any(c.dep == "dobj" for c in own) and any(c.dep == "cc" and c.lemma.lower() == "or" for c in joined)


def _reaches(sentence: Sentence, t: Token, target: int) -> bool:
    """Whether `target` is among the first MAX_STEPS heads above t."""
    for _ in range(MAX_STEPS):
        if t.head == t.i:
            return False
        t = sentence.tokens[t.head]
        if t.i == target:
            return True
    return False
