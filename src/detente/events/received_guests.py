"""Who received a state's envoy when the sentence does not say: "the Latvian ambassador in Minsk had been received at
the Foreign Ministry". An agentless passive of receiving (CONSULT's verb "receive") whose passive subject is one
state's envoy (cues.tsv `guest`: ambassador, envoy, delegation, minister), that state named by the envoy's own
modifier, names no host; on a page about that state and one other, the other state received him (PLOVER CONSULT),
as the page's other state holds people detained with no doer named (events/detained.py).

eval/wire23 (pages23 left it: "the host of 'the Latvian ambassador had been received at the Foreign Ministry'")
coded the reception with no doer. Not when a 'by' phrase names the host, nor when the page is not clearly about one
other state (events.counterpart.counterpart_of).
"""
from __future__ import annotations

from collections import Counter

from detente.events.counterpart import counterpart_of
from detente.events.turned_down import agentless_subject, owner_state
from detente.records import Actor, Mention, Sentence


def hosting_state(sentence: Sentence, trigger: int, event_type: str, mentions: list[Mention],
                  states: Counter[str] | None) -> tuple[Actor, str] | None:
    """(the host, the guest's state) of an agentless reception of one state's envoy, or None."""
    if event_type != "CONSULT" or sentence.tokens[trigger].lemma.lower() != "receive" or not states:
        return None
    guest_word = agentless_subject(sentence, trigger, "guest")
    guest = owner_state(sentence, guest_word, mentions) if guest_word is not None else None
    host = counterpart_of(states, guest) if guest else None
    if host is None:
        return None
    return Actor("unnamed", host, None, f"the page's other state: {host} received {guest}'s envoy"), guest
