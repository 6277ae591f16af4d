"""Parties a report's sentence names beyond the event's two sides (agreements/stated_parties.py)."""
from __future__ import annotations

import itertools

from detente.agreements import follow_agreements
from detente.agreements.names import find_names
from detente.agreements.stated_parties import stated_parties
from detente.records import AgreementReport

_serial = itertools.count()


def report(sentence: str, trigger: str, source: str | None, target: str | None = None) -> AgreementReport:
    return AgreementReport(f"e{next(_serial):05d}", "d1", "AGREE", "asserted", "2024-04-16", "day", "2024-04-17",
                           source, target, sentence, trigger)


def parties_of(sentence: str) -> frozenset[str]:
    (hit,) = find_names(sentence)
    return stated_parties(sentence, hit)


def test_a_state_named_as_member_or_party_of_the_deal_is_a_party():
    assert parties_of("Officials said Montenegro is now the 12th member of the Adriatic Shelf Treaty.") == {"MNE"}
    assert parties_of("Chile became a full party to the Southern Ocean Fisheries Convention.") == {"CHL"}
    assert parties_of("Iceland joined as the newest signatory of the Arctic Search Agreement.") == {"ISL"}


def test_a_state_doing_a_step_of_the_deal_in_a_relative_clause_is_a_party():
    assert parties_of("He praised the Lake Tana Water Accord, which Cairo threatened to quit last year.") == {"EGY"}
    assert parties_of("The Barents Shelf Accord (BSA), which Norway ratified in 2019, was discussed.") == {"NOR"}


def test_a_state_that_only_talks_about_the_deal_or_hosts_it_is_no_party():
    assert parties_of("Ministers discussed the Barents Shelf Accord, which Oslo praised on Monday.") == frozenset()
    assert parties_of("Envoys from Peru met in Chile to discuss the Andean Transit Treaty.") == frozenset()


def test_the_agreement_lists_the_stated_party_with_the_acts_own():
    (treaty,) = follow_agreements([report("\"Montenegro is now the 12th member of the Adriatic Shelf Treaty.\"",
                                          "Treaty", None)])
    assert treaty.parties == ("MNE",)
    (accord,) = follow_agreements([report(
        "The minister hailed the Kuril Fishing Accord, which Seoul threatened to pull out of in 2019.", "Accord", "JPN")])
    assert accord.parties == ("JPN", "KOR")
