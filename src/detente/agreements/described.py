"""A common name that describes a named agreement of the same story is that agreement.

The pages of one story name a deal once ("the Tavush Border Protocol") and describe it elsewhere ("a border
demarcation protocol", "the frontier deal"): the newcomer's review (session 16) found both listed as deals
of their own. A common name attaches to a proper name of its story when exactly one proper name there
shares a party with it and is of its kind: the same specific head ("protocol", "treaty") or a subject
word of one family (data/subjects.tsv). Generic heads ("agreement", "deal") alone do not tell one deal of
a story from another ("the trade agreement" beside "the Paris Agreement").

A shorter name of a named deal of the same story joins it whatever its parties (shortened_in_story): a
headline names a deal by a place and a head ("Parliament ratifies Sevan accord") above a body naming it in
full ("the Sevan Border Delimitation Agreement"); the headline's act often has no resolved parties, and the
newcomer's review (session 17) found it listed as a second deal with none.
"""
from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable

from detente import datafiles
from detente.agreements.names import NameHit, head_of, heads
from detente.records import AgreementReport

GENERIC_HEADS = frozenset({"agreement", "deal", "accord", "pact"})


@functools.lru_cache(maxsize=1)
def subject_families() -> dict[str, str]:
    """word → family, from data/subjects.tsv."""
    return {row[0]: row[1] for _, row in datafiles.numbered_rows("agreements", "subjects.tsv", 2, 2)}


def described_names(named: list[tuple[AgreementReport, NameHit]], aliases: dict[str, str],
                    parties: Callable[[AgreementReport, NameHit], frozenset[str]]) -> dict[str, str]:
    """event id → the proper name its report's common name describes (only when one fits in its story)."""
    proper: dict[tuple[str, str], set[str]] = defaultdict(set)  # (story, proper name) → its parties there
    for report, hit in named:
        full = hit.name if hit.proper else aliases.get(hit.name)
        if full:
            proper[(_story(report), full)].update(parties(report, hit))
    found = {}
    for report, hit in named:
        if hit.proper or hit.name in aliases or heads().get(_head(hit.text)) != "instrument":
            continue
        fits = {name for (story, name), ps in proper.items()
                if story == _story(report) and ps & parties(report, hit) and _same_kind(hit, name)}
        if len(fits) == 1:
            found[report.event_id] = fits.pop()
    return found


def _story(report: AgreementReport) -> str:
    return report.story_id or report.doc_id


def _head(text: str) -> str | None:
    words = text.split()
    return head_of(words[-1]) if words else None


def _same_kind(hit: NameHit, proper_name: str) -> bool:
    """The common name's specific head is the proper name's, or its subject word is of a family one of
    the proper name's words is of."""
    head = _head(hit.text)
    if head not in GENERIC_HEADS and head == _head(proper_name):
        return True
    subjects = {w.lower() for w in hit.text.split()[:-1]} if len(hit.name.split()) > 1 else set()
    families = {subject_families().get(w, w) for w in subjects}  # each word of "grain export deal"
    return any(subject_families().get(w, w) in families for w in proper_name.split()[:-1])


def shortened_in_story(named: list[tuple[AgreementReport, NameHit]], aliases: dict[str, str]) -> dict[str, str]:
    """event id → the one longer proper name of its story whose words hold all of the report's name's words
    but its head ("sevan accord" → "sevan border delimitation agreement"), of a compatible head (both of
    GENERIC_HEADS or the same head). Names the corpus-wide rules already join (`aliases`) are left alone."""
    proper: dict[str, set[str]] = defaultdict(set)  # story → its proper names
    for report, hit in named:
        if hit.proper:
            proper[_story(report)].add(hit.name)
    found = {}
    for report, hit in named:
        mine = set(hit.name.split()[:-1])
        if not mine or hit.name in aliases:
            continue
        fits = [p for p in proper[_story(report)] if p != hit.name and mine < set(p.split()[:-1])
                and _heads_fit(hit.name.split()[-1], p.split()[-1])]
        if len(fits) == 1:
            found[report.event_id] = fits[0]
    return found


def _heads_fit(short: str, full: str) -> bool:
    return short == full or (head_of(short) or short) in GENERIC_HEADS and (head_of(full) or full) in GENERIC_HEADS
