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
from detente.events import in_kind, prefilter, triggers
from detente.records import Sentence


def mentions_trigger(text: str) -> bool:
    """A trigger form, or an answer in kind (events/in_kind.py: "Rwanda would not respond in kind" names no
    trigger of its own, and its sentence must be parsed and its actors found to code the answered act swapped)."""
    return prefilter.mentions_trigger(text) or in_kind.mentions_cue(text)


def could_code(sentence: Sentence) -> bool:
    """As mentions_trigger, after parsing."""
    return triggers.could_code(sentence) or in_kind.has_cue(sentence)


__all__ = ["code_events", "dated_page", "could_code", "explain", "mentions_trigger"]
