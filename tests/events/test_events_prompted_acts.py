"""An act told as what another act prompted (events/prompted_acts.py, cues.tsv causing): "..., prompting X to
recall its ambassador" tells X's recall as done, not as background (sent-dev13 "prompting Warsaw to send more
troops to the border", sent-dev12 "prompting Port of Spain to demand their immediate release": both core and
dropped as a subordinate clause). Our own sentences, coded through the whole pipeline."""
from __future__ import annotations

import pytest

from detente import pipeline
from detente.events.lexicon import cue_words
from detente.records import Document

STORY = ("Norway closed its consulate in Murmansk on Monday after Russia expelled two Norwegian diplomats. "
         "The two states have argued over fishing rights since the spring. ")


def third_sentence(text: str) -> set[tuple]:
    coded = pipeline.code_documents([Document("d0", "t0.txt", None, "text", STORY + text)])[0]
    return {(e.event_type, e.source.country, e.target.country if e.target else None, e.status)
            for e in coded.events if e.evidence.sentence_index == 2}


@pytest.mark.parametrize("sentence, event", [
    ("Russia expelled two more diplomats, prompting Norway to recall its ambassador.",
     ("SANCTION", "NOR", "RUS", "asserted")),
    ("Russian jets crossed into Norwegian airspace on Monday, prompting Oslo to summon the Russian ambassador.",
     ("ACCUSE", "NOR", "RUS", "asserted")),
    ("Russian troops seized a Norwegian fishing boat, prompting Norway to send two warships to the area.",
     ("MOBILIZE", "NOR", "RUS", "asserted")),
    ("Russia seized a Norwegian trawler, leading Oslo to summon the Russian ambassador.",
     ("ACCUSE", "NOR", "RUS", "asserted")),
    ("Russia seized a Norwegian trawler, spurring Oslo to recall its ambassador from Moscow.",
     ("SANCTION", "NOR", "RUS", "asserted")),
])
def test_the_prompted_answer_is_coded_as_done(sentence, event):
    assert event in third_sentence(sentence)


@pytest.mark.parametrize("sentence", [
    "Russian jets crossed into Norwegian airspace, prompting fears of a wider conflict.",
    "Russian jets crossed into Norwegian airspace, prompting calls in Oslo for a tougher response.",
    "Russia seized a Norwegian trawler, prompting Oslo to consider recalling its ambassador.",
])
def test_no_answer_without_an_object_and_its_act(sentence):
    assert not {e for e in third_sentence(sentence) if e[1] == "NOR"}


def test_the_prompting_act_itself_stays():
    assert ("SANCTION", "RUS", "NOR", "asserted") in third_sentence(
        "Russia expelled two more diplomats, prompting Norway to recall its ambassador.")


def test_causing_verbs_are_loaded():
    assert {"prompt", "spur", "lead"} <= set(cue_words("causing"))


def alone(text: str) -> set[tuple]:
    coded = pipeline.code_documents([Document("d1", "t1.txt", None, "text", text)])[0]
    return {(e.event_type, e.source.country, e.target.country if e.target else None) for e in coded.events}


@pytest.mark.parametrize("sentence, event", [
    ("Two Belarusian helicopters were reported to have crossed into Polish airspace, prompting Warsaw to send more "
     "troops to the border.", ("MOBILIZE", "POL", "BLR")),
    ("Russian coast guard vessels detained a Norwegian fishing boat and its five crew, prompting Oslo to demand "
     "their immediate release.", ("REQUEST", "NOR", "RUS")),
])
def test_the_answer_is_aimed_at_the_prompting_state(sentence, event):
    assert event in alone(sentence)
