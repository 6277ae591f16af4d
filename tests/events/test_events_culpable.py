"""A reported clause that lays blame by its verb and object (cues.tsv culpable, events/predicates.py
culpable_act): "said Y bears full responsibility", "said Y was undermining X's sovereignty" is the speaker's
accusation of Y (wire38: a spokesman's "bears full responsibility" and a ministry's "grossly undermines China's
sovereignty" went uncoded). Our own sentences, coded through the whole pipeline."""
from __future__ import annotations

import pytest

from detente import pipeline
from detente.events.lexicon import cue_words
from detente.records import Document

STORY = ("Norway closed its consulate in Murmansk on Monday after Russia expelled two Norwegian diplomats. "
         "The two states have argued over fishing rights since the spring. ")


def third_sentence(text: str) -> set[tuple]:
    coded = pipeline.code_documents([Document("d0", "t0.txt", None, "text", STORY + text)])[0]
    return {(e.event_type, e.source.country, e.target.country if e.target else None) for e in coded.events
            if e.evidence.sentence_index == 2}


@pytest.mark.parametrize("sentence", [
    "Russia's foreign ministry said Norway bears full responsibility for the crisis.",
    "A Russian spokeswoman told reporters that Norway bears full responsibility for the damage.",
    "Moscow said Oslo was undermining Russia's sovereignty in the Arctic.",
    "The Russian foreign ministry said Norway had infringed its sovereignty.",
])
def test_a_reported_blame_is_the_speaker_s_accusation(sentence):
    assert ("ACCUSE", "RUS", "NOR") in third_sentence(sentence)


@pytest.mark.parametrize("sentence", [
    "Norway's foreign ministry said it bears no responsibility for the crisis.",
    "Moscow said the dispute had undermined confidence in the fishing market.",
    "Russia's foreign ministry said Norway was bearing the costs of the closure.",
])
def test_no_blame_without_the_charged_object(sentence):
    assert not {e for e in third_sentence(sentence) if e[0] == "ACCUSE"}


def test_each_culpable_verb_is_also_a_censure_word():
    assert cue_words("culpable") and set(cue_words("culpable")) <= set(cue_words("censure"))
    assert "responsibility" in cue_words("culpable")["bear"].split("|")
