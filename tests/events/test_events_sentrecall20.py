"""Session 34 sentence-level classes (sentrecall20), found on eval/sent-dev21 (written blind) in wordings of general
news English: another state's troops or personnel ordered out or to leave are expelled (SANCTION); troops contributed
or pledged to a force are a deployment (MOBILIZE, pending under "will" or a pledge), and a contribution offered
("ready to contribute troops") stays a promise, never a threat (events/intent.py GIVING); equipment named as goods
("will provide coastal radar systems") is aid pending (cues.tsv material); visas brought in and visa-free entry
scrapped (SANCTION); relations put on hold or on pause (SANCTION); relief aircraft sent (AID); boats received from a
named state (AID, that state the giver); a border demarcation completed by two states (AGREE): triggers.tsv rows
near the order, contribute, pledge and send rows and the block "Session 34 (sentrecall20)". Our own sentences, each
class with a near miss."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("sentence,expected", [
    ("Kenya ordered Ugandan troops out of the country within a week.", ("SANCTION", "KEN", "UGA")),
    ("Peru ordered Chilean military personnel to leave the country by June.", ("SANCTION", "PER", "CHL")),
    ("Ghana will contribute a battalion to the peacekeeping force in Togo.", ("MOBILIZE", "GHA")),
    ("Kenya pledged 800 police officers to the mission in Uganda.", ("MOBILIZE", "KEN")),
    ("Norway will provide coastal radar systems to Finland next year.", ("AID", "NOR", "FIN")),
    ("Peru will introduce visas for Bolivian nationals from March, its foreign ministry announced.",
     ("SANCTION", "PER", "BOL")),
    ("Chile scrapped visa-free entry for Peruvian citizens.", ("SANCTION", "CHL", "PER")),
    ("Kenya put its relations with Uganda on hold.", ("SANCTION", "KEN", "UGA")),
    ("Chile will send firefighting aircraft to Bolivia.", ("AID", "CHL", "BOL")),
    ("Togo received two patrol boats from Ghana under a defence pact.", ("AID", "GHA", "TGO")),
    ("Chile and Peru completed the demarcation of their common border.", ("AGREE", "CHL", "PER")),
])
def test_sentence_classes_code(sentence, expected):
    found = summary(code(sentence))
    assert any((t, s, g)[:len(expected)] == expected for t, s, g in found), found


@pytest.mark.parametrize("sentence,absent", [
    # a state's own troops ordered out of a town are not expelled
    ("Kenya ordered its troops out of the border town.", "SANCTION"),
    # a contribution offered is a promise, not a threat
    ("Ghana is ready to contribute up to 2,000 troops to a peacekeeping force in Togo.", "THREATEN"),
    # a pledge not to use force is no deployment
    ("Chile and Peru pledged not to use force against each other.", "MOBILIZE"),
    # visa-free entry brought in is eased entry, not a sanction
    ("Chile introduced visa-free entry for Peruvian citizens.", "SANCTION"),
    # fighter aircraft sent are a deployment, not aid
    ("Chile sent fighter aircraft to the border with Bolivia.", "AID"),
    # a ship received in port from nowhere named is no gift
    ("The port of Mombasa received two boats on Monday.", "AID"),
])
def test_sentence_near_misses(sentence, absent):
    found = summary(code(sentence))
    assert absent not in {t for t, _, _ in found}, found


def test_contribution_offered_stays_a_promise():
    # "ready to contribute troops" is the promise (AGREE), as CAMEO 0334 codes it
    found = summary(code("Ghana is ready to contribute up to 2,000 troops to a peacekeeping force in Togo."))
    assert "AGREE" in {t for t, _, _ in found}, found
