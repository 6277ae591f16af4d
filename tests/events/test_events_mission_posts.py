"""A withdrawn official of a state's own mission: the act is aimed at the state the mission sits in
(events/mission_posts.py), and officials below ambassador rank withdrawn or recalled are the same diplomatic
sanction as an ambassador (triggers.tsv withdraw / pull / recall rows). eval/wire54 w54_04 and w54_06 (session 33):
"withdrew a second secretary of its high commission in <capital>" had no target and "withdrew a counsellor" was a
pull-back (RETREAT). Our own sentences, through the whole pipeline."""
from __future__ import annotations

import pytest

from detente import pipeline
from detente.records import Document


def coded(text: str) -> set[tuple]:
    events = pipeline.code_documents([Document("d0", "t0.txt", None, "text", text)])[0].events
    return {(e.event_type, e.source.country, e.target.country if e.target else None) for e in events}


@pytest.mark.parametrize("text", [
    "Kenya has withdrawn a second secretary of its high commission in Kampala after Uganda asked for her removal.",
    "Kenya withdrew an attache of its embassy in Kampala on Monday after Uganda demanded it.",
])
def test_the_mission_place_is_the_target(text):
    assert ("SANCTION", "KEN", "UGA") in coded(text)


@pytest.mark.parametrize("text", [
    "Chile withdrew a counsellor from its embassy in Lima on Monday.",
    "Chile recalled its consul from Lima on Monday.",
    "Chile pulled its counsellor out of Lima on Monday.",
])
def test_officials_below_ambassador_are_a_diplomatic_sanction(text):
    assert ("SANCTION", "CHL", "PER") in coded(text)


def test_a_mission_in_the_doers_own_state_names_no_host():
    found = coded("Kenya withdrew a second secretary of the embassy in Nairobi.")
    assert not any(t == "KEN" for _, s, t in found if s == "KEN")


def test_remembering_a_secretary_is_no_recall():
    assert not any(k == "SANCTION" for k, _, _ in coded("Chile's minister recalled the secretary's visit to Lima."))
