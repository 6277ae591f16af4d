"""A denied hesitation over an act: "will not hesitate to use force" (future: a warning that the act may come),
"did not hesitate to send aid" (past: the act was done). Shared by the trigger requirement `unhesitating`
(triggers.tsv: "would not hesitate to respond", where "respond" alone names no act) and by the type reading of
a trigger that names its act itself (readings.denied_hesitation)."""
from __future__ import annotations

from detente.events.tree import children
from detente.records import Sentence, Token

HESITATE = frozenset({"hesitate"})  # "will not hesitate to retaliate"
FUTURE_AUX = frozenset({"will", "would", "'ll", "shall", "wo"})  # "won't" is split into "wo" + "n't"


def hesitation(sentence: Sentence, token: Token) -> str:
    """"future" or "past" when the token is the infinitive of a negated "hesitate", "" otherwise."""
    head = sentence.tokens[token.head]
    if token.dep != "xcomp" or head.lemma.lower() not in HESITATE:
        return ""
    kids = children(sentence, head.i)
    if not any(c.dep == "neg" for c in kids):
        return ""
    return "future" if any(c.dep == "aux" and c.text.lower() in FUTURE_AUX for c in kids) else "past"
