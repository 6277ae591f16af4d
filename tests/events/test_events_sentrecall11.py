"""Session 25 sentence-level type classes (sentrecall11), found on eval/sent-dev12 (written blind) and recurring on
sent-dev3, sent-dev4, sent-dev6 and sent-dev11: relief "accepted from", "received" as counted goods, or "rushed" to a
state (AID); a warship's "port call" (COOPERATE, was REQUEST from the bare noun "call"); forces "pulled from" a place
without a particle (RETREAT); held people "traded for" others (RETREAT); "said X would bear the consequences"
(THREATEN); "refused to say whether" (no REJECT). Our own sentences, each class with a near miss."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("sentence,expected", [
    ("Peru accepted rescue teams from Chile after the earthquake.", ("AID", "CHL", "PER")),
    ("Peru accepted medical supplies from Norway and Chile on Monday.", ("AID", "NOR", "PER")),
    ("Peru received 40 tonnes of bottled water from Chile after the floods.", ("AID", "CHL", "PER")),
    ("Kenya rushed tents and blankets to Uganda after the floods.", ("AID", "KEN", "UGA")),
    ("A Chilean frigate arrived in Lima on a three-day port call.", ("COOPERATE", "CHL")),
    ("Norway pulled its warships from the Chilean coast on Monday.", ("RETREAT", "NOR")),
    ("Norway traded a Chilean spy for a Norwegian journalist.", ("RETREAT", "NOR", "CHL")),
    ("The Chilean embassy said Peru would bear all the consequences if it allowed the visit.", ("THREATEN", "CHL", "PER")),
])
def test_sentence_classes_code(sentence, expected):
    found = summary(code(sentence))
    assert any((t, s, g)[:len(expected)] == expected for t, s, g in found), found


@pytest.mark.parametrize("sentence,absent", [
    # a proposal accepted stays agreed to; troops rushed stay a deployment
    ("Peru accepted a proposal from Chile for a joint commission.", "AID"),
    ("Peru would accept the offers of assistance made by Chile and Norway.", "AID"),
    ("Kenya rushed troops to the Ugandan border on Monday.", "AID"),
    # what a minister would not say is no refusal of an act
    ("The Kenyan minister refused to say whether Nairobi had raised the case with Uganda.", "REJECT"),
    # goods traded for goods release nobody; a cost borne is no threat
    ("Norway traded Chilean copper for Peruvian fish.", "RETREAT"),
    ("The Kenyan minister said Uganda would bear the cost of the new road.", "THREATEN"),
])
def test_near_misses_keep_their_reading(sentence, absent):
    found = summary(code(sentence))
    assert all(t != absent for t, _, _ in found), found


@pytest.mark.parametrize("sentence,expected", [
    # the readings the new rows must leave alone
    ("Peru accepted a proposal from Chile for a joint commission.", ("AGREE", "PER")),
    ("Peru would accept the offers of assistance made by Chile and Norway.", ("AGREE", "PER", "CHL")),
    ("Kenya rushed troops to the Ugandan border on Monday.", ("MOBILIZE", "KEN")),
    ("Kenya refused to extradite the Ugandan businessman.", ("REJECT", "KEN")),
    ("Chile renewed its call for a ceasefire between Peru and Bolivia.", ("REQUEST", "CHL")),
    ("The Chilean embassy said Peru must withdraw its troops.", ("REQUEST", "CHL", "PER")),
])
def test_other_readings_stay(sentence, expected):
    found = summary(code(sentence))
    assert any((t, s, g)[:len(expected)] == expected for t, s, g in found), found
