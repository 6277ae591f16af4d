"""Session 18 sentence-level type classes (sentrecall3), found on eval/sent-dev4: a vow to repel or crush the other side
threatens it; measures or steps taken "if" or "unless" the other side acts are a conditional threat; an act
inside an open complement of the condition ("if X keeps sending boats") is part of the condition; rescue teams
or supplies received from a state are its aid, and so is money approved for another state; a plan or deal blocked is refused; a gerund subject naming its
doer in a 'by' phrase ("Shelling by X damaged ...") is the act reported; a state's spy agency speaks for it; a reported coup plot is a
charge; retaliation promised on a condition is a threat. Our own sentences, each class with a
near miss that keeps its old reading or stays uncoded."""
from __future__ import annotations

import pytest

from events_kit import code, summary, whole_pipeline_tests


def types(sentence: str) -> set[str]:
    return {t for t, _, _ in summary(code(sentence))}


@pytest.mark.parametrize("sentence,expected", [
    ("Kenya vowed to repel any Ugandan attempt to fish in the lake.", ("THREATEN", "KEN", "UGA")),
    ("Kenya will take firm measures if Uganda keeps sending boats to the island, a spokesman said.",
     ("THREATEN", "KEN", "UGA")),
    ("Kenya would take steps unless Uganda stopped building the wall, its minister said.", ("THREATEN", "KEN", "UGA")),
    ("Uganda received rescue teams from Kenya and Ghana after the earthquake.", ("AID", "KEN", "UGA")),
    ("Uganda received medical supplies from Kenya.", ("AID", "KEN", "UGA")),
    ("The Kenyan parliament approved 2 billion euros in budget support for Uganda.", ("AID", "KEN", "UGA")),
    ("Kenya blocked a Ugandan plan to build a dam on the river.", ("REJECT", "KEN", "UGA")),
    ("Shelling by Ugandan forces damaged houses in a Kenyan village, Nairobi said.", ("ASSAULT", "UGA")),
    ("Shelling by Ugandan forces damaged houses in a Kenyan border village.", ("ASSAULT", "UGA")),
    
])
def test_sentence_classes_code(sentence, expected):
    found = summary(code(sentence))
    assert any((t, s, g)[:len(expected)] == expected for t, s, g in found), found


@pytest.mark.parametrize("sentence,absent", [
    # the act inside the condition's open complement is not reported as done
    ("Kenya will take firm measures if Uganda keeps sending boats to the island.", "MOBILIZE"),
    ("Kenya warned it would respond if Uganda decided to deploy troops.", "MOBILIZE"),
    # measures taken with no condition are no threat
    ("Kenya took steps to improve its schools.", "THREATEN"),
    # a bare gerund subject under a supposing modal stays a supposition
    ("Closing the border with Uganda would hurt Kenyan farmers.", "SANCTION"),
    # a budget or a deal approved is no aid
    ("The Kenyan parliament approved the budget for 2027.", "AID"),
    ("Kenya approved the trade deal with Uganda.", "AID"),
    # a team received for a match is no aid
    ("Uganda received the Kenyan team for a friendly match.", "AID"),
])
def test_near_misses_stay_uncoded(sentence, absent):
    assert absent not in types(sentence)


# Through the whole pipeline (actors stage included): a state organ headed by "agency" speaks for its state;
# a reported coup plot is a charge; retaliation promised on a condition is a threat.
FULL = [
    ("Kenya's spy agency said Ugandan hackers were behind the attack on its servers.", ("ACCUSE", "KEN", "UGA")),
    ("Kenya's president said Uganda had plotted to overthrow her government.", ("ACCUSE", "KEN", "UGA")),
    ("Kenya said Uganda had tried to topple its president.", ("ACCUSE", "KEN", "UGA")),
    ("Kenya said it would retaliate if Uganda hosted foreign bases.", ("THREATEN", "KEN", "UGA")),
]
FULL_NEAR = [
    # a news agency tells what it saw and speaks for nobody: the attack stays the doer's, no charge
    ("Kenya's state news agency said Ugandan drones attacked a village in Tanzania.", "ACCUSE"),
    # retaliation done, with no condition, is no trigger of its own
    ("Kenya retaliated against Uganda last week.", "THREATEN"),
]


full_coded, test_full_pipeline_classes, test_full_pipeline_near_misses = whole_pipeline_tests(FULL, FULL_NEAR)
