"""Session 17 sentence-level type classes (sentrecall2), found on eval/sent-dev3: a state that throws its weight
behind another's claim backs it; troops, a rig or sanctions removed are
withdrawn or lifted; another side's claim or bid defended is supported (also in the passive); one's own embassy
evacuated is a withdrawal; a buffer zone vacated; the prospect of military action raised is a threat; a state
that admits or concedes its own forces' act yields; "charges that ..." accuse; a deposit of money aids. Our own
sentences, each class with a near miss that keeps its old reading or stays uncoded."""
from __future__ import annotations

import pytest

from events_kit import code, summary


def types(sentence: str) -> set[str]:
    return {t for t, _, _ in summary(code(sentence))}


@pytest.mark.parametrize("sentence,expected", [
    ("Kenya threw its weight behind Uganda's bid for a Security Council seat.", ("SUPPORT", "KEN", "UGA")),
    ("Kenya removed its troops from the Ugandan island.", ("RETREAT", "KEN", "UGA")),
    ("Kenya removed sanctions on Uganda.", ("RETREAT", "KEN", "UGA")),
    ("Kenya removed its ban on Ugandan sugar.", ("CONCEDE", "KEN", "UGA")),
    ("Kenya defended Uganda's claim to the island.", ("SUPPORT", "KEN", "UGA")),
    ("Uganda's claim to the island was defended by Kenya.", ("SUPPORT", "KEN", "UGA")),
    ("Kenya evacuated its embassy in Uganda.", ("RETREAT", "KEN", "UGA")),
    ("Kenyan forces vacated the buffer zone.", ("RETREAT", "KEN")),
    ("Kenya's president raised the prospect of military action against Uganda.", ("THREATEN", "KEN", "UGA")),
    # owning up to one's own act (triggers.tsv admit/acknowledge/concede ownclause)
    ("Kenya admitted that its jets had strayed into Ugandan airspace.", ("CONCEDE", "KEN", "UGA")),
    ("Kenya conceded that its police had crossed into Ugandan territory.", ("CONCEDE", "KEN", "UGA")),
    ("Kenya acknowledged that its troops had fired on Ugandan fishermen.", ("CONCEDE", "KEN", "UGA")),
    # a charge noun with its content clause is the accuser's own event beside the rejection (triggers.tsv charge)
    ("Kenya rejected Ugandan charges that Kenyan troops had crossed the border.", ("ACCUSE", "UGA", "KEN")),
    ("Uganda's charges that Kenyan troops had crossed the border were rejected by Kenya.", ("ACCUSE", "UGA", "KEN")),
    # money deposited by a state in another's bank, said as a noun (triggers.tsv deposit)
    ("A Kenyan deposit of two billion dollars has shored up Uganda's reserves.", ("AID", "KEN")),
])
def test_sentence_classes_code(sentence, expected):
    found = summary(code(sentence))
    assert any((t, s, g)[:len(expected)] == expected for t, s, g in found), found


@pytest.mark.parametrize("sentence,kept", [
    ("Kenya evacuated its citizens from Uganda.", "AID"),  # people evacuated stay relief
    ("Kenya withdrew its ambassador from Uganda.", "SANCTION"),  # an envoy withdrawn stays a sanction
])
def test_near_misses_keep_their_reading(sentence, kept):
    assert kept in types(sentence)


@pytest.mark.parametrize("sentence", [
    "Kenya removed the minister from his post.",  # a domestic dismissal is no withdrawal
    "Kenya raised the prospect of joint patrols with Uganda.",  # a prospect that is no menace
    "Kenya admitted that talks with Uganda had stalled.",  # an admission about no act of its own reports
    "Kenya admitted that Ugandan troops had crossed the border.",  # another side's act
    "The Kenyan official in charge of the border said trade with Uganda had resumed.",  # no charge made
    "Kenya found large gas deposits near the Ugandan border.",  # deposits of no money
])
def test_near_misses_stay_uncoded_as_the_new_reading(sentence):
    assert not types(sentence) & {"RETREAT", "AGREE", "THREATEN", "CONCEDE", "ACCUSE", "AID"}, types(sentence)
