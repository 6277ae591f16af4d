"""Forces added where some already stand ("added a second battalion on the river", triggers.tsv add; wire18).
Our own sentences."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))
from helpers import events_of  # noqa: E402


def test_added_troops_are_a_mobilization():
    assert ("MOBILIZE", "CHL", "PER") in events_of("Chile added troops along the border with Peru on Monday.")
    found = events_of("Peru's army has added a second battalion on the river since the weekend.")
    assert ("MOBILIZE", "PER", None) in found


def test_adding_anything_else_is_no_act():
    assert not events_of("Peru added three new members to the commission.")
    assert not events_of("Chile added a company to its list of suppliers in Peru.")
