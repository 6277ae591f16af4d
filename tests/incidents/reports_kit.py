"""Hand-built Reports for the incidents tests (no parser needed)."""
from __future__ import annotations

import itertools

from detente.records import Report

_serial = itertools.count()


def report(event_type: str = "AGREE", source: str | None = "KEN", target: str | None = "TZA", *,
           doc: str = "d1", story: str | None = "s1", outlet: str | None = None, published: str | None = "2024-05-14",
           status: str = "asserted", date: str | None = "2024-05-14", stated: bool = False,
           confidence: float = 0.7, trigger: int | None = None, url: str | None = None,
           sentence: int | None = None, speaker: str | None = None,
           act: str | None = None) -> Report:
    """A report; `stated` makes its date one the sentence states (else it is the publication date)."""
    n = next(_serial)
    precision = {10: "day", 7: "month", 4: "year"}.get(len(date or ""), "none")
    note = f"month-day: 'May 13' resolved against metadata {published}" if stated else "publication date"
    return Report(f"e{n:06d}", doc, story, outlet, url, published, event_type, None, status, date, precision,
                  "sentence" if stated else "publication", note, source, "GOV", target, "GOV", None, None,
                  confidence, n if trigger is None else trigger, sentence, speaker, act)
