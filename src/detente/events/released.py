"""Who lets detainees go: "X's police arrested two Y officers. The officers were released on Friday." The release
is an agentless passive, so the sentence names no doer; the state the page last reported holding Y's people (a
COERCE act of that state aimed at Y, in the release's sentence or before it) is the one that lets them go
(PLOVER RETREAT / CONCEDE: releasing persons is the holder's act).

wire14 (written blind in session 17): three core releases of border police and customs officers were left with
no source after their arrest had been coded with its doer a few sentences before. Only releases that already have
a target state and an unnamed doer are read; a release whose sentence names who freed them keeps it.

When the page reports no holding act and names the released people by no state ("the officers were driven to the
border post and handed over"), the actors stage guesses the page's main state for them; on a page about a release
that guess is the holder (wire9, wire14), so the guessed state lets go people of the page's clear other state
(events.counterpart.counterpart_of). Left off (session 19): people named as one state's ("The two Czechs were
released") given the page's other state as the holder: right on wire14 and wire16, but one more false positive on
a held-out set (wire7 P 0.826 -> 0.817).
"""
from __future__ import annotations

from collections import Counter

from detente.actors.coref import is_state_code
from detente.events.counterpart import counterpart_of
from detente.events.held_people import held_in, holding_mark
from detente.events.lexicon import cue_words, trigger_lemma
from detente.events.reassign import latest, with_party
from detente.records import Actor, Event, Sentence

HOLDER_FACTOR = 0.8  # a doer read from another sentence, as for answered charges (events/answered.py)
UNNAMED_RULE = "src→unnamed(agentless-passive)"
# the actors stage's notes for a state given to people the sentence names by no state: the page's main state, or
# the state a national outlet's page speaks as (actors.home_voice; session 26: w14_08, a Banjul paper named in its
# <title>, gave "the officers had been freed" the Gambia as the freed officers' state once the outlet was read)
GUESSED = ("document context", "as the state the page speaks as")
HOLDING = frozenset({"COERCE"})  # detaining, seizing, arresting


def with_releasers(events: list[Event], states: Counter[str] | None = None,
                   sentences: tuple[Sentence, ...] = ()) -> list[Event]:
    """The events of one page, each agentless release of a state's people given the state that held them
    (`states`: how often the page names each state, for a page that reports no holding act; `sentences`: the
    page's parsed sentences, for people the release's own sentence says were held, events/held_people.py)."""
    by_index = {s.index: s for s in sentences}
    return [_released(e, events, states or Counter(), by_index.get(e.evidence.sentence_index)) if open_release(e)
            else _held_pair(e, events) if untargeted_release(e) else e for e in events]


def open_release(event: Event) -> bool:
    """A release with a target state, no doer, coded from a verb of letting detainees go (cues.tsv `freeing`).
    The coder keeps one even when it is not its sentence's main event, for `with_releasers` to read its holder:
    "The fishermen held since X's police boarded their boat were let go" (wire18: the holding act was the
    sentence's main event and the release was dropped for its missing doer)."""
    if event.event_type not in ("RETREAT", "CONCEDE") or event.status == "negated":
        return False
    if event.source.country is not None or UNNAMED_RULE not in event.rule:
        return False
    if event.target is None or not is_state_code(event.target.country or ""):
        return False
    return trigger_lemma(event.rule) in cue_words("freeing")



def _released(event: Event, events: list[Event], states: Counter[str], sentence: Sentence | None) -> Event:
    """The release given the nearest earlier holder of its target's people as its source, if the page has one;
    people of a guessed state are the page's other state's, let go by the guessed one."""
    here, held = event.evidence.sentence_index, event.target.country
    holders = [e for e in events if e.event_type in HOLDING and e.status != "negated" and e.target is not None
               and e.target.country == held and is_state_code(e.source.country or "") and e.source.country != held
               and e.evidence.sentence_index <= here]
    if not holders and event.evidence.segment_role == "title":
        holders = _told_after(event, events, held)
    if not holders and any(guess in event.target.resolution for guess in GUESSED):
        return _guessed_holder(event, counterpart_of(states, held))
    if not holders and (mark := holding_mark(event, sentence)) is not None:
        places = held_in(sentence, mark)
        return _other_holder(event, next(iter(places)) if len(places) == 1 else counterpart_of(states, held))
    if not holders:
        return event
    holder = latest(holders).source.country
    source = Actor(event.source.text, holder, None, f"the holder: {holder} was reported holding {held}'s people")
    return with_party(event, source, event.target, "src→holder", HOLDER_FACTOR)


def _told_after(event: Event, events: list[Event], held: str) -> list[Event]:
    """A headline's release ("Georgian officers freed after hotline talks") comes before the body that tells who
    held them: the body's holding acts of the freed people's state, nearest first (wire34 w34_03: the headline's
    release had no doer, and a climb from "talks" made the freed officers their own releasers)."""
    later = [e for e in events if e.event_type in HOLDING and e.status != "negated" and e.target is not None
             and e.target.country == held and is_state_code(e.source.country or "") and e.source.country != held]
    return [min(later, key=lambda e: (e.evidence.sentence_index, e.evidence.trigger_start))] if later else []


def _guessed_holder(event: Event, other: str | None) -> Event:
    """"The officers were driven to the border post and handed over": people the sentence does not name as any
    state's get the page's main state by guess, and on a page about a release that is the state that let them
    go, the people being the other side's (wire9, wire14: both such guesses named the holder, whose people the
    page's other state's were). The guessed state becomes the source, the page's other state the target."""
    if other is None:
        return event
    holder = event.target.country
    source = Actor(event.source.text, holder, None, f"the page's state: {holder} let go {other}'s people")
    target = Actor(event.target.text, other, event.target.sector, f"the page's other state: {other}")
    return with_party(event, source, target, "src→page-holder(guessed)", HOLDER_FACTOR)


def _other_holder(event: Event, other: str | None) -> Event:
    """People of the target's state, said in the sentence to have been held, let go by the page's other state."""
    if other is None or other == event.target.country:
        return event
    source = Actor(event.source.text, other, None, f"the page's other state: {other} held {event.target.country}'s people")
    return with_party(event, source, event.target, "src→page-holder(held)", HOLDER_FACTOR)


def untargeted_release(event: Event) -> bool:
    """An open release whose people the sentence names by no state either ("the crew were handed over at the
    crossing", "he had been freed on bail")."""
    if event.event_type not in ("RETREAT", "CONCEDE") or event.status == "negated" \
            or event.target is not None and event.target.country is not None:
        return False
    return event.source.country is None and UNNAMED_RULE in event.rule \
        and trigger_lemma(event.rule) in cue_words("freeing")


def _held_pair(event: Event, events: list[Event]) -> Event:
    """An untargeted release given the page's one holding pair told before it: the page reported one state
    holding another's people, so the people let go are those, let go by their holder (wire26 w26_03, core RETREAT
    IRN>AZE: the sailors handed over at a border bridge, after the page told of Iran's guards seizing them). A
    page that tells of holdings by or of more than one pair leaves the release as it was."""
    here = event.evidence.sentence_index
    pairs = {(e.source.country, e.target.country) for e in events
             if e.event_type in HOLDING and e.status != "negated" and e.target is not None
             and is_state_code(e.source.country or "") and is_state_code(e.target.country or "")
             and e.source.country != e.target.country and e.evidence.sentence_index <= here}
    if len(pairs) != 1:
        return event
    holder, held = next(iter(pairs))
    source = Actor(event.source.text, holder, None, f"the holder: {holder} was the page's one holder of {held}'s people")
    target = Actor(event.target.text if event.target else event.source.text, held, None, f"the held: the page's one holding act was {holder}'s of {held}'s people")
    return with_party(event, source, target, "src→holder(one-pair)", HOLDER_FACTOR)
