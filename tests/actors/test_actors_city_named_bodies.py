"""A capital followed by a capitalised Group, Club, Process or Format is part of a body's name, not its state
(actors/gazetteer.BODY_NAMED_AFTER; bodies.tsv rows for the known ones). eval/wire36: the OSCE "Minsk Group"
mediating between Armenia and Azerbaijan was read as Belarus ("asked the co-chairs of the OSCE Minsk Group to
convene an emergency meeting" coded REQUEST ARM->BLR). Our own sentences."""
from __future__ import annotations

import pytest

from detente.actors.gazetteer import data_rows, scan
from helpers import events_of, mentions_of, summary

CITY_BODIES = [row[2] for row in data_rows("bodies.tsv") if row[2] in ("OSCE Minsk Group", "Lima Group", "Paris Club")]


@pytest.mark.parametrize("name", CITY_BODIES)
def test_every_city_named_body_is_loaded_as_a_body(name):
    bare = name.removeprefix("OSCE ")
    hits = scan(f"The {bare} met on Monday.")
    assert [(h.text, h.term.code, h.term.kind) for h in hits] == [(bare, "IGO", "body")]


@pytest.mark.parametrize("text", ["The Quito Group met on Monday.", "Talks in the Dakar Format resumed.",
                                  "The Nairobi Process stalled.", "The Accra Club met."])
def test_an_unlisted_body_named_after_a_capital_names_no_state(text):
    assert not any(h.terms[0].kind in ("capital", "place") for h in scan(text)), scan(text)


def test_a_capital_on_its_own_is_still_its_state():
    assert [(m.text, m.country) for m in mentions_of("Armenia and Azerbaijan sent delegations to Minsk.")
            if m.text == "Minsk"] == [("Minsk", "BLR")]


@pytest.mark.parametrize("text,triple", [
    ("Armenia asked the co-chairs of the OSCE Minsk Group to convene an emergency meeting.", ("REQUEST", "ARM", "IGO")),
    ("Azerbaijan rejected the Minsk Group's proposal on Tuesday.", ("REJECT", "AZE", "IGO")),
    ("The Lima Group urged Venezuela to hold free elections.", ("REQUEST", "IGO", "VEN")),
])
def test_a_city_named_body_acts_as_a_body(text, triple):
    found = events_of(text)
    assert triple in found and not any("BLR" in t or "PER" in t for t in found), found


def test_the_city_named_body_is_no_mention_of_the_capital_s_state():
    codes = [country for _, country, _, _ in summary(mentions_of("Colombia asked the Lima Group to act.")) if country]
    assert codes == ["COL", "IGO"], codes
