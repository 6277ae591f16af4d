"""A body's organ named by its capitalised word alone ("the Commission") on a page naming the parent body."""
from __future__ import annotations

import pytest

from detente.actors.body_organs import organ_words
from detente.actors.gazetteer import data_rows
from helpers import events_of, mentions_of

BODY_NAMES = {row[2] for row in data_rows("bodies.tsv")}
EU_LEAD = "The European Union has followed the quarrel between Estonia and Latvia over the fishing line for months. "


def _countries(body: str, text: str) -> list[str | None]:
    return [m.country for m in mentions_of(body) if m.text == text]


def test_every_organ_row_names_listed_bodies():
    assert organ_words()
    for word, entries in organ_words().items():
        for organ, parents in entries:
            assert word[:1].isupper() and organ in BODY_NAMES and parents, word
            assert all(p in BODY_NAMES for p in parents), parents


def test_the_commission_is_the_eu_executive_on_an_eu_page():
    body = EU_LEAD + "In March, Latvia's government asked the Commission to help the two delegations."
    assert _countries(body, "Commission") == ["EUR"]
    assert ("REQUEST", "LVA", "EUR") in events_of(body)


def test_the_commission_as_a_modifier_and_possessor():
    body = EU_LEAD + "Estonia turned down a Commission proposal in May. The Commission's envoy went to Riga."
    assert _countries(body, "Commission") == ["EUR"]
    assert _countries(body, "Commission's envoy") == ["EUR"]
    assert ("REJECT", "EST", "EUR") in events_of(body)


def test_no_parent_body_named_leaves_the_word_alone():
    body = ("Estonia and Latvia have quarrelled over the fishing line for months. "
            "In March, Latvia's government asked the Commission to help the two delegations.")
    assert _countries(body, "Commission") == []


@pytest.mark.parametrize("body", [
    EU_LEAD + "The Joint Boundary Commission met in Valga, and the Commission of Inquiry reported on Friday.",
    EU_LEAD + "The ECOWAS Commission said on Monday that the Commission would send observers.",
    EU_LEAD + "Latvia's government asked the commission to help the two delegations.",
])
def test_other_commissions_are_not_the_eu(body):
    assert all(m.country != "EUR" for m in mentions_of(body) if "ommission" in m.text and "European" not in m.text)
