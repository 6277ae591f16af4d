"""Gathering reports into agreements: shorter names of a proper name, common names of its subject."""
from __future__ import annotations

import itertools

from detente.agreements import follow_agreements
from detente.records import AgreementReport

_serial = itertools.count()


def report(sentence: str, trigger: str = "signed", source: str = "NOR", target: str = "ISL",
           date: str = "2024-04-16", event_type: str = "AGREE", status: str = "asserted") -> AgreementReport:
    return AgreementReport(f"e{next(_serial):05d}", "d1", event_type, status, date, "day", "2024-04-17",
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


def test_a_step_its_clause_dates_in_the_past_is_dated_by_that_year_not_by_the_page():
    (treaty,) = follow_agreements([
        report("Envoys praised the Skagerrak Treaty signed in 1998 by both kingdoms.", date="2024-04-16"),
    ])
    assert [(s.date, s.date_precision, s.stage) for s in treaty.stages] == [("1998", "year", "signed")]


def test_a_stage_word_in_a_background_clause_is_not_the_reports_step():
    (accord,) = follow_agreements([
        report("Norway and Iceland signed the Barents Shelf Accord on Tuesday."),
        report("Norway suspended the Barents Shelf Accord, signed in 2024, on Monday.", "suspended", date="2025-03-03"),
        report("Envoys met on the Barents Shelf Accord, signed in 2024, in Oslo.", "met", date="2025-04-07",
               event_type="COOPERATE"),
    ])
    assert [s.stage for s in accord.stages] == ["signed", "suspended"]  # "met": no signing in 2025, no step


def test_talks_after_the_deal_are_renewal_talks_and_talks_before_it_are_not():
    (accord,) = follow_agreements([
        report("Norway and Iceland will sign the Barents Shelf Accord.", "sign", date="2024-03-01", status="pending"),
        report("Norway and Iceland signed the Barents Shelf Accord on Tuesday.", date="2024-04-16"),
        report("Norway and Iceland will sign the Barents Shelf Accord again.", "sign", date="2024-04-16", status="pending"),
        report("Norway and Iceland failed to agree on the Barents Shelf Accord.", "agree", date="2025-01-10", status="negated"),
    ])
    assert [s.stage for s in accord.stages] == ["negotiating", "negotiating", "signed", "renegotiating"]
