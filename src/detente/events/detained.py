"""Who holds people a sentence says were detained without saying by whom: "The two Malawian police officers held
since Saturday were arrested on the Tanzanian bank", "Three Malawian fishermen were detained near Kyela". An
agentless passive of detention (cues.tsv `jailer`) whose passive subject is one state's border or sea people
(cues.tsv `detainee`: officers, guards, fishermen, crews) names no doer; on a page about that state and one
other, the other state is the one holding them (PLOVER COERCE), as a release with no doer is the holder's
(events/released.py) and a conditional threat with no addressee is aimed at the other party (events/counterpart.py).

eval/wire25 (w25_10: "the two Namibian police officers held since Saturday were arrested on the Angolan bank")
and eval/wire23's pages (pages23 left it: "the detained party's agentless detention has no doer; the story's
other state would be right on these pages") coded the detention with no doer. Not when the sentence places the
detention in the detained people's own state ("were arrested in <their own capital>": a domestic arrest), nor
when the page is not clearly about one other state (events.counterpart.counterpart_of).

The people's state must be named in their own phrase: a state guessed for them from the page ("officers" on
a page in one state's voice) is no owner. When they are named by no state but the detention's place phrase
names one state's ground ("says officers were arrested on Ivorian soil", "were caught on the Indonesian
side"; cues.tsv `ground`), that state holds them and the page's other state's people are held (wire28: the
headline's arrest was coded the reverse way, the page's voice making the officers Ivorian).

A passive without its 'were' (events/voice.py reduced_passive: "Two Georgian policemen detained near the village
had crossed the border, the border service said") is such a detention too: its subject is the held people
(wire34, a blind page, lost both the Moscow wire's and the Yaounde paper's telling of the arrest this way).
"""
from __future__ import annotations

from collections import Counter

from detente.actors import country_of_place
from detente.actors.coref import is_state_code
from detente.events.counterpart import counterpart_of
from detente.events.lexicon import cue_words
from detente.events.locations import entity_text
from detente.events.phrases import pobjs
from detente.events.voice import reduced_passive, suffered_participle
from detente.events.tree import children, subtree
from detente.records import Actor, Mention, Sentence

PLACE_PREPS = frozenset({"in", "at", "near", "on", "inside", "outside", "off"})
# what the actors stage writes of a state it guessed for a phrase from the page, not read in the phrase
GUESSES = ("document context", "the page speaks as", "its words speak for")


def detaining_state(sentence: Sentence, trigger: int, event_type: str, mentions: list[Mention],
                    states: Counter[str] | None) -> tuple[Actor, str] | None:
    """(the holder, the detained people's state) of an agentless detention of one state's people, or None."""
    token = sentence.tokens[trigger]
    if event_type != "COERCE" or not _detaining_verb(token.lemma.lower()) or not states:
        return None
    kids = children(sentence, trigger)
    subject = ("nsubjpass", "nsubj") if reduced_passive(sentence, token) else ("nsubjpass",)
    held = [c for c in kids if c.dep in subject and c.lemma.lower() in cue_words("detainee")]
    if suffered_participle(sentence, token):  # "the three Honduran soldiers detained near the river were ..."
        held = [sentence.tokens[token.head]] if sentence.tokens[token.head].lemma.lower() in cue_words("detainee") else []
    if len(held) != 1 or any(c.dep == "agent" for c in kids):
        return None
    owner = phrase_state(sentence, held[0].i, mentions)
    if owner is None:
        return _held_on_ground(sentence, trigger, mentions, states)
    if owner in _places_of(sentence, trigger):
        return None  # "were arrested in <their own capital>": a state holding its own people
    holder = counterpart_of(states, owner)
    if holder is None:
        return None
    return Actor("unnamed", holder, None, f"the page's other state: {holder} held {owner}'s people"), owner


def _detaining_verb(lemma: str) -> bool:
    """A verb of detention (cues.tsv `jailer`) or of keeping people held (`holding`: "were being held at a naval
    post", wire21 w21_01, wire33 w33_09)."""
    return lemma in cue_words("jailer") or lemma in cue_words("holding")


def _held_on_ground(sentence: Sentence, trigger: int, mentions: list[Mention],
                    states: Counter[str]) -> tuple[Actor, str] | None:
    """"were arrested on Ivorian soil": the one state whose ground the place phrase names holds the page's
    other state's people."""
    grounds = {code for p in pobjs(sentence, trigger, PLACE_PREPS)
               if sentence.tokens[p].lemma.lower() in cue_words("ground") and (code := phrase_state(sentence, p, mentions))}
    if len(grounds) != 1:
        return None
    holder = grounds.pop()
    owner = counterpart_of(states, holder)
    if owner is None:
        return None
    return Actor("unnamed", holder, None, f"held on {holder}'s ground: the page's other state's ({owner}) people"), owner


def phrase_state(sentence: Sentence, i: int, mentions: list[Mention]) -> str | None:
    """The one state the phrase under token i names ("the two Malawian police officers"), or None."""
    phrase = subtree(sentence, i)
    owners = {m.country for m in mentions if m.head in phrase and m.country and is_state_code(m.country)
              and not any(guess in m.resolution for guess in GUESSES)}
    return owners.pop() if len(owners) == 1 else None


def _places_of(sentence: Sentence, trigger: int) -> set[str]:
    """States of the places the detention's own phrases name ("in Lilongwe", "near Kyela")."""
    return {code for p in pobjs(sentence, trigger, PLACE_PREPS)
            if (code := country_of_place(entity_text(sentence, p), sentence.text))}
