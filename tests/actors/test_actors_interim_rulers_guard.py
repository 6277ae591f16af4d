"""actors.interim_rulers.ruled_states runs its phrase only on a sentence that holds one of its words (issue #13)."""
from __future__ import annotations

import pytest

from detente.actors import interim_rulers
from detente.actors.gazetteer import scan
from detente.records import Sentence


def _ruled(text: str) -> list[str]:
    return interim_rulers.ruled_states(Sentence("d", 0, 0, "body", 0, len(text), text), scan(text))


def test_a_sentence_without_its_words_is_not_scanned(monkeypatch):
    def refuse():
        raise AssertionError("phrase scanned")

    monkeypatch.setattr(interim_rulers, "phrase", refuse)
    assert _ruled("Ghana's government recalled its ambassador from Togo on Monday.") == []


TEXTS = ["Mali's junta expelled the envoy.", "MALI'S JUNTA EXPELLED THE ENVOY.", "the junta in Niger", "Niger's Junta",
         "The transitional government of Chad met.", "The TRANSITIONAL Government of Chad met.",
         "The tran\u017fitional government of Chad met.",  # a long s: re.I reads it as "s", and so does fold
         "Guinea's military rulers and Niger's putschists met.", "the military authorities in Bamako",
         "The government of Chad met.", "Sudan's interim council", ""]


@pytest.mark.parametrize("text", TEXTS)
def test_the_same_namings_as_the_phrase_alone(text, monkeypatch):
    guarded = _ruled(text)
    monkeypatch.setattr(interim_rulers, "_needed", lambda: ("",))  # every text passes
    assert guarded == _ruled(text)


def test_namings_found():
    assert _ruled("Mali's junta expelled the envoy.") == ["MLI"]
    assert _ruled("The tran\u017fitional government of Chad met.") == ["TCD"]
    assert _ruled("Sudan's interim council met.") == ["SDN"]
