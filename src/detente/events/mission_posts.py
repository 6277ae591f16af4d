"""Where a withdrawn diplomat was posted: "withdrew a second secretary of its high commission in X", "recalled an
attaché at its embassy in X". A state that takes home an official of its own mission acts on the state the mission
sits in (PLOVER SANCTION, recall of diplomats), so the mission's place is the act's target.

eval/wire54 w54_04 (session 33): the withdrawal's object is the sending state's own official and the page's other
state is named only in an "after X asked for her removal" clause, so neither the object nor the page's
counterpart gave a target. Read only when the act has no target state of its own: the envoy is the trigger's
object, the mission noun (actors/data/missions.tsv) hangs on it by "of", "at" or "from", and the place is that
mission's "in" phrase; a state that is the doer itself is no host.
"""
from __future__ import annotations

import functools

from detente.actors.coref import is_state_code
from detente.actors.gazetteer import data_rows
from detente.events.merging import aimed_at
from detente.events.phrases import pobjs
from detente.events.tree import children
from detente.records import Event, Mention, Sentence

RECALL_TYPES = frozenset({"SANCTION"})
MISSION_PREPS = frozenset({"of", "at", "from"})
HOST_PREPS = frozenset({"in"})


def mission_host(sentence: Sentence, trigger: int, event: Event, mentions: list[Mention]) -> Mention | None:
    """The one state named as the place of the mission the act's object serves in; None when there is none,
    several, or it is the doer's own."""
    if event.event_type not in RECALL_TYPES:
        return None
    missions = [m for o in children(sentence, trigger) if o.dep in ("dobj", "nsubjpass")
                for m in pobjs(sentence, o.i, MISSION_PREPS) if _mission(sentence, m)]
    places = [p for m in missions for p in pobjs(sentence, m, HOST_PREPS)]
    found = [m for m in mentions for p in places if m.first <= p <= m.last and m.country and is_state_code(m.country)]
    if len({m.country for m in found}) != 1 or found[0].country == event.source.country:
        return None
    return found[0]


@functools.lru_cache(maxsize=1)
def _mission_heads() -> frozenset[str]:
    """The head words of missions.tsv's missions, not its posted people: "embassy", "commission", "mission"."""
    return frozenset(row[0].lower().split()[-1] for row in data_rows("missions.tsv") if row[1:] != ["person"])


def _mission(sentence: Sentence, i: int) -> bool:
    token = sentence.tokens[i]
    return token.lemma.lower() in _mission_heads() or token.text.lower() in _mission_heads()


def with_host(event: Event, host: Mention) -> Event:
    """The event aimed at the state its withdrawn official was posted in, marked in its rule."""
    return aimed_at(event, host, f"host of the withdrawn official's mission: {host.text}", "tgt→mission-host")
