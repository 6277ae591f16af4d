"""Who voiced a statement: two named people of one state saying the same kind of thing are two statements.

A condemnation by a state's foreign minister and one by its defence minister in the same days are two
incidents, however alike their type, pair and dates ("Foreign Minister Le Drian called the junta
illegitimate"; "Defence Minister Parly accused the junta of provocations": realnews, where they were
one). The person comes from the source actor's resolution (actors.resolve writes "office holder 'Name'",
"person 'Name'", or a pronoun "→ Name (ISO)"), reduced to a family name so "Jean-Yves Le Drian",
"Le Drian" and "He" (→ Jean-Yves Le Drian) are one speaker. Reports naming no person (a state, a
capital, a ministry) say nothing about who spoke: they stay with the speaker of their own document, or
else the speaker most reports name.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from detente.incidents.types import incident_type
from detente.records import Report

# Verbal types: one statement is one speaker's. Acts (an attack, an agreement, a meeting) are done by
# states whoever announced them, and a welcome (SUPPORT) joins its agreement's incident (types.py).
STATEMENTS = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN"})

_PERSON = re.compile(r"^[^→]*→ (?:office holder|person) '([^']+)'")
_PRONOUN = re.compile(r"^\S+ → pronoun '\w+' → ([A-Z][\w.'-]*(?: [\w.'-]+)*) \(")


def speaker_of(resolution: str | None) -> str | None:
    """The family name (lower case) of the person a source actor resolved to; None for anything else."""
    found = _PERSON.match(resolution or "") or _PRONOUN.match(resolution or "")
    return found.group(1).split()[-1].lower() if found else None


def by_speaker(group: list[Report]) -> list[list[Report]]:
    """One incident's reports split by speaker when it is a statement with two or more named speakers;
    else the group itself. A report naming nobody goes with its document's speaker (the only one
    named there), else with the speaker most reports name (the first of equals by name)."""
    if not all(incident_type(r.event_type) in STATEMENTS for r in group):
        return [group]
    named: dict[str, list[Report]] = defaultdict(list)
    for r in group:
        if r.speaker:
            named[r.speaker].append(r)
    if len(named) < 2:
        return [group]
    counts = Counter({name: len(members) for name, members in named.items()})
    main = min(counts, key=lambda name: (-counts[name], name))
    in_doc = defaultdict(set)
    for r in group:
        if r.speaker:
            in_doc[r.doc_id].add(r.speaker)
    for r in group:
        if not r.speaker:
            own = in_doc.get(r.doc_id, set())
            named[own.copy().pop() if len(own) == 1 else main].append(r)
    return list(named.values())
