"""A party read from an earlier event of the page: the latest such event, and the event rebuilt with its new party.

Shared by events/answered.py (a rejected charge's maker becomes the target), events/released.py (the state
reported holding the released people becomes the source), events/provoked.py and events/judged_decisions.py
(an untargeted act aimed at the state that provoked or judged it): each takes the nearest earlier event of a kind and give
the event a new content-hash id, a rule tag saying why, and a lower confidence.
"""
from __future__ import annotations

from dataclasses import replace

from detente import ids
from detente.records import Actor, Event


def latest(events: list[Event]) -> Event:
    """The event told last on the page (sentence, then trigger position)."""
    return max(events, key=lambda e: (e.evidence.sentence_index, e.evidence.trigger_start))


def with_party(event: Event, source: Actor, target: Actor, tag: str, factor: float | None = None) -> Event:
    """The event with its parties replaced, its id recomputed from them, `tag` added to its rule, its confidence
    times `factor` when one is given."""
    confidence = event.confidence if factor is None else round(event.confidence * factor, 3)
    return replace(event, event_id=ids.event_id(event.doc_id, event.evidence.trigger_start, event.event_type,
                                                source.country, target.country),
                   source=source, target=target, rule=f"{event.rule} {tag}", confidence=confidence)
