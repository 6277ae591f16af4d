"""Pages that say a stance was never taken: a standing position told as background, not a denial of the act.

"Afghanistan has never recognised the Durand Line", "the United States has never accepted Canada's claim", "a
third of the border has never been agreed": the coder reads each as a negated AGREE (status_cue
"negation:never"), and such a page, grouped with a page that tells the pair's agreement of the day, was listed as
"status: asserted vs negated" (`detente incidents --disputed`): eval/wire48 (AFG–PAK, two pages), wire10 (CAN–USA),
wire32 (KGZ–TJK), wire39 (MAR–DZA). "Never" spans all time: of a stance (to agree, support, cooperate, concede) it
tells a position held, not that one act on one day did not happen. A deed is another matter: "its troops never
fired" denies the shots, so ASSAULT, COERCE and every other type keep their dispute.
"""
from __future__ import annotations

from detente.records import Report

# The types whose act is a stance a state holds over time; "never" of one is a standing position.
STANCES = frozenset({"AGREE", "SUPPORT", "COOPERATE", "CONCEDE"})
NEVER = "negation:never"


def standing_positions(reports: list[Report], says: dict[str, str]) -> set[str]:
    """The documents whose status (`says`, contradictions.document_status) is negated and whose every negated
    report is a stance negated by "never"."""
    return {doc for doc, status in says.items() if status == "negated"
            and all(_never_stance(r) for r in reports if r.doc_id == doc and r.status == "negated")}


def _never_stance(report: Report) -> bool:
    return report.event_type in STANCES and report.status_cue == NEVER
