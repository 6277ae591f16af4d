"""Acts done at another state's asking: "Kenya deports Turkish refugees at Ankara's request", "Interpol issued a red
notice at the request of Yerevan", "arrested at the behest of Washington". The request noun in an "at" phrase
(cues.tsv `behest`) tells why the other act was done; it is no request of its own, and a deportation, arrest or
handover so done is judicial cooperation with the state that asked (PLOVER COOPERATE; the dev sentence gold,
sent-dev9 and sent-dev10, codes it so where the coder read COERCE and a REQUEST).
"""
from __future__ import annotations

from dataclasses import replace

from detente.events.idioms import press_request
from detente.events.lexicon import cue_words
from detente.events.triggers import children, match_token
from detente.records import Event, Sentence

COOPERATING = frozenset({"COERCE", "CONCEDE"})  # a deportation or arrest; a handover


def told_request(sentence: Sentence, i: int) -> bool:
    """A request noun that only tells on whose asking another act was done, coded as no request of its own
    ("at X's request": see behest). A request another state turns down ("Yemen rejected a U.S. request") stays
    a request: the sentence sets code the refusal alone, but the page gold codes both (wire16, wire17, wire19 and
    wire20 lost true events when it was dropped; see docs/quality.md, session 23). A reporter's "request for
    comment" is no request between states either (events/idioms.py press_request)."""
    return behest(sentence, i) or press_request(sentence, i)


def behest(sentence: Sentence, i: int) -> bool:
    """Whether the token at i is a noun of asking in an "at" phrase hung on a deportation, arrest or handover.
    On another act it stays a request: "the meeting was called at the request of Turkey" is Turkey asking the
    body to meet (realnews)."""
    token = sentence.tokens[i]
    if token.lemma.lower() not in cue_words("behest") or token.dep != "pobj" or token.head == i:
        return False
    prep = sentence.tokens[token.head]
    if prep.lemma.lower() != "at" or prep.head == prep.i:
        return False
    entry = match_token(sentence, sentence.tokens[prep.head])
    return entry is not None and entry.event_type in COOPERATING


def asked_for(sentence: Sentence, i: int) -> bool:
    """Whether the trigger at i carries an "at X's request" phrase of its own."""
    return any(c.dep == "prep" and c.lemma.lower() == "at"
               and any(behest(sentence, o.i) for o in children(sentence, c.i)) for c in children(sentence, i))


def requested_acts(sentence: Sentence, i: int, found: list[Event]) -> list[Event]:
    """A deportation, arrest or handover done at another state's request is cooperation with it."""
    if not asked_for(sentence, i):
        return found
    return [replace(e, event_type="COOPERATE", mode=None, rule=e.rule + " at-request→COOPERATE")
            if e.event_type in COOPERATING else e for e in found]
