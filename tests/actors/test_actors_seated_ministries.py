"""Session 31 (pages51): a ministry named by the capital it sits in ("the foreign ministry in Oslo") is that
state's ministry (actors/seated_ministries.py), so a page that also named another state's foreign ministry no
longer hands its bare "Foreign Minister X" to that other state (actors/ministries.py; eval/wire51 w51_04). The
sentences are this file's own."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from detente.actors.gazetteer import scan
from detente.actors.mentions import organ_roles_in
from detente.actors.ministries import ministry_state
from detente.actors.seated_ministries import capital_after, ministry_names

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))
from events_kit import parsed  # noqa: E402

LEAD = ("Norway's envoy in Beijing was called to the Chinese foreign ministry late on Friday, the foreign ministry "
        "in Oslo said on Saturday.")


def test_the_ministry_in_a_capital_is_an_organ_of_that_state():
    article, sentences = parsed(LEAD)
    organs = organ_roles_in(sentences[0], scan(sentences[0].text))
    assert {o.country for o in organs} == {"CHN", "NOR"}, organs


def test_two_states_ministries_decide_nothing_for_a_bare_minister():
    # before: China's ministry alone was read, and "Foreign Minister X" later on the page was China's
    article, sentences = parsed(LEAD)
    organs = tuple(organ_roles_in(sentences[0], scan(sentences[0].text)))
    assert ministry_state(organs, "foreign minister", 10_000) is None


@pytest.mark.parametrize("text, state", [
    ("the foreign ministry in Oslo said", "NOR"),
    ("the Foreign Ministry in Tokyo said", "JPN"),
    ("the Chinese embassy in Oslo said", None),  # an embassy sits in the other state's capital
    ("the foreign ministry in October said", None),
])
def test_capital_after(text, state):
    hits = scan(text)
    i = next((k for k, h in enumerate(hits) if h.term.kind == "role"), None)
    assert (capital_after(text, hits, i) if i is not None else None) == state


def test_ministry_names_load():
    assert {"foreign ministry", "foreign office", "ministry of foreign affairs"} <= ministry_names()
