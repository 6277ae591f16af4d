""""attack" naming a kind of weapon is no assault: "Poland is moving additional soldiers and attack helicopters to
its border" (wire35) was parsed with "attack" as a verb conjoined to "moving", its object the helicopters, and
coded ASSAULT on the neighbour. An ASSAULT trigger "attack" right before a craft or beast of cues.tsv kind
`armament` ("attack helicopters", "attack drones", "attack dogs"), with no subject, auxiliary or infinitive
marker of its own, names the weapon. "Rebels attack boats near the port" and "ordered the navy to attack boats"
keep their subject or "to" and stay attacks."""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.triggers import children
from detente.records import Sentence

OWN_CLAUSE = frozenset({"nsubj", "nsubjpass", "aux", "auxpass"})
FINITE = frozenset({"VBD", "VBZ", "VBN", "VBG"})


def weapon_kind(sentence: Sentence, i: int, event_type: str) -> bool:
    """Whether the ASSAULT trigger at i is "attack" naming the craft or beast that follows it."""
    token = sentence.tokens[i]
    if event_type != "ASSAULT" or token.lemma.lower() != "attack" or token.tag in FINITE \
            or i + 1 >= len(sentence.tokens):
        return False
    craft = sentence.tokens[i + 1]
    if not ({craft.lemma.lower(), craft.text.lower()} & set(cue_words("armament"))):
        return False
    return not any(c.dep in OWN_CLAUSE for c in children(sentence, i))
