"""A hostile act raised at a body of states is the quarrel taken there, as "the matter" is (events/forums.py
disputed_matter; eval/wire52 w52_04: "will raise the blockade at the United Nations and the OSCE if the wagons are
not released" was read as the speaker's own blockade threatened at both bodies). Our own sentences, through the
whole pipeline."""
from __future__ import annotations

from detente import pipeline
from detente.records import Document

LEAD = ("Kyrgyzstan shuts border crossings to Tajik lorries\n\nDUSHANBE, May 4 2015 (Agency) - Kyrgyzstan closed its "
        "border crossings with Tajikistan on Sunday and held hundreds of Tajik lorries at the frontier, officials in "
        "Dushanbe said. Kyrgyz officials gave no reason for the closure. ")


def coded(text: str) -> set[tuple]:
    events = pipeline.code_documents([Document("d0", "t0.txt", None, "text", LEAD + text)])[0].events
    return {(e.event_type, e.source.country, e.target.country if e.target else None) for e in events}


def test_a_conditional_raise_of_a_hostile_act_threatens_the_other_state():
    found = coded("Dushanbe would raise the blockade with the OSCE and at the United Nations unless the lorries "
                  "were let through by Friday, a ministry spokeswoman warned.")
    assert ("THREATEN", "TJK", "KGZ") in found
    assert not {("THREATEN", "TJK", "UNO"), ("THREATEN", "TJK", "IGO")} & found


def test_hostile_act_nouns_count_and_aid_does_not():
    from detente.events.forums import hostile_act
    assert hostile_act("blockade") and hostile_act("seizure")
    assert not hostile_act("aid") and not hostile_act("talks")
