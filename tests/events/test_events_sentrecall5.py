"""Session 20 sentence-level type classes (sentrecall5), found on eval/sent-dev6 (written blind): legal, diplomatic,
military and economic jargon and regional-outlet English no row read ("balked at", "stonewalled", "threw out a bid",
"expressed strong dissatisfaction", "completed disengagement", "redeployed to the frontier", "neutralised
terrorists", "airlifted 40 tonnes", "has taken in refugees", "consented to", "affirming territorial integrity",
"invoked anti-dumping measures", "opened a criminal case against", "vowed countermeasures", "a courtesy call on",
"sought the nod of", rebels handed over, "gave X until Friday to", "cover the
salaries of", shares that rallied). Our own sentences, each class with a near miss that keeps its old reading
or stays uncoded."""
from __future__ import annotations

import pytest

from events_kit import code, summary


@pytest.mark.parametrize("sentence,expected", [
    ("Kenya balked at Uganda's demand for a joint inquiry.", ("REJECT", "KEN")),
    ("Kenya stonewalled Uganda's request for the files.", ("REJECT", "KEN")),
    ("Kenya's parliament threw out Uganda's proposal for a customs union.", ("REJECT",)),
    ("Kenya expressed strong dissatisfaction with Uganda's decision.", ("ACCUSE", "KEN", "UGA")),
    ("Kenya handed over four Ugandan rebels to Kampala.", ("COOPERATE", "KEN", "UGA")),
    ("Kenyan and Ugandan troops completed disengagement on the island.", ("RETREAT", "KEN", "UGA")),
    ("Kenyan troops were redeployed to the Ugandan border.", ("MOBILIZE",)),
    ("The Kenyan army neutralised six militants near the border.", ("ASSAULT", "KEN")),
    ("Norway airlifted 30 tonnes of tents to Chile.", ("AID", "NOR", "CHL")),
    ("Kenya has taken in 5,000 Ugandan refugees.", ("AID", "KEN")),
    ("Kenya and Uganda consented to a joint survey of the island.", ("AGREE",)),
    ("Norway's parliament passed a resolution affirming Finland's territorial integrity.", ("SUPPORT", "NOR", "FIN")),
    ("Kenya invoked anti-dumping measures on Ugandan sugar.", ("SANCTION", "KEN", "UGA")),
    ("Kenya's prosecutor opened a criminal case against Uganda's police chief.", ("ACCUSE", "KEN")),
    ("Kenya vowed countermeasures if Uganda closed the border.", ("THREATEN", "KEN", "UGA")),
    ("The Kenyan envoy paid a courtesy call on Uganda's foreign minister.", ("CONSULT", "KEN", "UGA")),
    ("Kenya sought Uganda's nod for a new pipeline.", ("REQUEST", "KEN", "UGA")),
    # a deadline named by its day: the ultimatum of "gave Uganda 48 hours to"
    ("Kenya gave Uganda until Friday to withdraw its troops.", ("THREATEN", "KEN", "UGA")),
    ("Norway will cover the salaries of Chilean teachers for a year.", ("AGREE", "NOR")),
    ("Thousands rallied in Nairobi against the new tax.", ("PROTEST",)),
    # common verbs with no row before, read as their neighbours
    ("Kenya shunned the talks with Uganda.", ("REJECT", "KEN")),
    ("Kenya scuppered the deal with Uganda.", ("REJECT", "KEN")),
    ("Kenya derailed the peace process with Uganda.", ("REJECT", "KEN")),
    ("Kenyan gunboats menaced Ugandan fishermen.", ("THREATEN", "KEN")),
    ("Kenya mustered troops near the Ugandan border.", ("MOBILIZE", "KEN")),
    ("Kenya compensated Uganda for the damaged ferry.", ("CONCEDE", "KEN", "UGA")),
    ("Norway exhorted Chile to return to the talks.", ("REQUEST", "NOR", "CHL")),
    ("Kenya annexed the Ugandan island.", ("ASSAULT", "KEN")),
    ("Kenyan jets breached Ugandan airspace.", ("MOBILIZE", "KEN", "UGA")),
    ("Kenya breached the ceasefire with Uganda.", ("ASSAULT", "KEN")),
    # 'test-fired' read as the missiles' adjective
    ("Kenya test-fired two short-range ballistic missiles off its coast.", ("MOBILIZE", "KEN")),
])
def test_sentence_classes_code(sentence, expected):
    found = summary(code(sentence))
    assert any((t, s, g)[:len(expected)] == expected for t, s, g in found), found


@pytest.mark.parametrize("sentence,absent", [
    # a referee throwing out a player, a minister voicing hope, handing over a cheque for a school
    ("The referee threw out two Kenyan players.", "REJECT"),
    ("The Kenyan minister expressed hope that Uganda would join the talks.", "ACCUSE"),
    # troops redeployed away from the border, a company's staff taken in by a hotel
    ("Kenyan troops were redeployed away from the border.", "MOBILIZE"),
    ("The hotel took in its guests' luggage.", "AID"),
    # a case opened for a client, a ticket invoked nothing
    ("Kenya's prosecutor opened a case file on the stolen cattle.", "ACCUSE"),
    # an ordinary call on another state to act stays a request
    ("Kenya called on Uganda to withdraw its troops.", "CONSULT"),
    # the withdrawal a deadline asks for has not happened; a deadline given to no named party is no ultimatum
    ("Kenya gave Uganda until Friday to withdraw its troops.", "RETREAT"),
    ("The Kenyan ministry gave the firms until May to register.", "THREATEN"),
    # markets that rallied are no demonstration
    ("Shares in Kenyan banks rallied on Tuesday.", "PROTEST"),
    ("The Kenyan shilling rallied against the dollar.", "PROTEST"),
    # a train that derailed
    ("A Kenyan train derailed near the Ugandan border.", "REJECT"),
])
def test_near_misses_keep_their_reading(sentence, absent):
    found = summary(code(sentence))
    assert all(t != absent for t, _, _ in found), found
