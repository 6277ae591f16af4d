"""The export contract: the JSON shape of one event and one document (kept stable; the benchmark
scorer in ../shared/bench reads it). Only this module decides field names and nesting."""
from __future__ import annotations

from typing import Any

from detente.records import Actor, Article, Event

EVENT_FIELDS = ("event_id", "doc_id", "story_id", "event_type", "mode", "context", "status", "date",
                "date_precision", "source", "target", "location", "attribution", "confidence", "evidence")
DOCUMENT_FIELDS = ("doc_id", "path", "url", "title", "outlet", "published", "story_id")


def actor_json(actor: Actor | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {"text": actor.text, "country": actor.country, "sector": actor.sector}


def event_json(event: Event, story_id: str | None) -> dict[str, Any]:
    """One event in the export contract (PLOVER-style JSONL line)."""
    ev = event.evidence
    return {
        "event_id": event.event_id, "doc_id": event.doc_id, "story_id": story_id,
        "event_type": event.event_type, "mode": event.mode, "context": event.context,
        "status": event.status, "date": event.date.value, "date_precision": event.date.precision,
        "source": actor_json(event.source), "target": actor_json(event.target),
        "location": ({"text": event.location.text, "country": event.location.country}
                     if event.location else None),
        "attribution": event.attribution,
        "confidence": event.confidence,  # probability that the event is right (detente.events.confidence)
        "evidence": {"segment_role": ev.segment_role, "sentence": ev.sentence, "start": ev.start, "end": ev.end},
    }


def document_json(article: Article, story_id: str | None) -> dict[str, Any]:
    """One document in the export contract, from a record."""
    return {
        "doc_id": article.doc_id, "path": article.path, "url": article.url,
        "title": article.title, "outlet": article.outlet,
        "published": article.published.value, "story_id": story_id,
    }


def document_json_from_row(row: dict[str, Any]) -> dict[str, Any]:
    """One document in the export contract, from a stored row (same fields, same order)."""
    return {name: row.get(name) for name in DOCUMENT_FIELDS}


def flatten(record: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested contract JSON → flat columns for CSV/TSV/Parquet ("source.country" → "source_country")."""
    flat: dict[str, Any] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, f"{name}_"))
        else:
            flat[name] = value
    return flat
