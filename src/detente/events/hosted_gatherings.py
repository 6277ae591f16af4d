"""Hosting a gathering with no second party is no act between states: "Chile will host the regional summit
in 2027", "Samoa will host the heads of government meeting in October". The `host` trigger (CONSULT, "hosted a
delegation") took the summit for its target; with no other state in the sentence, the page coder filled in
nothing (type-only sets: sent-dev9 and sent-dev11 count a false CONSULT each; sentrecall10's "seen, not fixed").
A gathering whose sides are named ("a meeting between the army chiefs of Malaysia and Thailand", "talks with
Jordan") or a sentence naming a second state keeps its CONSULT: the host consults each side
(events/mediation.py).

A gathering announced as "will be held" or "will take place", or one a leader "will chair", is the same: "The
ASEAN summit will be held in Kuala Lumpur in October", "The Gulf Cooperation Council summit will be held in
Kuwait in December", "Samoa's Prime Minister will chair next month's Commonwealth meeting" are no events in the
golds (sent-dev9, sent-dev11, sent-dev12, sent-dev13 each count the false CONSULT); the 'in' place is the venue,
not a party. Talks whose sides are named ("talks between Peru and Chile will be held in Lima") and a planned
meeting one state announces with another ("will travel to Santiago for talks with Chilean officials") stay
CONSULT pending (ANNOTATION.md: planned is pending); a summit told as held in the past is left as it was.
"""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.tree import children, subtree
from detente.records import Mention, Sentence, Token

SIDE_PREPS = frozenset({"between", "with", "among", "for"})  # "a meeting between ...", "talks with ..."
NAMING_KINDS = frozenset({"country", "demonym", "capital"})  # "the Malaysian and Thai chiefs' meeting"
HOLDING = {"hold": "nsubjpass", "convene": "nsubjpass", "take": "nsubj", "chair": "dobj"}  # verb -> the gathering's role
FUTURE = frozenset({"will", "shall", "would", "'ll"})
RAISED = frozenset({"nsubj", "nsubjpass"})  # "the summit is due to be held", "is scheduled to take place"
VENUE_PREPS = frozenset({"in", "at"})


def lone_host(sentence: Sentence, i: int, mentions: list[Mention]) -> bool:
    """Whether the trigger at i is 'host' with a gathering (cues.tsv `gathering`) as object and no second
    party: the gathering names no side, and the sentence names at most one state or body."""
    token = sentence.tokens[i]
    if token.pos == "NOUN":
        return lone_planned_gathering(sentence, i, mentions)
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


def lone_planned_gathering(sentence: Sentence, i: int, mentions: list[Mention]) -> bool:
    """Whether the noun trigger at i is a body's gathering ("the ASEAN summit", "next month's Commonwealth
    meeting") yet to be held ("will be held", "to take place", "will chair") that names no side, in a sentence
    naming at most one state or body besides the gathering and its venue (the verb's 'in' or 'at' place). A bare
    "the meeting" is the page's own talks, whose sides an earlier sentence names, and is left alone."""
    token = sentence.tokens[i]
    verb = _holding_verb(sentence, i)
    if token.lemma.lower() not in cue_words("gathering") or verb is None or not _planned(sentence, verb.i):
        return False
    if verb.lemma.lower() == "take" and not any(c.lemma.lower() == "place" for c in children(sentence, verb.i)):
        return False
    venue = _venue(sentence, verb.i) | _venue(sentence, i)
    inside = subtree(sentence, i) - venue
    if any(sentence.tokens[k].lemma.lower() in SIDE_PREPS for k in inside):
        return False
    own = [m for m in mentions if m.sentence == sentence.index and m.country]
    named = [m for m in own if m.head in inside]
    if not named or any(m.kind in NAMING_KINDS for m in named):
        return False  # "A senior New Zealand diplomat will chair the meeting": the page's talks (wire24 gold CONSULT)
    return len({m.country for m in own if m.head not in inside | venue}) <= 1


def _holding_verb(sentence: Sentence, i: int) -> Token | None:
    """The verb that holds or chairs the gathering at i: its own head in the role HOLDING names, or a to-verb
    the gathering is the raised subject of ("is due to be held": due's 'xcomp'; "is scheduled to take place")."""
    token = sentence.tokens[i]
    head = sentence.tokens[token.head]
    if HOLDING.get(head.lemma.lower()) == token.dep:
        return head
    if token.dep not in RAISED:
        return None
    frames = [head] + [c for c in children(sentence, head.i) if c.dep == "acomp"]
    return next((x for f in frames for x in children(sentence, f.i) if x.dep == "xcomp"
                 and x.lemma.lower() in HOLDING and HOLDING[x.lemma.lower()] != "dobj"), None)


def _venue(sentence: Sentence, i: int) -> set[int]:
    """The tokens of token i's 'in' or 'at' phrases ("will be held in Kuwait", "meeting in Apia")."""
    return {k for p in children(sentence, i) if p.dep == "prep" and p.lemma.lower() in VENUE_PREPS
            for k in subtree(sentence, p.i)}


def _planned(sentence: Sentence, verb: int) -> bool:
    """The verb is told as still to come: a 'will' or 'shall' auxiliary, or a to-infinitive ("is due to be
    held", "set to take place", headline "summit to be held in Doha")."""
    kids = children(sentence, verb)
    return any(c.dep == "aux" and c.lemma.lower() in FUTURE | {"to"} for c in kids)
