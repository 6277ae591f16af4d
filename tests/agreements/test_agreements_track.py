"""Gathering reports into agreements: shorter names of a proper name, common names of its subject."""
from __future__ import annotations

import dataclasses
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


def test_a_step_a_doer_and_a_year_follow_is_dated_by_that_year_not_by_the_deals_name():
    # eval/wire21 w21_05: "The 2012 ... agreement, ratified by ...'s parliament in 2013" read "approved" in 2012
    (accord,) = follow_agreements([
        report("The 2015 Skagerrak ferry agreement, ratified by Iceland's parliament in 2016 after a long debate, "
               "set the fares.", trigger="agreement", date="2015", source="ISL", target="NOR"),
    ])
    assert [(s.date, s.stage) for s in accord.stages] == [("2016", "approved")]


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


def _in(story: str, sentence: str, trigger: str = "ratified", source: str | None = "NOR",
        target: str | None = "ISL", event_type: str = "AGREE") -> AgreementReport:
    return AgreementReport(f"e{next(_serial):05d}", f"d{story}", event_type, "asserted", "2024-04-16", "day",
                           "2024-04-17", source, target, sentence, trigger, story)


def test_a_headlines_place_and_accord_joins_the_deal_its_story_names_in_full():
    # newcomer s17: "Parliament ratifies Sevan accord" above the body's full name was a second, partyless deal
    (deal,) = follow_agreements([
        _in("1", "Lawmakers ratify Vardo accord", "ratify", None, None),
        _in("1", "Norway's parliament ratified the Vardo Border Delimitation Agreement with Iceland on Tuesday."),
        _in("1", "Lawmakers Ratify Vardo Accord", "Ratify", None, None),  # a title-case headline too
    ])
    assert deal.name == "Vardo Border Delimitation Agreement" and deal.parties == ("ISL", "NOR")
    assert len(deal.stages) == 3 and "vardo accord" in deal.aliases


def test_a_short_name_stays_apart_in_a_story_naming_two_deals_it_could_be_or_none():
    found = follow_agreements([
        _in("1", "Lawmakers ratify Vardo accord", "ratify", None, None),
        _in("1", "Norway ratified the Vardo Border Agreement with Iceland."),
        _in("1", "Norway also ratified the Vardo Fishing Agreement with Iceland."),
        _in("2", "Lawmakers in Reykjavik ratify Hamar accord", "ratify", None, None),
        _in("3", "Norway and Iceland ratified the Hamar Seabed Agreement."),  # another story: not joined
    ])
    assert "vardo accord" in {a.name.lower() for a in found} and "hamar accord" in {a.name.lower() for a in found}


def test_a_call_to_respect_an_agreement_says_it_is_in_force_not_proposed():
    # newcomer s17: "called on Baku to respect the ceasefire" made the ceasefire a "proposed" one
    (truce,) = follow_agreements([_in("1", "Norway called on Iceland to respect the ceasefire.", "called",
                                      event_type="REQUEST")])
    (proposal,) = follow_agreements([_in("1", "Norway called on Iceland to accept a ceasefire.", "called",
                                         event_type="REQUEST")])
    assert (truce.stage, proposal.stage) == ("in_force", "proposed")


def test_every_verb_of_upheld_tsv_holds_a_party_to_a_deal_in_force():
    from detente import datafiles

    rows = [row for _, row in datafiles.numbered_rows("agreements", "upheld.tsv", 2, 2)]
    assert len(rows) >= 20 and {side for _, side in rows} == {"before", "after"}
    for verb, side in rows:
        sentence = (f"Norway urged Iceland to keep {verb} the terms of the ceasefire." if side == "before" else
                    f"Norway asked Iceland to stop, as the Vardo Seabed Agreement {verb}es fishing there.")
        (deal,) = follow_agreements([_in("1", sentence, "urged" if side == "before" else "asked", event_type="REQUEST")])
        assert deal.stage == "in_force", verb


def test_a_draft_deal_that_requires_something_is_not_in_force():
    (deal,) = follow_agreements([_in("1", "Norway asked Iceland to wait, as the draft Vardo Seabed Agreement requires "
                                          "a survey.", "asked", event_type="REQUEST")])
    assert deal.stage == "proposed"


def test_a_target_that_is_the_deal_itself_and_its_venue_is_no_party():
    # newcomer s17: "signed the Sevan ... Agreement in Brussels" read the deal as a person in Brussels (BEL)
    signed = dataclasses.replace(_in("1", "Norway and Iceland signed the Vardo Seabed Agreement in Bergen on Monday.",
                                     "signed", "NOR", "BEL"), target_text="Vardo Seabed Agreement in Bergen")
    kept = dataclasses.replace(_in("2", "Norway signed the fishing deal with Iceland.", "signed", "NOR", "ISL"),
                               target_text="the fishing deal with Iceland")
    assert sorted(a.parties for a in follow_agreements([signed, kept])) == [("ISL", "NOR"), ("NOR",)]


def test_a_sentence_coded_as_one_act_per_signatory_is_one_step():
    # newcomer s17: `detente agreements` counted 4 reports where the deal's own listing showed 3 sentences
    sentence = "Norway and Iceland signed the Vardo Seabed Agreement in Bergen on Monday."
    (deal,) = follow_agreements([_in("1", sentence, "signed", "NOR", "ISL"), _in("1", sentence, "signed", "ISL", "NOR"),
                                 _in("1", "Norway's parliament ratified the Vardo Seabed Agreement.", "ratified")])
    assert [s.stage for s in deal.stages] == ["signed", "approved"] and deal.parties == ("ISL", "NOR")
