"""Who lets held people come back: "X's border guards detained two Y officers. ... The officers walked back
across the bridge on Friday." The coming back is told with the people as its subject, so the sentence reads as
their own state's act; PLOVER codes a release as the holder's RETREAT aimed at the people's state. The state the
page last reported holding that state's people (a COERCE act aimed at it, in this sentence or before) is the one
that let them go, as for an agentless release (events/released.py).

Evidence: "walked back across the line / the Bourha post / the Dostuk crossing", "crossed back into Tunisia /
Egypt / Moldova", "the fishermen came home", "fishermen held ... returned home" (wire4, wire9, wire14, wire17,
wire22, wire25, wire29, wire34: about a dozen core releases missed or coded as the people's own withdrawal).
Only the triggers.tsv rows with a people subject and "back"/"home" are read (cues.tsv `homecoming`); units
returning to base (the unit subject rows) withdraw on their own and are left alone.
"""
from __future__ import annotations

import re

from detente.actors.coref import is_state_code
from detente.events.lexicon import cue_words, trigger_lemma
from detente.events.reassign import latest, with_party
from detente.records import Actor, Event

HOLDER_FACTOR = 0.8  # a doer read from another sentence, as for agentless releases (events/released.py)
_PEOPLE_ROW = re.compile(r"^verb:\w+\[subj:[a-z|]+&word:(back|home)\]")


def with_holders(events: list[Event]) -> list[Event]:
    """The events of one page, each held people's coming back given their holder as its source and their
    state as its target; one whose holder the page does not report, or whose release the page already codes, is
    dropped."""
    out = []
    for event in events:
        if not homecoming(event):
            out.append(event)
            continue
        released = _released(event, events)
        if released is not None and not _told(released, events):
            out.append(released)
    return out


def _told(released: Event, events: list[Event]) -> bool:
    """The page already codes this holder's release of these people from another verb ("Tripoli freed the men"):
    the coming back is the same release, and a second copy only split its incident (wire14: incident F1
    0.811 -> 0.806 with it kept)."""
    pair = (released.source.country, released.target.country)
    return any(e.event_type in ("RETREAT", "CONCEDE") and e.target is not None
               and (e.source.country, e.target.country) == pair
               and not homecoming(e) for e in events)


def homecoming(event: Event) -> bool:
    """A RETREAT coded from a verb of coming back whose subject is people ("the officers walked back")."""
    if event.event_type != "RETREAT" or event.status == "negated":
        return False
    return trigger_lemma(event.rule) in cue_words("homecoming") and bool(_PEOPLE_ROW.match(event.rule))


def _released(event: Event, events: list[Event]) -> Event | None:
    """The coming back as the latest earlier holder's release of the people's state's people, or None."""
    here, people = event.evidence.sentence_index, event.source.country
    named = people if is_state_code(people or "") else None
    holders = [e for e in events if e.event_type == "COERCE" and e.status != "negated" and e.target is not None
               and is_state_code(e.target.country or "") and is_state_code(e.source.country or "")
               and e.source.country != e.target.country and e.evidence.sentence_index <= here]
    # "The four officers crossed back": a bare people noun may be resolved to the detainers named just before
    # ("Chilean border guards detained four Peruvian officers"); the holder whose target they are wins, else the
    # holder they were wrongly resolved to
    mine = [e for e in holders if named in (None, e.target.country)] or [e for e in holders if e.source.country == named]
    if not mine:
        return None
    holder = latest(mine)
    source = Actor(holder.source.text, holder.source.country, holder.source.sector,
                   f"the holder: {holder.source.country} was reported holding {holder.target.country}'s people")
    target = Actor(event.source.text, holder.target.country, event.source.sector,
                   f"the people who came back: {holder.target.country}'s")
    return with_party(event, source, target, "src→holder(came back)", HOLDER_FACTOR)
