"""People a participle says were held, let go with no doer named: "Eleven Senegalese drivers held at Farafenni for
two weeks were freed on Sunday", "the two guards detained since Monday were handed back at the crossing".

events/released.py gives an agentless release the state the page reported holding the people (a COERCE row) or,
for people named as no state's, the page's guessed state. People named as one state's, on a page that codes no
holding act, kept no doer (session 19 left the plain case off: "The two Czechs were released" given the page's
other state cost held-out wire7 a false row). Here the release's own sentence says the people were held (a
participle of holding, cues.tsv `keeping`, on the released people's phrase, with no "by" phrase naming who held
them). The participle's place phrase names the holder when it names one state ("soldiers who had been held in
Djibouti": eval/wire31 w31_03, core RETREAT DJI>ERI, where the page's most named other state was the mediator);
otherwise, on a page about the people's state and one other, that other state held them (eval/wire15 w15_03:
the drivers' release, core RETREAT GMB>SEN, coded with no doer; issue #11 releases).
"""
from __future__ import annotations

from detente.actors import country_of_place
from detente.actors.coref import is_state_code
from detente.events.lexicon import cue_words
from detente.events.locations import entity_text
from detente.events.phrases import pobjs
from detente.events.tree import children
from detente.records import Event, Sentence, Token

PEOPLE_DEPS = ("nsubjpass", "dobj", "nsubj")
PLACE_PREPS = frozenset({"in", "at", "near", "on", "inside", "off"})


def holding_mark(event: Event, sentence: Sentence | None) -> Token | None:
    """The holding participle with no agent on the release's people ("drivers held at X", "the detained crew")."""
    if sentence is None or not sentence.parsed:
        return None
    trigger = next((t for t in sentence.tokens if t.start == event.evidence.trigger_start), None)
    if trigger is None:
        return None
    people = [c for c in children(sentence, _head_verb(sentence, trigger).i) if c.dep in PEOPLE_DEPS]
    return next((m for c in people if (m := _held_participle(sentence, c)) is not None), None)


def held_in(sentence: Sentence, mark: Token) -> set[str]:
    """The states whose places the participle's own place phrase names ("held in Djibouti", "held at Farafenni")."""
    return {code for p in pobjs(sentence, mark.i, PLACE_PREPS)
            if (code := country_of_place(entity_text(sentence, p), sentence.text)) and is_state_code(code)}


def _head_verb(sentence: Sentence, trigger: Token) -> Token:
    """"were freed ... and handed over": the second verb's people are the first verb's subject."""
    if trigger.dep == "conj" and not any(c.dep in PEOPLE_DEPS for c in children(sentence, trigger.i)):
        return sentence.tokens[trigger.head]
    return trigger


def _held_participle(sentence: Sentence, people: Token) -> Token | None:
    for mod in children(sentence, people.i):
        if mod.lemma.lower() in cue_words("keeping") and mod.tag == "VBN" and mod.dep in ("acl", "amod", "relcl") \
                and not any(k.dep == "agent" for k in children(sentence, mod.i)):
            return mod
    return None
