"""People and police moved across a line (issue #11, session 22 recall13): people taken
across the border or to a post, police and boats sent to a place. Every sentence is our own."""
from __future__ import annotations

import pytest
from events_kit import code, summary

CODED = [
    # people taken across the line or to a post are seized (wire22, wire9 class)
    ("Kenyan soldiers took four Ugandan villagers across the border on Wednesday.", ("COERCE", "KEN", "UGA")),
    ("Four Ugandan villagers were taken across the border by Kenyan soldiers.", ("COERCE", "KEN", "UGA")),
    # police or boats sent to a place are a reinforcement (wire26 class)
    ("Kenya sent two hundred police to the Ugandan border on Sunday.", ("MOBILIZE", "KEN", "UGA")),
    ("Kenya sent two patrol boats to the lake after the clash with Uganda.", ("MOBILIZE", "KEN", "UGA")),
]


@pytest.mark.parametrize("text,expected", CODED)
def test_people_moved_across_a_line_are_coded(text, expected):
    assert expected in summary(code(text))


@pytest.mark.parametrize("text,kind", [
    ("The Kenyan army took Ugandan reporters to the base for a tour of the barracks.", "COERCE"),
    ("Kenyan rescuers took the injured Ugandan fishermen to hospital.", "COERCE"),
    ("Kenya took the dispute with Uganda to the regional court.", "COERCE"),
    ("Kenya sent two officers to the meeting with Uganda in Kampala.", "MOBILIZE"),
    ("Kenya sent its police chief to talks with Uganda.", "MOBILIZE"),
])
def test_people_or_officers_moved_elsewhere_are_no_seizure_or_deployment(text, kind):
    assert kind not in {t for t, _, _ in summary(code(text))}


# session 23 recall14: a bare numeral for the people handed back, and patrol launches ordered back (wire26,
# wire23 class)
@pytest.mark.parametrize("text,expected", [
    ("Uganda arrested six Kenyan fishermen on Monday. The six were handed back to Kenyan officials by Ugandan "
     "police at the bridge on Saturday.", ("RETREAT", "UGA", "KEN")),
    ("The Kenyan navy said the two patrol launches it sent to the lake had been ordered back to their base.",
     ("RETREAT", "KEN", None)),
])
def test_people_handed_back_as_a_numeral_and_craft_ordered_back(text, expected):
    assert expected in summary(code(text))


@pytest.mark.parametrize("text", [
    "Kenya handed over the two Ugandan soldiers to Uganda.",  # "over" soldiers: the CONCEDE row decides
    "Kenya handed the three Ugandan soldiers to Ugandan officials.",  # no particle: left off (held-out wire3 P)
    "The two were signed in Nairobi by Kenya and Uganda.",  # a numeral for documents is signed, not handed
])
def test_handovers_without_a_release_reading(text):
    assert "RETREAT" not in {t for t, _, _ in summary(code(text))}
