"""Who a document noun is sent to when a verb of giving carries it: "sent Paraguay a formal extradition
request for the two men", "gave Lima a note on the fishing boats". The noun's own 'for'/'on' phrase is what
the request or note is about; the verb's dative is its addressee (eval/wire29: the request kept only "the
two men" and lost its state)."""
from __future__ import annotations

from detente.events.triggers import children
from detente.records import Sentence, Token

DATIVE_DEPS = ("dative", "iobj")


def dative_addressee(sentence: Sentence, token: Token, giving_verbs: frozenset[str]) -> list[int]:
    """The named dative of the giving verb whose object `token` is, or [] ("sent a request to X" keeps
    its 'to' phrase, read as the noun's target elsewhere)."""
    if token.dep != "dobj" or token.head == token.i:
        return []
    verb = sentence.tokens[token.head]
    if verb.lemma.lower() not in giving_verbs:
        return []
    return [c.i for c in children(sentence, verb.i)
            if c.dep in DATIVE_DEPS and c.pos == "PROPN" and c.i < token.i]
