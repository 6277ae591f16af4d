"""A state taken off a list (triggers.tsv remove rows, events/listed.py): off a list of favoured states it loses a
privilege (SANCTION; wire36 w36_05), off a list of penalised states it is relieved (CONCEDE; sent-dev18 0083's
class). Our own sentences, coded through the whole pipeline."""
from __future__ import annotations

import pytest

from detente import pipeline
from detente.records import Document

STORY = ("Ghana and Togo have quarrelled over export rules since March. Ghana said Togolese customs had held "
         "forty Ghanaian lorries at the border on Friday. ")


def last_sentence(text: str) -> set[tuple]:
    coded = pipeline.code_documents([Document("d0", "t0.txt", None, "text", text)])[0]
    return {(e.event_type, e.source.country, e.target.country if e.target else None) for e in coded.events
            if e.evidence.sentence_index == 2}


@pytest.mark.parametrize("sentence", [
    "Togo removed Ghana from its list of trusted trading partners on Monday.",
    "Togo removed Ghana from its white list of preferred export destinations on Monday.",
    "On Monday Togo removed Ghana from its whitelist.",
])
def test_taken_off_a_list_of_favoured_states_is_a_penalty(sentence):
    coded = last_sentence(STORY + sentence)
    assert ("SANCTION", "TGO", "GHA") in coded and not any(e[0] == "CONCEDE" for e in coded)


def test_taken_off_a_list_of_penalised_states_is_relief():
    coded = last_sentence(STORY + "Togo removed Ghana from its list of states that sponsor smuggling on Monday.")
    assert ("CONCEDE", "TGO", "GHA") in coded
