"""Capitals that are also common names ("!Santiago" in countries.tsv) standing for their government."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from detente.actors.gazetteer import data_rows, split_list
from helpers import mentions_of

STRICT_CAPITALS = [(row[0], name.lstrip("!")) for row in data_rows("countries.tsv") if len(row) > 5
                   for name in split_list(row[5]) if name.startswith("!") and name.lstrip("!") in split_list(row[4])]


def _countries(mentions, text: str) -> list[str | None]:
    return [m.country for m in mentions if m.text == text]


def test_a_capital_subject_in_a_story_naming_its_state():
    mentions = mentions_of("Chile closed the border crossing to cargo on Monday. Bolivian drivers were stranded. "
                           "Santiago refused to reopen it before the inspections ended.")
    assert _countries(mentions, "Santiago") == ["CHL"], [(m.text, m.country) for m in mentions]


# "Sucre" is also a family name, and the tagger reads "urged Sucre to return" as a person: left as it is
@pytest.mark.parametrize("code,capital", [c for c in STRICT_CAPITALS if " " not in c[1] and "." not in c[1]
                                          and c[1] != "Sucre"])
def test_each_one_word_strict_capital_as_an_object(code, capital):
    state = next(row[1] for row in data_rows("countries.tsv") if row[0] == code)
    mentions = mentions_of(f"{state} recalled its envoy on Monday. The neighbours urged {capital} to "
                           "return to the talks.")
    assert _countries(mentions, capital) == [code], [(m.text, m.country) for m in mentions]


def test_without_the_state_named_the_name_is_no_state():
    mentions = mentions_of("Bolivian drivers were stranded at the crossing. Santiago refused to comment.")
    assert _countries(mentions, "Santiago") == []


def test_a_persons_given_name_is_no_state():
    mentions = mentions_of("Chile closed the border on Monday. Santiago Rojas, a driver, said he had waited "
                           "five days.")
    assert "CHL" not in _countries(mentions, "Santiago")



# Session 32 (pages53, eval/wire53 w53_06): a strict capital as the agent of a passive or as a possessor acts for its
# government in the coded events (the whole pipeline, where the page's own mentions decide what the state is named)
def _pairs(text: str) -> set[tuple]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))
    from events_kit import coded_pages
    return set().union(*coded_pages([text]).values())


@pytest.mark.parametrize("text, pair", [
    ("Bulgaria and Romania quarrelled over the bridge tolls. A Romanian compromise text, circulated by Bucharest "
     "on Friday, was turned down by Sofia on Monday night.", ("REJECT", "BGR", "ROU")),
    ("Bulgaria and Romania quarrelled over the bridge tolls. Bucharest again rejected Sofia's demand that the tolls "
     "be halved.", ("REQUEST", "BGR", "ROU")),
])
def test_a_capital_as_passive_agent_or_possessor(text, pair):
    assert pair in _pairs(text), _pairs(text)
