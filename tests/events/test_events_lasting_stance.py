"""A supporting verb under "would always" / "will forever" (events/intent.py, cue kind `always`) is the stance
held now: SUPPORT, asserted, not a promise of support (AGREE). Sentences written for these tests."""
from __future__ import annotations

import pytest
from events_kit import code

from detente.events.lexicon import cue_words


def typed(text: str) -> set[tuple]:
    return {(e.event_type, e.source.country, e.target.country if e.target else None, e.status) for e in code(text)}


@pytest.mark.parametrize("text", [
    "Kenya would always stand with Uganda, the minister said.",
    "Kenya will always support Uganda, the minister said.",
])
def test_a_lasting_stance_is_support_held_now(text):
    assert ("SUPPORT", "KEN", "UGA", "asserted") in typed(text), typed(text)


def test_every_always_word_is_used():
    for word in cue_words("always"):
        assert ("SUPPORT", "KEN", "UGA", "asserted") in typed(f"Kenya will {word} stand with Uganda."), word


def test_a_plain_future_support_stays_a_promise():
    assert ("AGREE", "KEN", "UGA", "pending") in typed("Kenya will support Uganda's bid for the seat.")


def test_support_not_always_given_stays_negated():
    assert ("SUPPORT", "KEN", "UGA", "negated") in typed("Kenya did not always support Uganda.")
