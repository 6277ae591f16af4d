"""One event per (type, source, target) in a sentence: which of two triggers coding the same act is kept.

Two triggers of one sentence often code one act ("travelled to Seoul, where on Saturday she held talks with
her counterpart"): the first coded is kept, and a later one only gives it a more precise date (newswire: the
visit, read first, knew only the year).

The kept event also keeps the page-side evidence of the one it stands for: a source turned from the state its act
is aimed at (coder._other_home) tells events/page_side.py which side the page speaks from, and that should not
depend on which of two rows of one act won (wire10 w10_13: "The U.S. ambassador was called to the Pearson Building
... and handed a note, which officials described as ...": the summons row won over "officials described", whose
turned source had re-coded the page for Canada's side; without it a headline gave a false REQUEST USA→CAN).
"""
from __future__ import annotations

from dataclasses import replace

from detente import ids
from detente.events.page_side import TURNED
from detente.records import Actor, Event, Mention

PRECISION_RANK = {"day": 3, "week": 2, "month": 2, "year": 1}


def actor_key(actor: Actor | None) -> str | None:
    return None if actor is None else (actor.country or actor.text.lower())


def aimed_at(event: Event, state: Mention, why: str, tag: str) -> Event:
    """The event re-aimed at the state of a mention the rule found: its target says why, its id is the new pair's
    and its rule is marked with the rule's tag (tgt→place-owner, tgt→force-host, ...)."""
    target = Actor(state.text, state.country, state.sector, why)
    event_id = ids.event_id(event.doc_id, event.evidence.trigger_start, event.event_type, event.source.country,
                            state.country)
    return replace(event, event_id=event_id, target=target, rule=f"{event.rule} {tag}")


def event_key(event: Event) -> tuple:
    return event.event_type, actor_key(event.source), actor_key(event.target)


def keep(events: dict[tuple, Event], event: Event) -> None:
    """Add an event of the sentence, or let it replace the kept one of its key when it is better dated."""
    key = event_key(event)
    if key not in events:
        events[key] = event
    elif better_dated(event, events[key]):
        events[key] = with_turn(event, events[key])
    else:
        events[key] = with_turn(events[key], event)


def refine_dates(events: dict[tuple, Event], found: list[Event]) -> None:
    """A background clause retelling a kept act with its day gives that act its day (and its page-side turn); it
    adds no event."""
    for event in found:
        key = event_key(event)
        if key in events:
            kept = events[key]
            events[key] = with_turn(event, kept) if better_dated(event, kept) else with_turn(kept, event)
        elif event.target is None or event.target.country is None:  # a background clause gets no counterpart
            for other in [k for k in events if k[:2] == key[:2]]:
                events[other] = with_turn(events[other], event)


def better_dated(event: Event, kept: Event) -> bool:
    return event.status == kept.status and \
        PRECISION_RANK.get(event.date.precision, 0) > PRECISION_RANK.get(kept.date.precision, 0)


def with_turn(kept: Event, dropped: Event) -> Event:
    """The kept event, its source carrying the page-side turn of the dropped one's when it has none of its own."""
    turn = TURNED.search(dropped.source.resolution)
    if turn is None or TURNED.search(kept.source.resolution):
        return kept
    return replace(kept, source=replace(kept.source, resolution=kept.source.resolution + turn.group(0)))
