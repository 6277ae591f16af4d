"""`detente explain EVENT_ID`: why the event was coded the way it was."""
from __future__ import annotations

import typer
from rich.console import Console
from rich.text import Text

from detente import store
from detente.cli import glossary, options
from detente.cli.edge import edge
from detente.events.explain import target_how
from detente.store.queries import get_event

out = Console(highlight=False, markup=False, soft_wrap=True)  # resolutions are written [in brackets]; stored text may hold some;
# soft_wrap: a long rule ("verb:meet[not:…|…]") stays on its line instead of leaving "rule     :" empty above it


def register(app: typer.Typer) -> None:
    app.command("explain")(explain)


@edge
def explain(event_id: options.EventId,
            db: options.Db = store.DEFAULT_DB) -> None:
    """Explain an event: trigger and rule, how each actor was resolved, what set status and date."""
    e, _story = get_event(db, event_id)
    ev = e.evidence
    out.print(Text.assemble((e.event_type, "bold"), f" (mode {e.mode or '-'}, context {e.context or '-'}) "
                            f"confidence {e.confidence:.2f}"))
    out.print(f"trigger  : '{ev.trigger}' at chars {ev.trigger_start}-{ev.trigger_end} ({ev.segment_role})")
    out.print(f"rule     : {e.rule}")
    out.print(f"source   : '{e.source.text}' → {e.source.country or '?'} / {e.source.sector or '?'}"
              f"   [{e.source.resolution or 'no resolution recorded'}]")
    if e.target:
        out.print(f"target   : '{e.target.text}' → {e.target.country or '?'} / {e.target.sector or '?'}"
                  f"   [{e.target.resolution or 'no resolution recorded'}]")
        if paired := target_how(e):
            out.print(f"           {paired}")
    out.print(f"status   : {e.status}  [{e.status_cue or 'default: reported as having happened'}]")
    out.print(f"date     : {e.date.value or 'unknown'} ({e.date.precision}, from {e.date.source})"
              f"   [{e.date.note or '-'}]")
    if e.attribution:
        out.print(f"reported : {e.attribution} ({e.attribution_kind})")
    if e.location:
        out.print(f"location : {e.location.text} → {e.location.country or '?'}")
    out.print(f"sentence : {ev.sentence}")
    _print_meanings(e)


def _print_meanings(e) -> None:
    """Below the facts, what their terms mean: only the ones this event's lines use."""
    used = [(e.event_type, glossary.terms()["type"].get(e.event_type, ""))] + glossary.rule_terms(e.rule or "")
    used += [(f"from {e.date.source}", glossary.terms()["date_source"].get(e.date.source or "", ""))]
    used += glossary.named("date_note", e.date.note) + glossary.named("status", e.status_cue)
    used += [(name, meaning) for name, meaning in glossary.terms()["field"].items()
             if name in ("mode", "context", "confidence") or (name == "sector" and _has_sector(e))]
    out.print("what the terms mean:")
    for term, meaning in used:
        if meaning:
            out.print(f"  {term:<14} {meaning}")


def _has_sector(e) -> bool:
    return bool(e.source.sector or (e.target and e.target.sector))
