"""A particle with its own object is a preposition: "called on[prt] all three countries[pobj] to ..." is a call on
the three (particles.object_particles; wire40 w40_07, an AU envoy's call went uncoded). Our own sentences."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))
from helpers import events_of  # noqa: E402

LEAD = "Talks between Egypt, Ethiopia and Sudan on the river resumed in Addis Ababa on Monday under African Union auspices. "


def test_a_body_envoy_s_call_on_all_three_countries():
    body = LEAD + "The AU envoy, Ambassador Jane Moyo, said progress was slow. She called on all three countries to show restraint."
    found = events_of(body)
    assert {("REQUEST", "IGO", "EGY"), ("REQUEST", "IGO", "ETH"), ("REQUEST", "IGO", "SDN")} <= found, found


def test_a_state_leader_s_call_on_all_three_countries():
    body = LEAD + "Kenya's president called on all three countries to show restraint."
    found = events_of(body)
    assert {("REQUEST", "KEN", "EGY"), ("REQUEST", "KEN", "ETH")} <= found, found
