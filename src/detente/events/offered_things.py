"""The thing an offer holds out when it is no trigger of its own: "offered Ethiopia the use of its port" (the
access granted: COOPERATE), "offered Guinea-Bissau help to organise its elections" (AID, as "offered assistance"
already is through the AID noun). Our annotation guideline codes a promised or offered act as that act, pending;
the offer frame found no act in its object and coded the offer itself (AGREE) where the sentence golds code the
act (sent-dev16 0020: AID pending; sent-dev18 0213, sent-dev19 0051, sent-dev20 0157: the use of a port offered,
COOPERATE or AID pending). The nouns and their types are data (cues.tsv `offerthing`); "use" counts only with the
thing used named in its "of" phrase ("the use of its airspace"), so a bare "use" ("offered no use") is nothing."""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.triggers import children
from detente.records import Sentence, Token

OBJECTS = frozenset({"dobj", "nsubjpass"})  # "offered X help"; "Y was offered the use of ..." keeps the thing as dobj


def offered_thing(sentence: Sentence, token: Token) -> str:
    """The PLOVER type of what an offering verb's direct object names (cues.tsv `offerthing`), or ""."""
    things = cue_words("offerthing")
    for obj in children(sentence, token.i):
        kind = things.get(obj.lemma.lower()) if obj.dep in OBJECTS else None
        if kind and (obj.lemma.lower() != "use" or _used_thing(sentence, obj)):
            return kind
    return ""


def _used_thing(sentence: Sentence, use: Token) -> bool:
    return any(p.dep == "prep" and p.lemma.lower() == "of" and any(o.dep == "pobj" for o in children(sentence, p.i))
               for p in children(sentence, use.i))
