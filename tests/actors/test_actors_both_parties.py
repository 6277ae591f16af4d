"""Issue #11, who is the target, twenty-fourth pass (own sentences): "both parties" and "the two parties" name the
story's two states, as "both sides" does (actors/data/roles.tsv, use group): a mediator's call on them is a
request of each (wire40 w40_07: a body's envoy calls on the parties to refrain, REQUEST IGO→each, core)."""
from __future__ import annotations

import pytest

from detente import pipeline
from detente.records import Document

LEAD = "Egypt and Ethiopia resume dam talks\n\nEgypt and Ethiopia resumed talks on the dam on Sunday. Egypt " \
       "accused Ethiopia of filling the reservoir. "


def _rows(text: str) -> set[tuple]:
    coded = pipeline.code_documents([Document("d0", "t0.txt", None, "text", text)])[0]
    return {(e.event_type, e.source.country, e.target.country if e.target else None) for e in coded.events}


@pytest.mark.parametrize("sentence", [
    "The AU envoy called on both parties to refrain from unilateral steps.",
    "The AU envoy urged the two parties to return to the table.",
])
def test_both_parties_are_the_storys_two_states(sentence):
    rows = _rows(LEAD + sentence)
    assert {("REQUEST", "IGO", "EGY"), ("REQUEST", "IGO", "ETH")} <= rows, rows
