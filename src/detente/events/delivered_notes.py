"""Who delivered a protest when the sentence does not say: "A protest note was delivered to the Peruvian embassy",
"The protest was handed to Algeria's chargé d'affaires in Tunis". An agentless passive of a protest, complaint or
note (cues.tsv `remonstrance`) whose 'to' phrase is one state's envoy or mission (cues.tsv `posted`), that state
named by the envoy's own modifier, was delivered by the page's other state (PLOVER ACCUSE / PROTEST), as the page's
other state holds people detained with no doer named (events/detained.py) and receives an envoy
(events/received_guests.py).

eval/wire32 (a Santiago wire's protest note to the Peruvian embassy) and wire8 (a Tunis page's protest handed to
Algeria's chargé d'affaires) coded the protest with no doer. Not when a 'by' phrase names the sender, nor when the
page is not clearly about one other state (events.counterpart.counterpart_of).
"""
from __future__ import annotations

from collections import Counter

from detente.events.counterpart import counterpart_of
from detente.events.lexicon import cue_words
from detente.events.phrases import pobjs
from detente.events.turned_down import agentless_subject, owner_state
from detente.records import Actor, Mention, Sentence

NOTE_TYPES = frozenset({"ACCUSE", "PROTEST", "REQUEST"})


def sending_state(sentence: Sentence, trigger: int, event_type: str, mentions: list[Mention],
                  states: Counter[str] | None) -> tuple[Actor, str] | None:
    """(the sender, the addressee's state) of an agentless protest delivered to one state's envoy, or None."""
    if event_type not in NOTE_TYPES or not states or agentless_subject(sentence, trigger, "remonstrance") is None:
        return None
    posted = cue_words("posted")
    envoys = [o for o in pobjs(sentence, trigger, frozenset({"to"})) if sentence.tokens[o].lemma.lower() in posted]
    owners = {owner_state(sentence, o, mentions) for o in envoys} - {None}
    addressee = owners.pop() if len(owners) == 1 else None
    sender = counterpart_of(states, addressee) if addressee else None
    if sender is None:
        return None
    return Actor("unnamed", sender, None, f"the page's other state: {sender} delivered the note to {addressee}'s envoy"), \
        addressee
