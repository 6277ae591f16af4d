"""Who turned people away at a border when the sentence does not say: "thirteen Jamaicans were refused entry at
Piarco", "two Ghanaian traders were denied entry into the country". An agentless passive of refusal whose object
is entry (cues.tsv `entry`: entry, admission, landing) and whose passive subject names one state's people names no
doer; on a page about that state and one other, the other state is the one whose border it is and it refused them
(PLOVER REJECT, a border act on the other state's nationals), as the page's other state holds people detained with
no doer named (events/detained.py).

eval/wire60 (w60_04: "... to explain why thirteen Jamaicans were refused entry at Piarco International Airport")
coded the refusal with no doer, and the story's core act was lost. Not when a 'by' phrase names the doer, nor when
the page is not clearly about one other state (events.counterpart.counterpart_of).
"""
from __future__ import annotations

from collections import Counter

from detente.events.counterpart import counterpart_of
from detente.events.detained import phrase_state
from detente.events.lexicon import cue_words
from detente.events.tree import children
from detente.records import Actor, Mention, Sentence

REFUSALS = frozenset({"REJECT", "COERCE", "SANCTION"})


def barring_state(sentence: Sentence, trigger: int, event_type: str, mentions: list[Mention],
                  states: Counter[str] | None) -> tuple[Actor, str] | None:
    """(the refusing state, the refused people's state) of an agentless refusal of entry, or None."""
    if event_type not in REFUSALS or not states:
        return None
    kids = children(sentence, trigger)
    entry = [c for c in kids if c.dep in ("dobj", "attr", "oprd") and c.lemma.lower() in cue_words("entry")]
    if not entry or _by_phrase(sentence, [trigger, *(c.i for c in entry)]):
        return None
    people = [c for c in kids if c.dep == "nsubjpass"]
    owner = phrase_state(sentence, people[0].i, mentions) if len(people) == 1 else None
    holder = counterpart_of(states, owner) if owner else None
    if holder is None:
        return None
    return Actor("unnamed", holder, None, f"the page's other state: {holder} refused entry to {owner}'s people"), owner


def _by_phrase(sentence: Sentence, heads: list[int]) -> bool:
    """Whether a 'by' phrase hangs on the verb or on its "entry" ("refused entry by Beninese border guards"):
    the doer is named there."""
    return any(c.dep == "agent" or (c.dep == "prep" and c.lemma.lower() == "by") for h in heads
               for c in children(sentence, h))
