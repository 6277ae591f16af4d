"""The export contract: the JSON shape of one event and one document (kept stable; the benchmark
scorer in ../shared/bench reads `event_id, doc_id, event_type, status, date, source{country},
target{country}, incident_id, confidence`). Only this module decides field names and nesting of the
default format; fields are only ever added. docs/codebook.md describes each one.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from detente.export.cameo import cameo_of
from detente.places.regions import admin1_name
from detente.records import Actor, Article, Event, Location

# Field → None for a scalar, or the keys of its object (the flat CSV/Parquet column is "field_key").
EVENT_SHAPE: dict[str, tuple[str, ...] | None] = {
    "event_id": None, "doc_id": None, "story_id": None, "incident_id": None,
    "incident": ("mentions", "documents", "outlets"),
    "event_type": None, "mode": None, "context": None, "status": None, "status_cue": None,
    "date": None, "date_precision": None, "date_start": None,
    "source": ("text", "country", "sector"), "target": ("text", "country", "sector"),
    "location": ("text", "country", "latitude", "longitude", "admin1", "geo_precision", "geonameid", "admin1_name"),
    "attribution": None, "attribution_kind": None, "confidence": None, "quad_class": None,
    "cameo": ("code", "description", "goldstein"),
    "evidence": ("segment_role", "sentence_number", "sentence", "start", "end", "trigger", "trigger_start",
                 "trigger_end"),
    "cite": ("url", "title", "outlet", "published"),
}
EVENT_FIELDS = tuple(EVENT_SHAPE)
DOCUMENT_FIELDS = ("doc_id", "path", "url", "title", "outlet", "published", "story_id")
# `export documents` writes every column of the documents table (docs/codebook.md), the contract's first and
# the article text last (the long one).
DOCUMENT_EXPORT_FIELDS = DOCUMENT_FIELDS + ("line", "fmt", "published_precision", "published_source",
                                            "published_note", "sentences", "parsed", "ingested_at", "text")


def flat_columns(shape: Mapping[str, tuple[str, ...] | None] = EVENT_SHAPE) -> tuple[str, ...]:
    """The CSV/TSV/Parquet columns of a nested shape, in order."""
    return tuple(c for field, keys in shape.items() for c in ([field] if keys is None else
                                                               [f"{field}_{k}" for k in keys]))


def actor_json(actor: Actor | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {"text": actor.text, "country": actor.country, "sector": actor.sector}


def location_json(loc: Location | None) -> dict[str, Any] | None:
    if loc is None:
        return None
    return {"text": loc.text, "country": loc.country, "latitude": loc.latitude, "longitude": loc.longitude,
            "admin1": loc.admin1, "geo_precision": loc.geo_precision, "geonameid": loc.geonameid,
            "admin1_name": admin1_name(loc.admin1)}


def quad_class(event_type: str) -> str | None:
    from detente.web.quads import quad_table  # PLOVER's quad classes, one table for the page and the exports

    found = quad_table().get(event_type)
    return found.quad_class if found else None


def event_json(event: Event, story_id: str | None, extra: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """One event in the export contract (detente's JSONL line). `extra` is the stored row around the
    event: its incident_id and the incident's counts, and the document's url, title, outlet and
    published date, where known."""
    ev, x = event.evidence, extra or {}
    cameo = cameo_of(event.event_type, event.mode, event.rule)
    return {
        "event_id": event.event_id, "doc_id": event.doc_id, "story_id": story_id,
        "incident_id": x.get("incident_id") or event.incident_id,
        "incident": ({"mentions": x.get("n_mentions"), "documents": x.get("n_documents"), "outlets": x.get("n_outlets")}
                     if x.get("n_mentions") is not None else None),
        "event_type": event.event_type, "mode": event.mode, "context": event.context,
        "status": event.status, "status_cue": event.status_cue or None,
        "date": event.date.value, "date_precision": event.date.precision, "date_start": _day(x.get("date_start")),
        "source": actor_json(event.source), "target": actor_json(event.target),
        "location": location_json(event.location),
        "attribution": event.attribution, "attribution_kind": event.attribution_kind,
        "confidence": event.confidence, "quad_class": quad_class(event.event_type),
        "cameo": {"code": cameo.code, "description": cameo.description, "goldstein": cameo.goldstein} if cameo else None,
        "evidence": {"segment_role": ev.segment_role, "sentence_number": _number(ev.sentence_index),
                     "sentence": ev.sentence, "start": ev.start, "end": ev.end, "trigger": ev.trigger,
                     "trigger_start": ev.trigger_start, "trigger_end": ev.trigger_end},
        "cite": {"url": x.get("url"), "title": x.get("title"), "outlet": x.get("outlet"),
                 "published": x.get("published")},
    }


def _number(index: int | None) -> int | None:
    """Sentence numbers count from 1 in the document, as ICEWS's "Sentence Number" does."""
    return None if index is None else index + 1


def _day(value: Any) -> str | None:
    return value.isoformat() if hasattr(value, "isoformat") else value


def document_json(article: Article, story_id: str | None) -> dict[str, Any]:
    """One document in the export contract, from a record."""
    return {
        "doc_id": article.doc_id, "path": article.path, "url": article.url,
        "title": article.title, "outlet": article.outlet,
        "published": article.published.value, "story_id": story_id,
    }


def document_json_from_row(row: dict[str, Any]) -> dict[str, Any]:
    """One document as `export documents` writes it, from a stored row: the contract's fields, then the
    table's other columns."""
    return {name: row.get(name) for name in DOCUMENT_EXPORT_FIELDS}


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
