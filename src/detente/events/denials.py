"""Acts a state denies that its own side did: "denied that any of its soldiers had fired on the post".

A denial whose that-clause names as the doer "any" of the denier's own ("any officer", "any of his soldiers")
or its own by a possessive ("its aircraft", "their troops") answers a charge that the denier's side did the act:
the development pages written blind code that act, negated, beside the denial's REJECT (wire18, wire19 twice,
wire20 twice: "the Interior Ministry denied that any officer had fired a shot during the boarding"), and the
sentence sets code the act ("Egypt denied that its aircraft had struck targets inside Libya"; sent-dev5, sent-fp).
The REJECT stays, as the page golds of newswire and wire14-wire17 keep it (session 19, precision9, replaced it
and lost their recall). A denial of a charge ("denied the charges"), of another doer ("denied that rebels had
shelled the town") or with no act in its clause has nothing to add.
"""
from __future__ import annotations

from detente.events.triggers import Hit, children
from detente.records import Sentence, Token

DENYING = frozenset({"deny"})
OWN = frozenset({"its", "their", "his", "her", "our"})


def denied_acts(sentence: Sentence, hit: Hit, nested: tuple[Hit, ...]) -> tuple[Hit, ...]:
    """The nested hits that head a "that any ..." clause under a denying REJECT hit: each is an act of its own."""
    token = sentence.tokens[hit.token]
    if hit.entry.event_type != "REJECT" or token.lemma.lower() not in DENYING:
        return ()
    clauses = {c.i for c in children(sentence, token.i) if c.dep == "ccomp" and _anyone_did(sentence, c)}
    return tuple(h for h in nested if h.token in clauses)


def _anyone_did(sentence: Sentence, clause: Token) -> bool:
    """The clause's subject is "any" or quantified by it ("any officer", "any of his soldiers"), or the denier's
    own by a possessive pronoun ("its aircraft", "their troops")."""
    for subject in (c for c in children(sentence, clause.i) if c.dep == "nsubj"):
        if subject.text.lower() == "any" or any(c.dep == "det" and c.text.lower() == "any" or c.dep == "poss"
                                                 and c.text.lower() in OWN for c in children(sentence, subject.i)):
            return True
    return False


def denier_of(sentence: Sentence, token: Token) -> int | None:
    """The denying verb above a clause whose subject is "any" of the denier's own ("denied that any officer had
    fired"): "any officer" names no state, so the act's doer is the denier's (events/roles.py source_tokens)."""
    if token.dep != "ccomp" or token.head == token.i:
        return None
    head = sentence.tokens[token.head]
    return head.i if head.lemma.lower() in DENYING and _anyone_did(sentence, token) else None
