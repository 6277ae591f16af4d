"""Who turned a state's request down when the sentence does not say: "Baghdad's request that the dredger be returned
was turned down", "the Malawian offer of talks was rejected". An agentless passive of refusal (a REJECT trigger)
whose passive subject is one state's request, offer or proposal (cues.tsv `proposal`), owned by that state (its
possessor, national modifier or 'from' phrase), names no refuser; on a page about that state and one other, the
other state was the one asked, and it refused (PLOVER REJECT), as the page's other state holds people detained
with no doer named (events/detained.py).

eval/wire21 (w21_07: "Baghdad's request that the dredger be returned together with the crew was turned down, an
Iraqi official familiar with the call said") coded the refusal with no doer. Not when the page is not clearly
about one other state (events.counterpart.counterpart_of), nor when a 'by' phrase names the refuser.
"""
from __future__ import annotations

from collections import Counter

from detente.actors.coref import is_state_code
from detente.events.counterpart import counterpart_of
from detente.events.lexicon import cue_words
from detente.events.phrases import pobjs
from detente.events.tree import children, subtree
from detente.records import Actor, Mention, Sentence

OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})


def refusing_state(sentence: Sentence, trigger: int, event_type: str, mentions: list[Mention],
                   states: Counter[str] | None) -> tuple[Actor, str] | None:
    """(the refuser, the asking state) of an agentless refusal of one state's request, or None."""
    if event_type != "REJECT" or not states:
        return None
    asked = agentless_subject(sentence, trigger, "proposal")
    asker = owner_state(sentence, asked, mentions) if asked is not None else None
    refuser = counterpart_of(states, asker) if asker else None
    if refuser is None:
        return None
    return Actor("unnamed", refuser, None, f"the page's other state: {refuser} was asked by {asker}"), asker


def agentless_subject(sentence: Sentence, trigger: int, kind: str) -> int | None:
    """The one passive subject of the trigger whose lemma is a word of cue kind `kind`, when no 'by' phrase
    names the doer; else None (shared by the refusal here and the reception of events/received_guests.py)."""
    kids = children(sentence, trigger)
    subjects = [c for c in kids if c.dep == "nsubjpass" and c.lemma.lower() in cue_words(kind)]
    if len(subjects) != 1 or any(c.dep == "agent" for c in kids):
        return None
    return subjects[0].i


def owner_state(sentence: Sentence, noun: int, mentions: list[Mention]) -> str | None:
    """The one state that owns a noun: its possessor or national modifier ("Baghdad's request", "the Iraqi
    offer") or its 'from' phrase ("the request from Iraq"); not a state its complement names."""
    heads = [c.i for c in children(sentence, noun) if c.dep in OWNER_DEPS] + pobjs(sentence, noun, frozenset({"from"}))
    owned = {k for h in heads for k in subtree(sentence, h)} | {noun}
    owners = {m.country for m in mentions if m.head in owned and m.country and is_state_code(m.country)}
    return owners.pop() if len(owners) == 1 else None
