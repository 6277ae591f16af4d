"""A mutual act ("X and Y exchanged the bodies of soldiers") is done by each party to the other; people in its object
whose state the actors stage only guessed from the page are theirs, no third party (events/pairing.py third_party;
wire36 w36_04: the soldiers took the headline's state and the exchange became two handovers to it). Our own
sentences, coded through the whole pipeline."""
from __future__ import annotations

from detente import pipeline
from detente.records import Document

PAGE = ("Kenya offers to host talks as Ethiopia and Eritrea trade bodies\n\nKenya offered on Tuesday to host talks "
        "between the two neighbours. Kenya said its envoy would travel to both capitals. ")


def third_sentence(text: str) -> set[tuple]:
    coded = pipeline.code_documents([Document("d0", "t0.txt", None, "text", text)])[0]
    return {(e.event_type, e.source.country, e.target.country if e.target else None) for e in coded.events
            if e.evidence.sentence_index == 3}


def test_bodies_exchanged_go_to_each_other_not_to_the_page_s_main_state():
    coded = third_sentence(PAGE + "Ethiopia and Eritrea exchanged the bodies of soldiers killed in the border "
                           "fighting on Wednesday.")
    assert {("RETREAT", "ETH", "ERI"), ("RETREAT", "ERI", "ETH")} <= coded
    assert not any(e[2] == "KEN" for e in coded)


def test_a_named_third_state_s_people_stay_its_own():
    coded = third_sentence(PAGE + "Ethiopia and Eritrea handed over six Kenyan prisoners to Kenya on Wednesday.")
    assert not {("RETREAT", "ETH", "ERI"), ("RETREAT", "ERI", "ETH")} & coded
