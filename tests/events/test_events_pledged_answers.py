"""Session 32 (acts31), core recall of issue #11: a state's public backing said "stands with X", and answers pledged
on the other side's act ("will respond if ...", "would react if ...", "will not stand by while ...") as warnings, and a request
"said to be unmeetable" as the sayer's refusal (events/sayer_measures.py), "or (else) face" after a demand whatever the parse
(events/ultimatums.py).
Data rows in events/data/triggers.tsv (stand, respond, react). Our own sentences."""
from __future__ import annotations

from events_kit import code, summary


def test_stands_with_a_state_is_support():
    # wire40 w40_01, wire43 w43_05, wire49 w49_09: core SUPPORT rows coded nothing
    assert ("SUPPORT", "NOR", "KEN") in summary(code("Norway stands with Kenya in the dispute over the island, the "
                                                     "Norwegian foreign ministry said on Monday."))


def test_stands_firmly_with_a_state_is_support():
    assert ("SUPPORT", "DNK", "FIN") in summary(code("Denmark stands firmly with Finland, the Danish premier said."))


def test_standing_with_hands_or_a_decision_is_no_support():
    assert not any(e.event_type == "SUPPORT" for e in code("Norway stands with its decision on the Kenyan case."))


def test_response_pledged_on_the_other_sides_act_is_a_threat():
    # wire4 w4_02 ("will respond if rounds fall again"): a conditional threat coded nothing
    events = code("Kenya will respond if Ugandan troops cross the border again, the minister said.")
    assert ("THREATEN", "KEN", "UGA") in summary(events), summary(events)
    # the warning is given now (gold w4_02 THREATEN asserted), whatever becomes of the answer it promises
    assert all(e.status == "asserted" for e in events if e.event_type == "THREATEN")


def test_response_in_kind_on_a_condition_is_a_threat():
    assert ("THREATEN", "KEN", "UGA") in summary(code("Kenya will respond in kind if Uganda expels its diplomats, "
                                                      "the minister said."))


def test_reaction_pledged_on_a_condition_is_a_threat():
    assert ("THREATEN", "KEN", "UGA") in summary(code("Kenya will react strongly if Uganda crosses the line, the "
                                                      "minister said."))


def test_reply_to_a_letter_on_a_condition_is_no_threat():
    events = code("Kenya would respond to the letter if Uganda sent one, the minister said.")
    assert not any(e.event_type in ("THREATEN", "ASSAULT") for e in events), summary(events)


def test_a_response_told_without_a_condition_is_no_threat():
    events = code("Kenya will respond to Uganda next week, the minister said.")
    assert not any(e.event_type in ("THREATEN", "ASSAULT") for e in events), summary(events)


def test_will_not_stand_by_while_is_a_warning():
    events = code("Norway will not stand by while Chilean ships seize our fishermen, the Norwegian premier said.")
    assert any(e.event_type == "THREATEN" and e.source.country == "NOR" for e in events), summary(events)


def test_how_a_state_would_respond_is_no_threat():
    # wire40 w40_04: "declined to say how X would respond if ..." leaves the answer unsaid
    events = code("The Kenyan official declined to say how Kenya would respond if Uganda closed the border.")
    assert not any(e.event_type in ("THREATEN", "ASSAULT") for e in events), summary(events)


def test_a_request_said_to_be_unmeetable_is_refused_by_the_sayer():
    # wire9 w9_10: "the request for immediate passage could not be met", core REJECT coded nothing
    events = code("Kenya said Uganda's request for immediate passage could not be met.")
    assert ("REJECT", "KEN", "UGA") in summary(events), summary(events)


def test_a_request_said_to_be_met_is_no_refusal():
    events = code("Kenya said Uganda's request for passage had been met.")
    assert not any(e.event_type == "REJECT" for e in events), summary(events)


def test_or_else_face_after_a_demand_is_an_ultimatum():
    # issue #11: "or else" threats; the parser hangs "or else face" on the demanded act's object
    events = code("Kenya told Uganda to withdraw its boats or else face consequences.")
    assert ("THREATEN", "KEN", "UGA") in summary(events), summary(events)


def test_or_face_parsed_as_a_noun_is_still_the_penalty():
    events = code("Kenya told Uganda to withdraw its ships or face consequences.")
    assert ("THREATEN", "KEN", "UGA") in summary(events), summary(events)


def test_face_in_a_question_is_no_ultimatum():
    events = code("Kenya asked whether Uganda would pay or face a court case.")
    assert not any(e.event_type == "THREATEN" for e in events), summary(events)
