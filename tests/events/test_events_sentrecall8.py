"""Session 22 sentence-level type classes (sentrecall8), found on eval/sent-dev9 (written blind): wordings of
state-agency, Nordic, Pacific and court copy, energy and cyber wires, air policing and border policing no row read
("intercepted a surveillance plane", "remanded in custody", "chased a trawler out", "came under fire from",
"drones hit a refinery", "expelling undocumented X", "halted gas flows", "placed on combat readiness", "voted
against ratifying", "attributed the cyberattack to", "barred from the summit", "asset freezes", "expressed deep
concern over", "went on strike", a court that "found that X had violated", "added companies to its blacklist",
"sent back / pushed back refugees", a visiting "army chief" received, "a wanted man handed over", drills held by
"X and Y troops"), and the market sense of "demand". Our own sentences, each class with a near miss."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("sentence,expected", [
    ("Norwegian jets intercepted a Chilean surveillance plane over the North Sea.", ("COERCE", "NOR", "CHL")),
    ("Kenyan magistrates remanded eleven opposition activists in custody.", ("COERCE", "KEN")),
    ("The Norwegian coast guard chased a Chilean trawler out of the fisheries zone.", ("COERCE", "NOR", "CHL")),
    ("Kenyan peacekeepers came under fire from Ugandan troops.", ("ASSAULT", "UGA", "KEN")),
    ("Ugandan drones hit an oil refinery in Kenya.", ("ASSAULT", "UGA", "KEN")),
    ("Kenya began expelling undocumented Ugandans.", ("COERCE", "KEN")),
    ("Kenya handed over a wanted man to Uganda under an extradition treaty.", ("COOPERATE", "KEN", "UGA")),
    ("Norwegian and Danish troops held exercises near Oslo.", ("COOPERATE",)),
    ("Norway halted gas flows to Chile.", ("SANCTION",)),
    ("Norway placed its army on the highest level of combat readiness.", ("MOBILIZE", "NOR")),
    ("Kenya's parliament voted against ratifying the security pact signed with Uganda.", ("REJECT", "KEN", "UGA")),
    ("Norway publicly attributed the cyberattack to a group controlled by Chile.", ("ACCUSE", "NOR")),
    ("Norway barred Chile's generals from the summit.", ("SANCTION", "NOR", "CHL")),
    ("Norway's asset freeze against Chilean officials took effect.", ("SANCTION", "NOR", "CHL")),
    ("Norway expressed deep concern over the arrest of opposition candidates in Chile.", ("ACCUSE", "NOR", "CHL")),
    ("Kenyan workers went on strike across the country.", ("PROTEST", "KEN")),
    ("A Norwegian court found that Chile had violated the rights of the victims.", ("ACCUSE", "NOR", "CHL")),
    ("Norway added 23 Chilean companies to its export blacklist.", ("SANCTION", "NOR", "CHL")),
    ("Norway sent back 800 refugees who had fled fighting in Chile.", ("COERCE", "NOR")),
    ("Kenya's king received the visiting Ugandan army chief at the palace.", ("CONSULT", "KEN", "UGA")),
])
def test_sentence_classes_code(sentence, expected):
    found = summary(code(sentence))
    assert any((t, s, g)[:len(expected)] == expected for t, s, g in found), found


@pytest.mark.parametrize("sentence,absent", [
    # a missile intercepted is air defence, a case remanded is no detention, a team on tour is no strike
    ("Norway intercepted a Chilean missile.", "COERCE"),
    ("A Kenyan court remanded the case to a lower court.", "COERCE"),
    ("The Kenyan team went on a tour of Uganda.", "PROTEST"),
    # the police finding a fact is no ruling; a plain concern stays too mild; a date pushed back is no expulsion
    ("Kenyan police found that the Ugandan trucks had been stolen.", "ACCUSE"),
    ("Norway expressed concern over the weather in Chile.", "ACCUSE"),
    ("Norway pushed back the date of the talks with Chile.", "COERCE"),
    # sanctions that hit an economy are no attack; the market's demand is no request
    ("Sanctions hit Chile's economy hard.", "ASSAULT"),
    ("Oil prices fell as traders weighed signs of weaker demand in Chile.", "REQUEST"),
    # one state's troops holding exercises are no joint drill
    ("Norwegian troops held exercises near Oslo.", "COOPERATE"),
])
def test_near_misses_keep_their_reading(sentence, absent):
    found = summary(code(sentence))
    assert all(t != absent for t, _, _ in found), found


def test_a_demand_of_a_state_stays_a_request():
    found = summary(code("Norway rejected Chile's demand for compensation."))
    assert ("REQUEST", "CHL", "NOR") in found, found
