"""A party that stayed away from a gathering: "India did not attend the SCO defence ministers' meeting", "Pakistan
did not send a delegation to the meeting in New Delhi", "Kenya did not take part in the summit".

The gathering went ahead without the party, so its absence is a snub of the host or the body (CAMEO 125, refuse to
meet), told as done: the sentence golds code it REJECT, asserted (session 36: sent-dev19 0189, sent-dev20 0250;
coded as a negated CONSULT, a miss). The committing modal's form ("will not attend") is events/refused_talks.py's.
Only attending verbs count (cues.tsv attending): "did not meet" or "did not hold talks" tells that two sides had no
meeting, which is no refusal by either; "could not attend" is inability and keeps its modal.
"""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.tree import children
from detente.records import Sentence, Token

SENT_PEOPLE = frozenset({"delegation", "representative", "minister", "envoy", "team", "official", "delegate"})
UNABLE = frozenset({"can", "could", "ca", "may", "might"})


def stayed_away(sentence: Sentence, token: Token) -> bool:
    """True when the gathering noun `token` is what a negated attending verb, with no modal of ability, did not
    reach (see the module's doc)."""
    verb = _attending_verb(sentence, token)
    if verb is None:
        return False
    kids = children(sentence, verb.i)
    return any(c.dep == "neg" for c in kids) and not any(
        c.dep == "aux" and (c.text.lower() in UNABLE or c.text.lower() in cue_words("modal")) for c in kids)


def _attending_verb(sentence: Sentence, token: Token) -> Token | None:
    """"attended the meeting" (object), "took part in / participated in the summit" (its 'in' phrase), "sent a
    delegation to the meeting" (the 'to' phrase of the sent people)."""
    attending = cue_words("attending")
    head = sentence.tokens[token.head]
    if token.dep == "dobj":
        return head if head.lemma.lower() in attending and head.lemma.lower() != "take" else None
    if token.dep != "pobj" or head.dep != "prep" or head.head == head.i:
        return None
    holder = sentence.tokens[head.head]
    if holder.pos == "NOUN" and holder.lemma.lower() in SENT_PEOPLE and holder.dep == "dobj":
        holder = sentence.tokens[holder.head]
        return holder if holder.lemma.lower() == "send" and head.lemma.lower() == "to" else None
    if holder.lemma.lower() == "send" and head.lemma.lower() == "to":  # the parser may hang 'to' on the verb
        sent = any(c.dep == "dobj" and c.lemma.lower() in SENT_PEOPLE for c in children(sentence, holder.i))
        return holder if sent else None
    if holder.lemma.lower() == "part" and holder.dep == "dobj":
        holder = sentence.tokens[holder.head]
    return holder if holder.lemma.lower() in attending and head.lemma.lower() == "in" else None
