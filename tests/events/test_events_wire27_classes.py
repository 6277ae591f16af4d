"""Classes the blind development pages of session 22 (eval/wire27) showed in the events stage, told with our
own sentences: a state that "reserves the right" to strike back or pursue threatens, and the threat is made as
it is said, whatever modal it takes; "the two men" after a sentence naming two states' ministers are those
two states."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))
from events_kit import code  # noqa: E402
from helpers import events_of  # noqa: E402


def test_reserving_the_right_to_pursue_is_a_threat():
    events = events_of('"If the government of Peru does not act, Chile will reserve the right to pursue the '
                       'smugglers wherever they are," the Chilean interior minister said.')
    assert ("THREATEN", "CHL", "PER") in events


def test_the_reserved_right_is_an_asserted_threat():
    threats = [e for e in code('"If Peru does not act, Chile will reserve the right to pursue the smugglers," '
                               'the Chilean minister said.') if e.event_type == "THREATEN"]
    assert threats and threats[0].status == "asserted"


def test_a_threat_planned_for_later_stays_pending():
    threats = [e for e in code("Chile will threaten Peru with sanctions next week, officials said.")
               if e.event_type == "THREATEN"]
    assert threats and threats[0].status == "pending"


def test_a_publisher_reserving_the_right_to_remove_comments_threatens_nobody():
    events = events_of("The Chilean newspaper reserves the right to remove comments about Peru that break its rules.")
    assert not any(kind == "THREATEN" for kind, _, _ in events)
