"""An act told of both parties at once (wire32 class; our own pages): "Neither side has so far pulled back a
single unit" in a page about two states is each state's act on the other, negated; "both sides" the same,
asserted (events/each_side.py, cues.tsv eachside and sidenoun). A subject naming no pair ("the side") or a page
with no clear pair adds nothing."""
from __future__ import annotations

import pytest

from detente import pipeline
from detente.events.each_side import each_side_subject
from detente.records import Document

from events_kit import parsed

LEAD = ("Kenya and Uganda trade accusations over island\n\nNAIROBI, March 12 - Kenya accused Uganda on Monday of "
        "sending soldiers to the island of Migingo in Lake Victoria. Uganda rejected the charge and said Kenyan "
        "police had moved first. ")


def _retreats(text: str) -> set[tuple]:
    coded = pipeline.code_documents([Document("d0", "t0.txt", None, "text", text)])
    return {(e.source.country, e.target.country if e.target else None, e.status)
            for c in coded for e in c.events if e.event_type == "RETREAT"}


def test_neither_side_pulled_back_is_each_states_act_negated():
    found = _retreats(LEAD + "Neither side has so far pulled back a single unit, residents of the island said.")
    assert {("KEN", "UGA", "negated"), ("UGA", "KEN", "negated")} <= found, found


def test_both_sides_pulled_back_is_each_states_act():
    found = _retreats(LEAD + "Both sides have pulled back their police from the island, residents said.")
    assert {("KEN", "UGA", "asserted"), ("UGA", "KEN", "asserted")} <= found, found


def test_a_page_without_a_pair_adds_nothing():
    found = _retreats("Neither side has so far pulled back a single unit, residents of the island said.")
    assert not any(source for source, _, _ in found), found


@pytest.mark.parametrize("text, quantified", [
    ("Neither side has pulled back its troops.", True),
    ("Both governments began to withdraw their police.", True),
    ("The Kenyan side has pulled back its troops.", False),
])
def test_the_quantified_subject(text, quantified):
    sentence = parsed(text)[1][0]
    trigger = next(t.i for t in sentence.tokens if t.lemma in ("pull", "withdraw"))
    assert (each_side_subject(sentence, trigger) is not None) is quantified
