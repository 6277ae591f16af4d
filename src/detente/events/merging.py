"""One event per (type, source, target) in a sentence: which of two triggers coding the same act is kept.

Two triggers of one sentence often code one act ("travelled to Seoul, where on Saturday she held talks with
her counterpart"): the first coded is kept, and a later one only gives it a more precise date (newswire: the
visit, read first, knew only the year).
"""
from __future__ import annotations

from detente.records import Actor, Event

PRECISION_RANK = {"day": 3, "week": 2, "month": 2, "year": 1}


def actor_key(actor: Actor | None) -> str | None:
    return None if actor is None else (actor.country or actor.text.lower())


def event_key(event: Event) -> tuple:
    return event.event_type, actor_key(event.source), actor_key(event.target)


def keep(events: dict[tuple, Event], event: Event) -> None:
    """Add an event of the sentence, or let it replace the kept one of its key when it is better dated."""
    key = event_key(event)
    if key not in events or better_dated(event, events[key]):
        events[key] = event


def refine_dates(events: dict[tuple, Event], found: list[Event]) -> None:
    """A background clause retelling a kept act with its day gives that act its day; it adds no event."""
    for event in found:
        key = event_key(event)
        if key in events and better_dated(event, events[key]):
            events[key] = event


def better_dated(event: Event, kept: Event) -> bool:
    return event.status == kept.status and \
        PRECISION_RANK.get(event.date.precision, 0) > PRECISION_RANK.get(kept.date.precision, 0)
