"""Brokers and breaches: a third state's part in a deal, and a party's charge that the deal was broken.

Brokers. The events stage adds a broker's contact with each side of a deal it brokered, mediated,
facilitated or hosted ("agreed a ceasefire ... after talks brokered by Kenya", "under the auspices of
Qatar", "in the presence of Brazil": rule "src=broker"; events/mediation.py). Those contacts are no
step of the deal and the broker is no party: newcomer20 (session 32) saw three "ceasefire" agreements
(ERI-ETH, ERI-KEN, ETH-KEN) from one sentence. Where the deal's own report of that sentence tells the
step, the contacts are dropped; where none does ("Uganda brokered a truce between Chad and Sudan"),
they become one report between the sides they name.

Breaches. "accused X of breaking / violating the ceasefire", "X breached the accord": the deal's
"violated" step, asserted only (a denied or threatened breach is none). The breach word is the trigger,
or, for an accusation, stands between the accusing verb and the deal's name.
"""
from __future__ import annotations

import dataclasses
import functools
import re
from collections import defaultdict

from detente import datafiles
from detente.agreements.names import NameHit
from detente.records import AgreementReport

_ACCUSING = frozenset({"ACCUSE"})
_DENYING = frozenset({"REJECT"})  # "Chad denied that it had violated the ceasefire": no step (base read "exited")
_BETWEEN_WORDS = 8  # "accused Eritrean forces of repeatedly breaking the ceasefire"


def is_broker(report: AgreementReport) -> bool:
    """A broker's contact with a side: added by events/mediation.py ("src=broker"), or the broker's own verb
    with the sides for its target ("Uganda brokered a ceasefire between Chad and Sudan": "tgt=brokered-parties")."""
    return any(mark in (report.rule or "") for mark in ("src=broker", "tgt=brokered-parties"))


def without_brokers(named: list[tuple[AgreementReport, NameHit]]) -> list[tuple[AgreementReport, NameHit]]:
    """The reports of the deals, a broker's contacts dropped, or made one report between the sides."""
    groups: dict[tuple, list[AgreementReport]] = defaultdict(list)
    for report, hit in named:
        groups[(report.doc_id, report.sentence, hit.start)].append(report)
    kept, made = [], set()
    for report, hit in named:
        key = (report.doc_id, report.sentence, hit.start)
        if not is_broker(report):
            kept.append((report, hit))
        elif all(is_broker(r) for r in groups[key]) and key not in made:
            made.add(key)
            kept.append((_between_sides(report, groups[key]), hit))
    return kept


def _between_sides(report: AgreementReport, contacts: list[AgreementReport]) -> AgreementReport:
    """One report whose two sides are the broker's counterparts (the states of the deal)."""
    sides = sorted({r.target_country for r in contacts if r.target_country})
    return dataclasses.replace(report, source_country=sides[0] if len(sides) > 1 else None,
                               target_country=sides[-1] if sides else None, target_text=None)


@functools.lru_cache(maxsize=1)
def breach_word() -> re.Pattern[str]:
    """A word of data/breaches.tsv: a prefix, not followed by an ending that makes another word."""
    rows = [row for _, row in datafiles.numbered_rows("agreements", "breaches.tsv", 1, 2)]
    parts = [re.escape(r[0]) + (f"(?!{'|'.join(map(re.escape, r[1].split(',')))})" if len(r) > 1 and r[1] else "")
             for r in rows]
    return re.compile(rf"\b(?:{'|'.join(parts)})", re.I)


def breach_step(report: AgreementReport, hit: NameHit) -> str | None:
    """"violated" when the report tells, as done, that a party broke the deal named at `hit` (the breach
    word its trigger, or an accusation's words before the name); "" (no step) for a denial of a breach
    ("denied that it had violated the ceasefire") or a breach not done; None when it tells no breach."""
    trigger = report.trigger or ""
    if breach_word().match(trigger):
        return "violated" if report.status == "asserted" else ""
    if report.event_type not in _ACCUSING | _DENYING or not _breach_before(report, trigger, hit):
        return None
    return "violated" if report.event_type in _ACCUSING and report.status == "asserted" else ""


def _breach_before(report: AgreementReport, trigger: str, hit: NameHit) -> bool:
    """A breach word between the trigger and the deal's name, a few words apart."""
    at = report.sentence.find(trigger) if trigger else -1
    if at < 0 or hit.start <= at:
        return False
    between = report.sentence[at + len(trigger):hit.start]
    return len(between.split()) <= _BETWEEN_WORDS and bool(breach_word().search(between))
