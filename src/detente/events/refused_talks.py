"""A refusal to meet or talk: "Athens would not resume exploratory talks while the ship was at sea", "Ghana will
not hold talks with Togo", "the minister would not attend the session in Caracas", "Kigali won't meet them".

The meeting trigger (CONSULT) is negated, and `status.event_status` leaves it a negated CONSULT: no talks. But a
committing 'will' or 'would' on the negated verb refuses the meeting for the future, and the page golds code such
refusals as REJECT, asserted (wire37 "would not resume exploratory talks while the ship was at sea"; wire23 "refuses
to meet on Amapala"; the dev pages' "would not take part in the October session", "would not hold talks with a
regime that...", "will not attend the conference"), as CAMEO does (125, refuse to meet or negotiate). Only
'will', 'would', 'shall' and "won't" count: "did not meet" reports that nothing happened, and "could not attend
because of the storm" is inability, not refusal. The modal may sit on the light verb above a nominal trigger
("would not resume talks", "will not hold a meeting") or on the verb of meeting itself ("will not meet").
"""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.tree import children
from detente.records import Sentence, Token

WONT = frozenset({"wo"})  # "won't" is split into "wo" + "n't"
CARRIED = frozenset({"dobj", "pobj"})  # "resume talks", "take part in the session": the noun's verb carries the modal


def refused_talks(sentence: Sentence, token: Token) -> bool:
    """True when the meeting trigger `token` is refused with a committing modal (see the module's doc)."""
    carrier = _carrier(sentence, token)
    if carrier is None:
        return False
    kids = children(sentence, carrier.i)
    modals = cue_words("modal")
    return any(c.dep == "neg" for c in kids) and any(
        c.dep == "aux" and (modals.get(c.text.lower()) == "intent" or c.text.lower() in WONT) for c in kids)


def _carrier(sentence: Sentence, token: Token) -> Token | None:
    """The verb whose auxiliaries and negation the refusal reads: the trigger itself when it is a verb, else
    the verb of which the noun is the object (directly, or through one preposition: "take part in talks")."""
    if token.pos in ("VERB", "AUX"):
        return token
    if token.dep not in CARRIED or _owned(sentence, token):
        return None
    head = sentence.tokens[token.head]
    if token.dep == "pobj":
        head = sentence.tokens[head.head] if head.dep == "prep" else head
    return head if head.pos in ("VERB", "AUX") else None


def _owned(sentence: Sentence, token: Token) -> bool:
    """A meeting noun that names its owner ("any SCO discussion of the issue", "the Kenyan talks"): the coder reads
    that owner as the meeting's doer, so a refusal read from here would make the owner refuse its own meeting
    (wire31: "would not take part in any SCO discussion" became the SCO's refusal). Left as it was."""
    return any(c.dep in ("compound", "amod", "nmod", "poss") and (c.pos == "PROPN" or c.ent in ("GPE", "NORP", "ORG"))
               for c in children(sentence, token.i))
