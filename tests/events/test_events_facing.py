"""A deployment aimed at the state its place looks at (events/counterpart.py `_facing`, cues.tsv `facing`):
wire39's "ordered the navy to reinforce its deployment along the sea line facing Lebanon" (core MOBILIZE ISR→LBN)
had no target. Our own sentences, coded through the whole pipeline on a page about Greece and Turkey."""
from __future__ import annotations

import pytest

from detente import pipeline
from detente.events.lexicon import cue_words
from detente.records import Document

STORY = ("Greece and Turkey have argued over drilling rights since the spring. Turkey sent a survey ship into "
         "disputed waters on Monday, and Turkey said it would send a second one. ")


def last_sentence(text: str) -> set[tuple]:
    coded = pipeline.code_documents([Document("d0", "t0.txt", None, "text", STORY + text)])[0]
    return {(e.event_type, e.source.country, e.target.country if e.target else None)
            for e in coded.events if e.evidence.sentence_index == 2}


@pytest.mark.parametrize("sentence", [
    "Greece's defence minister ordered the Greek navy to reinforce its deployment along the sea line facing Turkey.",
    "Greece sent two more frigates to the islands facing Turkey.",
    "Greece moved extra troops to the region bordering Turkey.",
])
def test_a_deployment_facing_the_other_state_is_aimed_at_it(sentence):
    assert ("MOBILIZE", "GRC", "TUR") in last_sentence(sentence)


def test_other_acts_are_not_read_through_the_participle():
    found = last_sentence("Greece praised the fishermen of the islands facing Turkey.")
    assert ("SUPPORT", "GRC", "TUR") not in found


def test_facing_cues_load():
    assert {"face", "border", "adjoin"} <= set(cue_words("facing"))
