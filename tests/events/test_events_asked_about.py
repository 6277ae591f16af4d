"""An act named as the topic of a fronted question (events/asked_about.py): "Asked about the summoning of X's
ambassador, the spokesman said ..." tells the summons, which coder.subordinate dropped as background, and a
summons told so names no summoner, so the page's other state made it (events/arguments.py is_agentless,
events/summoned_envoys.py; wire34 w34_06, w34_10, wire35 w35_02). Our own sentences."""
from __future__ import annotations

import pytest

from detente import pipeline
from detente.records import Document

WARSAW = ("Poland accused Belarus of pushing migrants over the border on Monday. Polish officials said Belarusian "
          "guards had fired shots into the air. ")


def third_sentence(text: str) -> set[tuple]:
    coded = pipeline.code_documents([Document("d0", "t0.txt", None, "text", WARSAW + text)])[0]
    return {(e.event_type, e.source.country, e.target.country if e.target else None) for e in coded.events
            if e.evidence.sentence_index == 2}


@pytest.mark.parametrize("sentence", [
    "Asked about the summoning of the Belarusian ambassador in Warsaw, the spokesman said Minsk saw no grounds "
    "to change its decision.",
    "Asked about the summoning of Belarus's charge d'affaires a day earlier, the minister said the talks had been "
    "frank.",
])
def test_a_summons_asked_about_is_told(sentence):
    assert ("ACCUSE", "POL", "BLR") in third_sentence(sentence)


def test_a_summons_asked_whether_is_not_told():
    coded = third_sentence("Asked whether Poland would summon the Belarusian ambassador, the spokesman said he "
                           "had nothing to announce.")
    assert not {e for e in coded if e[0] == "ACCUSE"}
