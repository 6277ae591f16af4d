"""A dispute's sources stored as the reports are named, so `detente sql` reads what `incidents ID` shows.

The incidents stage tells sources apart by outlet, else URL host, else "document:ID" (a file with neither);
queries.source_labels names such a source by its report's file name when an incident is shown (`incidents ID`,
the web page), but the stored `contradictions` JSON kept "document:ID", so `detente sql` gave the same source
another name than the command beside it (w21_03.txt against "document:<id>", incidents24 on eval/wire21). The
claim's doc_ids keep the key: the name is only what is shown.
"""
from __future__ import annotations

import dataclasses

from detente.records import Incident
from detente.store.queries import DOCUMENT_SOURCE, report_labels, source_labels


def labelled(path: str, incidents: list[Incident]) -> list[Incident]:
    """The incidents with each "document:ID" source of their claims named by its report's label."""
    docs = [o.removeprefix(DOCUMENT_SOURCE) for i in incidents for c in i.contradictions for k in c.claims
            for o in k.outlets if o.startswith(DOCUMENT_SOURCE)]
    if not docs:
        return incidents
    labels = report_labels(path, docs)
    return [_named(i, labels) if i.contradictions else i for i in incidents]


def _named(incident: Incident, labels: dict[str, str | None]) -> Incident:
    return dataclasses.replace(incident, contradictions=tuple(
        dataclasses.replace(c, claims=tuple(dataclasses.replace(k, outlets=source_labels(k.outlets, labels))
                                            for k in c.claims)) for c in incident.contradictions))
