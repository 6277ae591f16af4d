"""Fire no one is named as firing: "mortar rounds hit a fishing settlement on the Rwandan shore", "the village was
shelled overnight". The sentence names the state hit (the target) and no doer, the projectile or the passive hiding
who fired; on a page about the state hit and one other state, the fire came from that other state (PLOVER
ASSAULT), as an agentless detention is the other state's (events/detained.py) and an agentless release its
holder's (events/released.py).

eval/wire15 w15_07 (core ASSAULT BDI>RWA: mortar rounds hit a settlement on Rwanda's shore, coded with no doer) and
eval/wire25 w25_09 (the shooting at a Namibian police post, no doer); issue #11 "military fire in nominal and
agentless forms". A page that is not clearly about one other state (events.counterpart.counterpart_of) keeps the
row as it was.
"""
from __future__ import annotations

from collections import Counter

from detente.actors.coref import is_state_code
from detente.events.counterpart import counterpart_of
from detente.events.lexicon import cue_words, trigger_lemma
from detente.events.reassign import with_party
from detente.events.released import open_release
from detente.records import Actor, Event

# the actors stage's and the coder's notes for a doer the sentence does not name (events/coder.py UNNAMED)
NO_DOER = ("unnamed:", "unresolved: no actor mention")
PHRASE = "unresolved: no actor mention"
# passives that say a place was fired on ("the post was shelled"); a passive of killing or wounding names the people
# hit, and the state read as its target was as often the other side's (realnews s16_galwan_clash__3, wire16 w16_09)
FIRE_VERBS = frozenset({"shell", "bomb", "bombard", "strafe", "fire", "rocket", "mortar"})
FIRE_NOUNS = frozenset({"shelling", "gunfire", "artillery", "volley", "salvo", "barrage"})
ORIGIN_FACTOR = 0.8  # a doer read from the page, not the sentence (as events/released.py)


def with_fire_origins(events: list[Event], states: Counter[str]) -> list[Event]:
    """The events of one page, each doerless fire on a state given the page's other state as its doer, unless
    its sentence codes a row with a third state (s21_soleimani_strike__3: the dead "were killed in the US strike",
    the dead of two states, neither the page's other state's fire)."""
    out = []
    for e in events:
        other = counterpart_of(states, e.target.country) if doerless_fire(e) else None
        out.append(_fired_on(e, other) if other and not _third_state(e, events, other) else e)
    return out


def _third_state(event: Event, events: list[Event], other: str) -> bool:
    """Another row of the fire's sentence names a state that is neither the one hit nor the page's other one."""
    here = event.evidence.sentence_index
    named = {p.country for e in events if e.evidence.sentence_index == here for p in (e.source, e.target)
             if p is not None and is_state_code(p.country or "")}
    return bool(named - {event.target.country, other})


def open_act(event: Event) -> bool:
    """A row with no doer the coder keeps when it is not its sentence's main event, for the page to name its doer:
    an agentless release (events/released.py) or a doerless fire on a state ("..., a day after mortar rounds hit a
    settlement on the Rwandan shore": w15_07, the expulsion was the main event and the fire was dropped)."""
    return open_release(event) or doerless_fire(event)


def doerless_fire(event: Event) -> bool:
    """An ASSAULT, not denied, with a state hit and no one named firing: the doer is the passive's unnamed one or a
    phrase that names no actor ("mortar rounds", "shots"); militants, rebels or gunmen (a sector, no state) fired."""
    if event.event_type != "ASSAULT" or event.status == "negated" or event.source.country is not None:
        return False
    if event.source.sector is not None or not event.source.resolution.startswith(NO_DOER):
        return False
    if event.source.resolution.startswith(PHRASE) and _head_word(event.source.text) not in fire_words():
        return False  # "that guards had fired" (w27_06): people, whose state the page does not settle
    if not event.source.resolution.startswith(PHRASE) and trigger_lemma(event.rule) not in FIRE_VERBS:
        return False  # "soldiers were killed", "gendarmes are wounded": the people hit, often not the target read
    return event.target is not None and is_state_code(event.target.country or "")


def fire_words() -> set[str]:
    """What is fired (cues.tsv `projectile`: rounds, shells, rockets, shots) and the nouns of fire itself."""
    return set(cue_words("projectile")) | FIRE_NOUNS


def _head_word(text: str) -> str:
    """"Two shells from across the river" -> "shell": the phrase's noun before any "of"/"from" phrase, singular."""
    words = text.lower().split(" from ")[0].split(" of ")[-1].split()
    word = words[-1] if words else ""
    return word[:-1] if word.endswith("s") and word[:-1] in fire_words() else word


def _fired_on(event: Event, other: str | None) -> Event:
    if other is None or other == event.target.country:
        return event
    source = Actor(event.source.text, other, None, f"the page's other state: {other}, the fire on {event.target.country} named no doer")
    return with_party(event, source, event.target, "src→page-other(fire)", ORIGIN_FACTOR)
