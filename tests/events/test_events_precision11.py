"""Session 21 (precision11): false positives of the fresh sets. Acts at home or of no party read as
interstate acts: a parliament approving a budget, a bill or a merger (sent-dev3, sent-dev6: AGREE), a leader
touring a factory or a mine (sent-dev3, sent-fp: CONSULT), heavy rains that kill (sent-dev6: ASSAULT); a
state that "does not recognise" a court's jurisdiction turns it down (sent-dev6 gold REJECT); a clause of what
usually happens ("tariffs are usually put in place to ...") tells no act (realnews). The sentences are this
file's own; each rule has its near misses."""
from __future__ import annotations

import pytest

from events_kit import code, summary


def types(text: str) -> set[str]:
    return {t for t, _, _ in summary(code(text))}


def pairs(text: str) -> set[tuple]:
    return set(summary(code(text)))


@pytest.mark.parametrize("text", [
    "The Kenyan senate approved the budget after a long debate.",
    "Parliament in Oslo approved the new tax bill by 140 votes to 60.",
    "Lawmakers in Accra approved the merger of two state banks.",
])
def test_a_budget_a_bill_or_a_merger_approved_at_home_is_no_agreement(text):
    assert "AGREE" not in types(text), types(text)


@pytest.mark.parametrize("text, want", [
    ("Ghana's cabinet approved the agreement with Togo on Monday.", ("AGREE", "GHA", "TGO")),
    ("The Kenyan parliament approved the border treaty with Uganda.", ("AGREE", "KEN", "UGA")),
])
def test_a_deal_with_another_state_approved_is_still_an_agreement(text, want):
    assert want in pairs(text), pairs(text)


@pytest.mark.parametrize("text", [
    "The Chilean president visited a copper mine in Antofagasta.",
    "The Danish defence minister visited a shipyard that builds patrol boats for the Kenyan navy.",
    "The Peruvian president toured the region and visited a school in Cusco.",
])
def test_a_factory_a_mine_or_a_school_visited_is_no_consultation(text):
    assert "CONSULT" not in types(text), types(text)


@pytest.mark.parametrize("text, want", [
    ("The Kenyan foreign minister visited Uganda on Tuesday.", ("CONSULT", "KEN", "UGA")),
    ("The Finnish president visited Oslo for talks.", ("CONSULT", "FIN", "NOR")),
])
def test_a_state_visited_is_still_a_consultation(text, want):
    assert want in pairs(text), pairs(text)


@pytest.mark.parametrize("text", [
    "Heavy rains caused floods in southern Peru, killing eleven people.",
    "Monsoon rains killed 30 people in Kenya last week.",
])
def test_rains_that_kill_are_no_assault(text):
    assert "ASSAULT" not in types(text), types(text)


def test_troops_that_kill_are_still_an_assault():
    assert ("ASSAULT", "UGA", "KEN") in pairs("Ugandan troops killed two Kenyan herders near the border.")


@pytest.mark.parametrize("text", [
    "Kenya said it does not recognise the jurisdiction of the court in the dispute.",
    "Chile does not recognise Bolivia's claim to the coast.",
])
def test_not_recognising_in_the_present_is_a_refusal(text):
    got = types(text)
    assert "REJECT" in got and "SUPPORT" not in got, got


def test_recognition_refused_in_the_past_or_given_stays_support():
    assert "SUPPORT" in types("Chile recognised Bolivia's new government on Monday.")
    assert "REJECT" not in types("Chile did not recognise the new government at the time.")


@pytest.mark.parametrize("text", [
    "Anti-dumping tariffs are usually put in place to protect domestic producers.",
    "Kenya usually sends troops to the border in the dry season.",
    "Such disputes between Kenya and Uganda are generally settled by talks.",
    # the parser joins 'tariffs' to 'market' and leaves 'put' with no subject: the auxiliary after the noun tells
    "Dumping is selling a product abroad at a price below the one a firm normally charges in its own market and "
    "anti-dumping tariffs are usually put in place to shield local firms.",
])
def test_what_usually_happens_is_no_act(text):
    assert not types(text), types(text)


@pytest.mark.parametrize("text, want", [
    ("Kenya sent troops to the border on Monday.", "MOBILIZE"),
    ("Officials in Nairobi, who usually avoid comment, accused Uganda of shelling the post.", "ACCUSE"),
    ("Kenya imposed tariffs on Ugandan sugar and the duties are now being collected at the border.", "SANCTION"),
])
def test_an_act_beside_a_habit_is_still_coded(text, want):
    assert want in types(text), types(text)
