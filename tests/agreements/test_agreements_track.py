"""Gathering reports into agreements: shorter names of a proper name, common names of its subject."""
from __future__ import annotations

import itertools

from detente.agreements import follow_agreements
from detente.records import AgreementReport

_serial = itertools.count()


def report(sentence: str, trigger: str = "signed", source: str = "NOR", target: str = "ISL",
           date: str = "2024-04-16") -> AgreementReport:
    return AgreementReport(f"e{next(_serial):05d}", "d1", "AGREE", "asserted", date, "day", "2024-04-17",
                           source, target, sentence, trigger)


def test_shorter_names_and_a_common_name_of_its_subject_are_the_same_agreement():
    found = follow_agreements([
        report("Norway and Iceland signed the North Cape Fishing Initiative on Tuesday."),
        report("Iceland suspended the North Cape Initiative in May.", "suspended", "ISL", "NOR", "2024-05-02"),
        report("Iceland suspended the fishing deal with Norway.", "suspended", "ISL", "NOR", "2024-05-02"),
    ])
    (initiative,) = found
    assert initiative.name == "North Cape Fishing Initiative" and initiative.stage == "suspended"
    assert len(initiative.stages) == 3 and "north cape initiative" in initiative.aliases


def test_a_common_name_of_other_parties_stays_apart():
    found = follow_agreements([
        report("Norway and Iceland signed the North Cape Fishing Initiative on Tuesday."),
        report("Chile and Peru signed a fishing deal in Lima.", source="CHL", target="PER"),
    ])
    assert sorted(a.name for a in found) == ["North Cape Fishing Initiative", "fishing deal"]
