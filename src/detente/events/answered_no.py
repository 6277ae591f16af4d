"""A bare "said no" (triggers.tsv `say` with `intj:no`: "Vilnius said no", "Copenhagen says no"; wire9 w9_11,
wire28 w28_08, gold REJECT) refuses only as the answer to a request made of the one who says it: its target is the
request's maker (events/refused_requests.py), and a "no" that answers no request is no refusal of anyone's (it went
to the page's other state)."""
from __future__ import annotations

from detente.events.lexicon import trigger_lemma
from detente.records import Event


def answered_noes(events: list[Event]) -> list[Event]:
    """The page's events without a bare "said no" that answers no request."""
    return [e for e in events if not _bare_no(e) or "tgt→requester" in e.rule or _asked(e, events)]


def _bare_no(event: Event) -> bool:
    return event.event_type == "REJECT" and trigger_lemma(event.rule) == "say" and "intj:no" in event.rule


def _asked(event: Event, events: list[Event]) -> bool:
    """A request its target made of its doer (or of nobody named), told before it or in its sentence."""
    here = event.evidence.sentence_index
    asker = event.target.country if event.target is not None else None
    return asker is not None and any(
        r.event_type == "REQUEST" and r.source.country == asker and r.evidence.sentence_index <= here
        and (r.target is None or r.target.country in (None, event.source.country)) for r in events)
