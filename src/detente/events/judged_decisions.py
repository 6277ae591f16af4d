"""Another state's decision judged by a state: the decided act is aimed at the judge.

"Morocco regretted Algeria's decision to cut diplomatic relations", "Ghana criticised Togo's move to shut its
border", "Kenya welcomed Uganda's decision to reopen the crossing": the verdict (ACCUSE, PROTEST, REJECT or
SUPPORT) is the judge's event and the decided act its owner's (events/nesting.py VERDICT_TYPES, decided_act).
The act itself names no target ("relations", "its border"), and the judge, the only other state in the
clause, was kept from the story's counterpart rule because it is named there (counterpart.py named_as_patient).
The judge is who the measure hits: a state reacts to a decision taken against it (wire39: the cut of ties
regretted by the other party went untargeted; the same wording is in sent-dev's reaction sentences).
Only a state judge whose verdict takes the decision noun as its object, directly or through one preposition
("protested over X's decision to ..."); a decision with a target of its own keeps it.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from detente.actors.coref import is_state_code
from detente.actors.draft import NO_STATE
from detente.events.nesting import VERDICT_TYPES, decided_act
from detente.events.reassign import with_party
from detente.records import Actor, Event, Sentence

OBJECT_DEPS = frozenset({"dobj", "pobj"})


def judged_targets(sentence: Sentence, trigger: int, events: list[Event], coded: list[tuple[Any, list[Event]]]) \
        -> list[Event]:
    """Events of one trigger, an untargeted decided act given the state that judges the decision; `coded` holds
    the sentence's (candidate, events) pairs, the verdict's among them."""
    judges = _judges(sentence, trigger, {c.hit.token: found for c, found in coded})
    out = []
    for event in events:
        code = _judge_for(event, judges)
        if code is None:
            out.append(event)
            continue
        target = Actor(code, code, None, f"state that judges the decision ({code})")
        out.append(with_party(event, event.source, target, "tgt→judge"))
    return out


def _judge_for(event: Event, judges: set[str]) -> str | None:
    source, target = event.source.country, event.target
    if source is None or not is_state_code(source) or event.status == "negated":
        return None
    if target is not None and (target.country is not None or NO_STATE in target.resolution):
        return None
    others = judges - {source}
    return next(iter(others)) if len(others) == 1 else None


def _judges(sentence: Sentence, trigger: int, coded: Mapping[int, list[Event]]) -> set[str]:
    """States that are the sources of the verdict whose object is the decision the trigger's act completes."""
    if not decided_act(sentence, trigger):
        return set()
    verdict = _verdict_verb(sentence, sentence.tokens[trigger].head)
    if verdict is None:
        return set()
    return {e.source.country for e in coded.get(verdict, []) if e.event_type in VERDICT_TYPES
            and e.source.country is not None and is_state_code(e.source.country)}


def _verdict_verb(sentence: Sentence, noun: int) -> int | None:
    """The verb that takes the decision noun as its object: "regretted X's decision", "protested over X's move"."""
    token = sentence.tokens[noun]
    if token.dep not in OBJECT_DEPS or token.head == noun:
        return None
    head = sentence.tokens[token.head]
    if token.dep == "pobj":
        if head.dep != "prep" or head.head == head.i:
            return None
        head = sentence.tokens[head.head]
    return head.i if head.pos in ("VERB", "AUX") else None
