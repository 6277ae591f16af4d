"""Agreements stage: named agreements followed over time (corpus-level, after incidents).

Each stored event whose sentence names an agreement (names.py) is one step of that agreement's life
(lifecycle.py). Reports of one agreement are gathered (track.py): a proper name ("the Harbour Access
Accord", an acronym given beside it) is the same agreement wherever it is written; a common name ("the
grain deal") is one agreement among parties that overlap; a truce or a deal named by its parties ("a
ceasefire", "the Norway-Iceland agreement") is one per pair of parties. An agreement's stage is the
step its latest dated report tells.
"""
from __future__ import annotations

from collections.abc import Iterable

from detente.agreements.track import track_agreements
from detente.records import Agreement, AgreementReport

__all__ = ["follow_agreements"]


def follow_agreements(reports: Iterable[AgreementReport]) -> list[Agreement]:
    """Every agreement named by the reports, with its parties and dated steps; same input, same ids."""
    return track_agreements(reports)
