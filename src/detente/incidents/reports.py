"""Reports built from in-memory records (the store builds the same records from its rows)."""
from __future__ import annotations

from detente.incidents.apart import act_of, speaker_of
from detente.incidents.asks import asks_of
from detente.records import Article, Event, Report


def report_of(event: Event, article: Article, story_id: str | None) -> Report:
    src, tgt, loc = event.source, event.target, event.location
    return Report(event.event_id, event.doc_id, story_id, article.outlet, article.url, article.published.value,
                  event.event_type, event.mode, event.status, event.date.value, event.date.precision,
                  event.date.source, event.date.note, src.country, src.sector, tgt.country if tgt else None,
                  tgt.sector if tgt else None, loc.text if loc else None, loc.country if loc else None,
                  event.confidence, event.evidence.trigger_start,
                  event.evidence.sentence_index, speaker_of(src.resolution),
                  act_of(event.event_type, event.rule), asks_of(event.event_type, _after_trigger(event)),
                  event.status_cue)


def _after_trigger(event: Event) -> str:
    """The sentence from the trigger on, as the store reads it (store/rows.py REPORT_SELECT: 160 characters)."""
    ev = event.evidence
    return ev.sentence[ev.trigger_start - ev.start:][:160]
