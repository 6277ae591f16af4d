"""Hosting a gathering with no second party is no act between states: "Chile will host the regional summit
in 2027", "Samoa will host the heads of government meeting in October". The `host` trigger (CONSULT, "hosted a
delegation") took the summit for its target; with no other state in the sentence, the page coder filled in
nothing (type-only sets: sent-dev9 and sent-dev11 count a false CONSULT each; sentrecall10's "seen, not fixed").
A gathering whose sides are named ("a meeting between the army chiefs of Malaysia and Thailand", "talks with
Jordan") or a sentence naming a second state keeps its CONSULT: the host consults each side
(events/mediation.py).
"""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.tree import children, subtree
from detente.records import Mention, Sentence

SIDE_PREPS = frozenset({"between", "with", "among", "for"})  # "a meeting between ...", "talks with ..."
NAMING_KINDS = frozenset({"country", "demonym", "capital"})  # "the Malaysian and Thai chiefs' meeting"


def lone_host(sentence: Sentence, i: int, mentions: list[Mention]) -> bool:
    """Whether the trigger at i is 'host' with a gathering (cues.tsv `gathering`) as object and no second
    party: the gathering names no side, and the sentence names at most one state or body."""
    token = sentence.tokens[i]
    if token.lemma.lower() != "host" or token.pos != "VERB":
        return False
    words = cue_words("gathering")
    objects = [c for c in children(sentence, i) if c.dep == "dobj" and _gathering(sentence, c.i, words)]
    if not objects:
        return False
    inside = subtree(sentence, objects[0].i)
    if any(sentence.tokens[k].lemma.lower() in SIDE_PREPS for k in inside):
        return False
    own = [m for m in mentions if m.sentence == sentence.index and m.country]
    if any(m.head in inside and m.kind in NAMING_KINDS for m in own):
        return False
    return len({m.country for m in own if m.head not in inside}) <= 1


def _gathering(sentence: Sentence, i: int, words: dict[str, str]) -> bool:
    """The object names a gathering, itself or through 'of' ("the heads of government meeting": the parser
    makes "heads" the object and the meeting its 'of' noun; sent-dev9)."""
    if sentence.tokens[i].lemma.lower() in words:
        return True
    return any(o.lemma.lower() in words for p in children(sentence, i) if p.dep == "prep" and p.lemma.lower() == "of"
               for o in children(sentence, p.i) if o.dep == "pobj")
