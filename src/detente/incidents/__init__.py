"""Incidents stage: one real-world event, one record, whatever the number of sentences and outlets.

Runs after stories over every stored event (corpus-level, like stories), so incident ids do not
depend on ingest order or on how the corpus was split into runs. Reports (event rows) are grouped
when they share the event type and country pair (direction-free for symmetric types) and their
stated dates fit, within one story, or across stories on the same stated day (group.py); a group
whose reports say they are different acts (two named speakers' statements, a summons and the words
around it) is split again (apart.py). Each group
becomes an Incident with resolved fields, counts of mentions, documents and independent outlets, a
confidence that rises with independent sources (resolve.py), and the points its sources disagree
on (contradictions.py).
"""
from __future__ import annotations

from collections.abc import Iterable

from detente.incidents.group import group_reports
from detente.incidents.resolve import resolve
from detente.records import Incident, Report

__all__ = ["assign_incidents"]


def assign_incidents(reports: Iterable[Report]) -> list[Incident]:
    """Every report in exactly one Incident; the same reports always give the same incidents."""
    return [resolve(group) for group in group_reports(reports)]
