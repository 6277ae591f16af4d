"""A state's turn at the chair of a body acts for the body (actors/chair_turns.py, data/chair_turns.tsv): "the
Czech presidency of the EU urged ..." is the EU's call (eval/wire54 w54_07 gave it to the Czech Republic). Our own
sentences."""
from __future__ import annotations

import pytest

from helpers import events_of
from detente.actors.chair_turns import chair_nouns


@pytest.mark.parametrize("text", [
    "The Czech presidency of the EU urged Moldova to lift the visa requirement.",
    "The Czech EU presidency urged Moldova to lift the visa requirement.",
])
def test_the_presidency_of_the_eu_is_the_eu(text):
    found = events_of(text)
    assert ("REQUEST", "EUR", "MDA") in found and not any(s == "CZE" for _, s, _ in found)


def test_the_chairmanship_of_a_body_is_the_body():
    assert ("REQUEST", "IGO", "ARM") in events_of("Kazakhstan's OSCE chairmanship urged Armenia to show restraint.")


def test_a_presidency_with_no_body_named_stays_the_states():
    assert ("REQUEST", "CZE", "MDA") in events_of("The Czech presidency urged Moldova to lift the visa requirement.")


def test_every_chair_noun_loads():
    assert {"presidency", "chairmanship"} <= chair_nouns()
