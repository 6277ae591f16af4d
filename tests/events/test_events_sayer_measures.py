"""Session 31 (issue #11, denials27): a refusal or a warning told behind "said" with the measure or the work as
its subject, and the consequences a state threatens on a condition (events/sayer_measures.py, refusals.py
`committed`, triggers.tsv rows deduct / give up / follow / stop, pay with a sum). The development golds code
"said the work would not stop" as the sayer's REJECT (wire48), "if X did not apologise, further steps will
follow" as THREATEN (wire44), "if X did not pay, the Commission would deduct the sums" as THREATEN (wire49),
"would not give up its rights" and "will not pay a single euro" as REJECT (wire41, wire49). Our own sentences."""
from __future__ import annotations

import pytest

from events_kit import code
from detente.events.lexicon import cue_words


def _rows(text: str) -> set[tuple]:
    return {(e.event_type, e.source.country, e.target.country if e.target else None, e.status) for e in code(text)}


@pytest.mark.parametrize("text,expected", [
    ("Kenya's minister accused Uganda of lying and said that if Uganda did not apologise, further steps will follow.",
     ("THREATEN", "KEN", "UGA", "asserted")),
    ("A Kenyan spokesman said that if Uganda did not pay, Kenya would deduct the sums from payments due to Uganda.",
     ("THREATEN", "KEN", "UGA", "asserted")),
])
def test_a_consequence_on_a_condition_is_a_threat(text, expected):
    assert expected in _rows(text)


@pytest.mark.parametrize("text", [
    "Uganda demanded that Kenya stop building the gate. Kenya's Foreign Office said the work would not stop.",
    "A Kenyan spokesman said Kenya would not give up its rights under any pressure.",
    "Uganda fined Kenya. A Kenyan spokesman said Kenya will not pay a single euro.",
])
def test_a_refusal_behind_said_is_the_sayers_reject(text):
    assert any(t == "REJECT" and s == "KEN" and st == "asserted" for t, s, _, st in _rows(text))


@pytest.mark.parametrize("text,absent", [
    # an offer on a condition is no threat
    ("A Kenyan spokesman said that if Uganda paid, Kenya would lift the fines.", "THREATEN"),
    # the fighting is nobody's work the sayer refuses to stop
    ("Uganda accused Kenya of an attack. Kenya said the fighting would not stop.", "REJECT"),
    # work that has stopped is told, not refused
    ("Uganda demanded that Kenya stop building the gate. Kenya's Foreign Office said the work had stopped.", "REJECT"),
    # steps that followed are told, not threatened
    ("Uganda accused Kenya of an attack. Kenya said that further steps followed.", "THREATEN"),
])
def test_near_misses_keep_their_reading(text, absent):
    assert not any(t == absent for t, *_ in _rows(text))


def test_the_undertaking_cues_load():
    assert {"step", "measure", "work", "construction"} <= set(cue_words("undertaking"))
    assert "follow" in cue_words("standing")
