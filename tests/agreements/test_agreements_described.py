"""A common name describing the one named agreement of its story is that agreement (agreements/described.py);
a host is no party; a deal said to be ahead is not reached. Sentences written for these tests."""
from __future__ import annotations

import itertools

import pytest

from detente.agreements import follow_agreements
from detente.agreements.described import subject_families
from detente.records import AgreementReport

_serial = itertools.count()


def report(sentence: str, trigger: str = "signed", source: str | None = "NOR", target: str | None = "ISL",
           story: str | None = "s1", event_type: str = "AGREE", date: str = "2024-04-16") -> AgreementReport:
    return AgreementReport(f"e{next(_serial):05d}", f"d-{story}", event_type, "asserted", date, "day",
                           "2024-04-17", source, target, sentence, trigger, story)


NAMED = "Norway and Iceland signed the Svalbard Border Protocol in Oslo on Monday."


@pytest.mark.parametrize("described", [
    "Norway and Iceland signed a sea demarcation protocol on Monday.",  # the same specific head
    "Norway and Iceland put their names to the frontier deal.",  # a subject word of the same family
])
def test_a_description_in_the_named_deals_story_is_that_deal(described):
    trigger = "signed" if "signed" in described else "put"
    (protocol,) = follow_agreements([report(NAMED), report(described, trigger, target=None)])
    assert protocol.name == "Svalbard Border Protocol" and len(protocol.stages) == 2
    assert protocol.parties == ("ISL", "NOR")


@pytest.mark.parametrize("described, story, source, target", [
    ("Norway and Iceland signed a sea demarcation protocol on Monday.", "s2", "NOR", "ISL"),  # another story
    ("Chile and Peru signed a sea demarcation protocol on Monday.", "s1", "CHL", "PER"),  # other parties
    ("Norway and Iceland signed a fishing agreement on Monday.", "s1", "NOR", "ISL"),  # another kind
])
def test_a_description_of_another_story_parties_or_kind_stays_apart(described, story, source, target):
    found = follow_agreements([report(NAMED), report(described, story=story, source=source, target=target)])
    assert len(found) == 2


def test_a_description_fitting_two_named_deals_of_its_story_stays_apart():
    found = follow_agreements([report(NAMED), report("Norway and Iceland signed the Jan Mayen Boundary Protocol."),
                               report("Norway and Iceland signed a sea demarcation protocol.")])
    assert len(found) == 3


@pytest.mark.parametrize("word, family", sorted(subject_families().items()))
def test_every_subject_word_loads_and_joins_its_family(word, family):
    (deal,) = follow_agreements([report(f"Norway and Iceland signed the Svalbard {family.title()} Protocol."),
                                 report(f"Norway and Iceland welcomed the {word} deal.", "welcomed",
                                        event_type="SUPPORT")])
    assert deal.name == f"Svalbard {family.title()} Protocol", word


def test_a_host_of_the_signing_is_no_party():
    sentence = "The envoys signed the Svalbard Border Protocol at a ceremony in Copenhagen hosted by Denmark."
    (protocol,) = follow_agreements([report(sentence), report(sentence, "hosted", "DNK", "NOR", event_type="CONSULT"),
                                     report("Denmark hosted the signing of the Svalbard Border Protocol.", "hosted",
                                            "DNK", "ISL", event_type="CONSULT")])
    assert protocol.parties == ("ISL", "NOR")
    assert [s.stage for s in protocol.stages] == ["signed", "signed"]  # the hosting in the signing's sentence: no step


def test_a_deal_said_to_be_ahead_is_not_reached():
    (treaty,) = follow_agreements([
        report("Norway and Iceland agreed on Monday to resume talks on a fisheries treaty.", "agreed"),
        report("The vote opened the way to a full fisheries treaty with Iceland.", "treaty", date="2024-05-02"),
    ])
    assert [s.stage for s in treaty.stages] == ["negotiating", "negotiating"] and treaty.stage == "negotiating"
