"""Regret expressed "over" one's own side's act is a concession, as regret "for" it is (PLOVER CONCEDE; session 35,
helper recall35b; eval/wire59 w59_08). Regret over another side's decision stays out. Sentences written for these
tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))
from helpers import events_of  # noqa: E402


def test_regret_over_ones_own_ships_act_is_a_concession():
    body = ("OSLO, May 4 (Fjord Wire) - Norway expressed regret on Friday over the sinking of a Kenyan fishing boat "
            "by a Norwegian patrol ship.")
    assert any(e[0] == "CONCEDE" and e[1] == "NOR" for e in events_of(body))


def test_regret_over_another_sides_decision_is_no_concession():
    body = "OSLO, May 4 (Fjord Wire) - Norway expressed regret over the Kenyan decision to close its embassy."
    assert not any(e[0] == "CONCEDE" for e in events_of(body))


def test_regret_over_a_death_is_condolence_not_concession():
    body = "OSLO, May 4 (Fjord Wire) - Norway expressed regret over the death of the Kenyan envoy in a road accident."
    assert not any(e[0] == "CONCEDE" for e in events_of(body))
