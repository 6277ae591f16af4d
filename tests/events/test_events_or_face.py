"""Ultimatums told as a demand with its penalty, "do X or face/risk <penalty>" (sent-dev13 0031 class: a month
given to a junta "or face further measures" went uncoded; events/ultimatums.py). The demand and its penalty are
one act, THREATEN from the one who demands to the one told. Our own sentences."""
from __future__ import annotations

import pytest

from events_kit import code

STORY = "Kenya accused Uganda of detaining six fishermen near Migingo island. Uganda denied the charge. "


def _types(text: str) -> set[tuple]:
    return {(e.event_type, e.source.country, e.target.country if e.target else None) for e in code(STORY + text)
            if e.evidence.sentence_index == 2}


@pytest.mark.parametrize("text", [
    "Kenya gave Uganda's military rulers two weeks to free the fishermen or face further measures.",
    "Kenya urged Uganda to release the fishermen or face sanctions.",
    "Kenya told Uganda to pull its police off the island or face the consequences.",
])
def test_a_demand_with_its_penalty_is_a_threat(text):
    assert ("THREATEN", "KEN", "UGA") in _types(text)


@pytest.mark.parametrize("text", [
    "Kenya urged Uganda to release the fishermen.",  # no penalty: a plain request
    "Kenya urged Uganda to release the fishermen, who face charges of illegal fishing.",  # no "or"
])
def test_no_threat_without_the_penalty(text):
    assert "THREATEN" not in {t[0] for t in _types(text)}
