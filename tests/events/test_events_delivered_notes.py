"""Who delivered a protest the sentence gives no doer for: "A protest note was delivered to the Peruvian embassy"
(events/delivered_notes.py, cues.tsv `remonstrance`; eval/wire32 and wire8 coded such protests with no source).
The page's other state delivered it. Our own sentences."""
from __future__ import annotations

import pytest

from events_kit import code

from detente.events.lexicon import cue_words

STORY = ("Kenya accused Uganda of detaining six fishermen near Migingo island. Kenya said the men were fishing in "
         "Kenyan waters. Uganda denied the charge. ")


def _found(text: str) -> set[tuple]:
    return {(e.event_type, e.source.country, e.target.country if e.target else None) for e in code(STORY + text)
            if e.evidence.sentence_index == 3}


@pytest.mark.parametrize("word", sorted(cue_words("remonstrance")))
def test_every_remonstrance_noun_delivered_to_an_envoy_is_the_other_states(word):
    text = f"A {word} of protest was delivered to the Ugandan embassy on Tuesday." if word != "protest" else \
        "A protest was delivered to the Ugandan embassy on Tuesday."
    assert ("ACCUSE", "KEN", "UGA") in _found(text), _found(text)


def test_a_protest_handed_to_an_envoy_named_by_his_state():
    assert ("ACCUSE", "KEN", "UGA") in _found("The protest note was handed to Uganda's charge d'affaires on Tuesday.")


def test_a_named_sender_is_kept():
    found = _found("A protest note was delivered to the Ugandan embassy by the Tanzanian envoy on Tuesday.")
    assert ("ACCUSE", "KEN", "UGA") not in found


def test_a_note_delivered_to_nobodys_envoy_has_no_sender():
    assert ("ACCUSE", "KEN", "UGA") not in _found("A protest note was delivered to the embassy on Tuesday.")
