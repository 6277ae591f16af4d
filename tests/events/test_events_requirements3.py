"""Session 18 requirement classes (reqs3): a trigger word was there but its entry's requirement failed on a form
the fresh blind pages use (an explanation or apology expected or wanted, goods counted in tonnes handed over,
livestock returned, shots fired across a border or a bow), or the word took another type's sense (aid handed over
read as a yielding handover).
Each class is tested with our own sentences, and with near misses that keep their old reading or stay uncoded."""
from __future__ import annotations

import pytest

from events_kit import code, summary


def types(sentence: str) -> set[str]:
    return {t for t, _, _ in summary(code(sentence))}


@pytest.mark.parametrize("sentence,expected", [
    # an explanation, an apology or an assurance expected or wanted from X asks X for it
    ("Norway expected a full explanation from Kenya.", ("REQUEST", "NOR", "KEN")),
    ("Norway expects an apology from Kenya.", ("REQUEST", "NOR", "KEN")),
    ("Norway wants an explanation from Kenya.", ("REQUEST", "NOR", "KEN")),
    ("Norway wants assurances from Kenya that the shooting will not be repeated.", ("REQUEST", "NOR", "KEN")),
    # goods counted in tonnes or given as a gift, handed over, are aid
    ("Kenya handed over 40 tonnes of fishing nets and engines to Uganda as a gift.", ("AID", "KEN", "UGA")),
    ("Kenya handed 40 tonnes of rice to Uganda.", ("AID", "KEN", "UGA")),
    ("Kenya handed over a consignment of maize to Uganda.", ("AID", "KEN", "UGA")),
    # livestock returned across a border
    ("Uganda returned a herd of cattle seized from Kenyan herders.", ("RETREAT", "UGA", "KEN")),
    ("Uganda returned the stolen livestock to Kenya.", ("RETREAT", "UGA", "KEN")),
    # shots fired across a border or across a ship's bow
    ("Kenyan troops fired across the border into Uganda.", ("ASSAULT", "KEN", "UGA")),
    ("A Kenyan coast guard cutter fired warning shots across the bow of a Ugandan ship.", ("ASSAULT", "KEN")),
])
def test_requirement_met_in_another_form(sentence, expected):
    found = summary(code(sentence))
    assert any(e[:len(expected)] == expected for e in found), found


@pytest.mark.parametrize("sentence,absent", [
    ("Kenya expects growth of five percent this year.", "REQUEST"),
    ("Kenya wants a stronger economy.", "REQUEST"),
    ("Kenya handed over the two fishermen to Uganda.", "AID"),
    ("Kenya handed over the border post to Uganda.", "AID"),
])
def test_requirement_still_guards(sentence, absent):
    assert absent not in types(sentence)


@pytest.mark.parametrize("sentence,kept", [
    ("Kenya suspended talks with Uganda.", "SANCTION"),
    ("Kenya stopped imports from Uganda.", "SANCTION"),
    ("Kenya suspended the ban on Ugandan beef.", "CONCEDE"),
    ("Kenya wants Uganda to withdraw its troops.", "REQUEST"),
    ("Kenya expects Uganda to release the fishermen.", "REQUEST"),
    ("Kenya handed over the two fishermen to Uganda.", "RETREAT"),
    ("Kenya handed over ten ambulances to Uganda.", "AID"),
])
def test_other_readings_kept(sentence, kept):
    assert kept in types(sentence)
