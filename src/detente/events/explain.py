"""Human-readable reasons behind an event's fields (for `detente explain`)."""
from __future__ import annotations

from detente.records import Actor, Event


def _actor(actor: Actor | None) -> dict | None:
    if actor is None:
        return None
    return {"text": actor.text, "country": actor.country, "sector": actor.sector, "resolution": actor.resolution}


def explain(event: Event) -> dict:
    return {
        "type": event.event_type,
        "rule": event.rule,
        "trigger": event.evidence.trigger,
        "status": event.status,
        "status_cue": event.status_cue or "default: reported as having happened",
        "date": event.date.value,
        "date_note": f"{event.date.source}: {event.date.note}",
        "source": _actor(event.source),
        "target": _actor(event.target),
        "attribution": f"{event.attribution} ({event.attribution_kind})" if event.attribution else None,
        "confidence": event.confidence,
        "sentence": event.evidence.sentence,
        "segment": event.evidence.segment_role,
    }
