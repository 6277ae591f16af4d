"""Events stage: code PLOVER events from parsed sentences and actor mentions.

Public API (used by detente.pipeline):
    code_events(article, sentences, mentions) -> tuple[Event, ...]
    dated_page(article, sentences, mentions) -> Article   an undated page with the day its text pins
    mentions_trigger(text) -> bool      cheap, recall-safe prefilter on raw sentence text
    could_code(sentence) -> bool        after parsing, before entities: can any trigger match?
    explain(event) -> dict              why each field of an event has its value
"""
from __future__ import annotations

from detente.events.coder import code_events, dated_page
from detente.events.explain import explain
from detente.events.prefilter import mentions_trigger
from detente.events.triggers import could_code

__all__ = ["code_events", "dated_page", "could_code", "explain", "mentions_trigger"]
