"""A request or accusation whose maker a 'by' phrase names is the maker's own act, answered by the verb it hangs on,
and the answering refusal takes the maker as its target (events/made_by.py; the class of wire37's "dismissed as
absurd allegations by Canada's Prime Minister"). Sentences are our own."""
from __future__ import annotations

import pytest

from events_kit import code, summary

ANSWERED = [
    ("Togo on Tuesday dismissed as absurd allegations by Ghana's president linking its agents to the attack.",
     {("REJECT", "TGO", "GHA"), ("ACCUSE", "GHA", "TGO")}),
    ("Togo rejected a demand by Ghana that the fishermen be freed.",
     {("REJECT", "TGO", "GHA"), ("REQUEST", "GHA", "TGO")}),
    ("Togo turned down a request by Ghana for the extradition of the suspects.",
     {("REJECT", "TGO", "GHA"), ("REQUEST", "GHA", "TGO")}),
    ("Togo rejected accusations by Ghana over the stopping of a Ghanaian boat.",
     {("REJECT", "TGO", "GHA"), ("ACCUSE", "GHA", "TGO")}),
]


@pytest.mark.parametrize("text,expected", ANSWERED)
def test_maker_named_by_by_phrase_keeps_its_own_act(text, expected):
    found = summary(code(text))
    assert expected <= found, found


def test_unnamed_maker_stays_part_of_the_refusal():
    found = summary(code("Togo turned down a request by the delegation for more time."))
    assert not any(t == "REQUEST" for t, _, _ in found), found
