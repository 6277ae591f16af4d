"""Events stage: code PLOVER events from parsed sentences and actor mentions.

Public API (used by detente.pipeline):
    code_events(article, sentences, mentions) -> tuple[Event, ...]
    mentions_trigger(text) -> bool      cheap, recall-safe prefilter on raw sentence text
    explain(event) -> dict              why each field of an event has its value
"""
from __future__ import annotations

from detente.events.coder import code_events
from detente.events.explain import explain
from detente.events.prefilter import mentions_trigger

__all__ = ["code_events", "explain", "mentions_trigger"]
