"""An act of force a state protests, with no victim named, is aimed at the protesting state.

"Lesotho summoned South Africa's High Commissioner over the shooting of a herder by South African police" (eval/wire57
w57_07), "Ghana protested over the shelling of a border village by Togolese troops": the act names its doer ("by
South African police") but its victim is a herder or a village of no named state. A state that protests or summons
an envoy over another state's use of force does so because the force was used against it, its people or its soil,
so the untargeted act takes the protesting state as its target (not one it condemns: VERDICT_LEMMAS). Only the acts a condemnation answers
(nesting.condemned_act: the protest verb's object or its 'over'/'against' phrase), only when the protest's maker
is one state other than the doer; a victim the act names itself ("a Basotho herder") is left as it is.
"""
from __future__ import annotations

from detente.actors.coref import is_state_code
from detente.events.nesting import CONDEMNED_TYPES, verdict_head
from detente.events.reassign import with_party
from detente.records import Actor, Event, Sentence

VERDICT_TYPES = frozenset({"ACCUSE", "PROTEST"})
# a state protests, complains or summons an envoy over a wrong done to it; it condemns or criticises wrongs done to
# others as well ("Kenya condemned Uganda's attack": on whom is not said), so those verbs give no victim
VERDICT_LEMMAS = frozenset({"protest", "complain", "summon", "call", "lodge"})


def with_protesting_victim(sentence: Sentence, trigger: int, found: list[Event], coded: list) -> list[Event]:
    """Events of one trigger; an untargeted act of force a state protests given that state as its target."""
    maker = _protest_maker(sentence, trigger, coded)
    if maker is None:
        return found
    out = []
    for event in found:
        if _open(event, maker):
            target = Actor(maker, maker, None, f"state protesting the act ({maker})")
            event = with_party(event, event.source, target, "tgt→protester")
        out.append(event)
    return out


def _open(event: Event, maker: str) -> bool:
    target = event.target
    return event.event_type in CONDEMNED_TYPES and event.status != "negated" \
        and event.source.country is not None and event.source.country != maker \
        and (target is None or target.country is None)


def _protest_maker(sentence: Sentence, trigger: int, coded: list) -> str | None:
    """The one state that makes the protest whose object or 'over'/'against' phrase the trigger heads."""
    token = sentence.tokens[trigger]
    if token.head == trigger:
        return None
    head = verdict_head(sentence, token)
    if head is None or head.lemma.lower() not in VERDICT_LEMMAS:
        return None
    makers = {e.source.country for c, events in coded if c.hit.token == head.i
              and c.hit.entry.event_type in VERDICT_TYPES for e in events
              if e.source.country and is_state_code(e.source.country)}
    return next(iter(makers)) if len(makers) == 1 else None
