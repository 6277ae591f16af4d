"""An envoy summoned with no summoner named (events/summoned_envoys.py): "X's charge d'affaires, summoned on Tuesday
evening, was told ...", "Peru's ambassador was summoned on Tuesday". On a page about the envoy's state and one
other, the other state summoned him (wire35, written blind: the summons coded with no doer; realnews' "The French
ambassador to Bamako was summoned" the same form). Our own sentences, coded through the whole pipeline."""
from __future__ import annotations

import pytest

from detente import pipeline
from detente.records import Document

STORY = ("Chile said armed Peruvian boats had fished in the southern zone for a week. Chile and Peru have "
         "argued over the zone since 2014. ")


def last_sentence(text: str) -> set[tuple]:
    """(type, source, target) of the events of the page's last sentence."""
    coded = pipeline.code_documents([Document("d0", "t0.txt", None, "text", text)])[0]
    last = max(e.evidence.sentence_index for e in coded.events) if coded.events else -1
    return {(e.event_type, e.source.country, e.target.country if e.target else None) for e in coded.events
            if e.evidence.sentence_index == last}


@pytest.mark.parametrize("sentence", [
    "Peru's ambassador was summoned on Tuesday.",
    "The Peruvian ambassador was summoned to the foreign ministry, where the permanent secretary handed him a note.",
    "Peru's charge d'affaires, summoned on Tuesday evening, was told that the incident was \"unacceptable\", the "
    "foreign ministry said.",
])
def test_the_page_s_other_state_summoned_the_envoy(sentence):
    assert ("ACCUSE", "CHL", "PER") in last_sentence(STORY + sentence)


def test_a_named_summoner_is_kept():
    coded = last_sentence(STORY + "The Peruvian ambassador was summoned by Bolivia on Tuesday.")
    assert ("ACCUSE", "BOL", "PER") in coded and ("ACCUSE", "CHL", "PER") not in coded


def test_no_other_side_on_a_page_about_several_states():
    text = ("Chile, Bolivia and Argentina met Peru's officials in Quito. Bolivia and Argentina backed Chile. "
            "Argentina and Bolivia said so again. Peru's ambassador was summoned on Tuesday.")
    assert not {e for e in last_sentence(text) if e[0] == "ACCUSE" and e[1] is not None}
