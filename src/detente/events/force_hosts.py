"""Troops sent to, pledged to or pulled out of a body's force or mission that sits in a named state ("will send a
battalion to the UN force in Lebanon", "pledged 1,000 troops to the AU force in Somalia", "will pull its troops out
of the African Union mission in Somalia"): the troops go to (or leave) that state, which the sentence golds code as
the target (sent-dev20 0031, 0049, 0215; sent-dev21 0123, 0140, 0171: MOBILIZE or RETREAT aimed at the host, where
the coder aimed them at the body, UNO / IGO / EUR). Only a deployment or a pull-out (a threat to pull out stays aimed
at the body, sent-dev18 0039), only when the body's mention modifies a force noun (cues.tsv `forcebody`) whose "in"
phrase names one state that is not the doer; the mandate extended for "the UN mission in X" is coded so already."""
from __future__ import annotations

from detente.actors.coref import is_state_code
from detente.events.lexicon import cue_words
from detente.events.merging import aimed_at
from detente.events.nesting import Candidate
from detente.events.phrases import pobjs
from detente.events.tree import children, subtree
from detente.records import Event, Mention, Sentence

MOVED_TYPES = frozenset({"MOBILIZE", "RETREAT"})
BODIES = frozenset({"UNO", "IGO", "EUR", "NATO"})
IN = frozenset({"in"})


def force_host_targets(sentence: Sentence, coded: list[tuple[Candidate, list[Event]]],
                       mentions: list[Mention]) -> list[tuple[Candidate, list[Event]]]:
    """The sentence's candidates with their events; a deployment to a body's force in a state aimed at that state."""
    return [(c, [_hosted(sentence, c.hit.token, e, mentions) for e in found]) for c, found in coded]


def _hosted(sentence: Sentence, trigger: int, event: Event, mentions: list[Mention]) -> Event:
    if event.event_type not in MOVED_TYPES or event.target is None or event.target.country not in BODIES:
        return event
    host = _host(sentence, trigger, event, mentions)
    if host is None:
        return event
    return aimed_at(event, host, f"state the body's force sits in: {host.text}", "tgt→force-host")


def _host(sentence: Sentence, trigger: int, event: Event, mentions: list[Mention]) -> Mention | None:
    """The one state named in the "in" phrase of a force noun under the trigger that the target body's mention
    modifies ("the UN force in Lebanon"); None when there is none, several, or it is the doer's own."""
    nouns, under = cue_words("forcebody"), subtree(sentence, trigger)
    bodies = [m.head for m in mentions if m.country == event.target.country]
    forces = [t for t in sentence.tokens if t.i in under and t.i != trigger and t.lemma.lower() in nouns
              and any(b == t.i or sentence.tokens[b].head == t.i for b in bodies)]
    places = {p for f in forces for p in pobjs(sentence, f.i, IN)}
    if forces and not places:
        places = set(pobjs(sentence, trigger, IN))  # "pledged troops to the AU force in Somalia": "in" hung on the verb
    found = {m.country: m for m in mentions for p in places
             if m.first <= p <= m.last and m.country and is_state_code(m.country)}
    if len(found) != 1 or event.source is None or event.source.country in found:
        return None
    return next(iter(found.values()))
