"""Forces placed on alert in an agentless passive are put there by their own state: "He said the Chadian army had
been placed on maximum alert along the eastern frontier" (wire47 w47_08, core MOBILIZE TCD→SDN), "its units had been
put on a higher state of combat readiness". The alert noun (triggers.tsv `alert`, `readiness`, mode alert) sits in the
"on" phrase of a verb of placing (cues.tsv `alerting`: place, put) whose passive subject names the forces; no "by"
names who placed them, so the act was left to nobody (coder.UNNAMED) and dropped. As for forces moved or called back
in an agentless passive (events/parties.py moved_forces), the forces' state is the doer; the target is left open for
the story's counterpart (events/counterpart.py). Only an armed or police organ counts: "tourists were put on alert"
names no state's act, and a state's people ("residents") are no forces.
"""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.nesting import Candidate
from detente.events.parties import FORCE_SECTORS
from detente.events.role_actors import actors_at
from detente.events.tree import children
from detente.records import Actor, Mention, Sentence

ALERT_MODE = "alert"
ALERT_PREPS = frozenset({"on", "at"})  # "placed on alert", "put at the highest level of readiness"
NOTE = "; forces placed on alert by their own state"


def alerted_owner(sentence: Sentence, candidate: Candidate, mentions: list[Mention]) -> list[Actor]:
    """The state of the forces an agentless passive places on alert, as the act's source, else []."""
    entry = candidate.hit.entry
    if entry.event_type != "MOBILIZE" or entry.mode != ALERT_MODE:
        return []
    verb = _placing_verb(sentence, candidate.hit.token)
    if verb is None:
        return []
    forces = [a for c in children(sentence, verb) if c.dep == "nsubjpass" for a in actors_at(sentence, c.i, mentions)]
    states = {a.country for a in forces if a.country}
    if len(states) != 1 or not all(a.sector in FORCE_SECTORS for a in forces if a.country):
        return []
    return [Actor(a.text, a.country, a.sector, a.resolution + NOTE) for a in forces if a.country]


def _placing_verb(sentence: Sentence, trigger: int) -> int | None:
    """The passive verb of placing whose "on"/"at" phrase holds the alert noun (directly or as "on a higher state
    of readiness", "at the highest level of alert"), with no "by" agent, else None."""
    i = trigger
    for _ in range(4):
        token = sentence.tokens[i]
        head = sentence.tokens[token.head]
        if token.head == i:
            return None
        if token.dep == "pobj" and head.dep == "prep" and head.lemma.lower() in ALERT_PREPS:
            verb = sentence.tokens[head.head]
            if verb.lemma.lower() in cue_words("alerting") and _agentless(sentence, verb.i):
                return verb.i
        i = token.head
    return None


def _agentless(sentence: Sentence, verb: int) -> bool:
    """A passive ("had been placed") with a passive subject and no "by" agent."""
    kids = children(sentence, verb)
    return any(c.dep == "nsubjpass" for c in kids) and not any(c.dep == "agent" for c in kids)
