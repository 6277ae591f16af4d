"""Human-readable reasons behind an event's fields (for `detente explain`)."""
from __future__ import annotations

from detente.records import Actor, Event


def _actor(actor: Actor | None) -> dict | None:
    if actor is None:
        return None
    return {"text": actor.text, "country": actor.country, "sector": actor.sector, "resolution": actor.resolution}


# The coder writes how it found each argument in the sentence ('tgt=object'); a later step that changes the
# target appends 'tgt→how'. Parties named together ("signed by Kenya's minister and Tanzania's minister", "X and
# Y held talks") are made each other's target when the sentence names none, without a word in the rule, so
# `explain` printed 'tgt=none … no target was named' over a named target (session 14 newcomer, demo corpus).
PAIRED_TARGET = ("the other party named with the source: parties named together in an act done with each other "
                 "are each other's target (the rule's tgt= word is what the sentence itself gave)")


def target_how(event: Event) -> str | None:
    """Why the event has a target its rule says the sentence did not name, or None when the rule says it."""
    words = event.rule.split() if event.rule else []
    if event.target is None or any(w.startswith("tgt→") for w in words):
        return None
    # "X and Y held talks in Oslo": 'tgt=place venue-not-a-party', the venue set aside for the co-party
    return PAIRED_TARGET if "tgt=none" in words or "venue-not-a-party" in words else None


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
        "target_how": target_how(event),
        "attribution": f"{event.attribution} ({event.attribution_kind})" if event.attribution else None,
        "confidence": event.confidence,
        "sentence": event.evidence.sentence,
        "segment": event.evidence.segment_role,
    }
