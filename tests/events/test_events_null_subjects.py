"""Session 33 (pages55): a subject that says nothing or nobody was acted on negates its verb. "The embassy said
nothing would be withdrawn" was coded a pending RETREAT (eval/wire55 w55_08; gold: a refusal, REJECT); "none of
the boats had been seized" an asserted seizure. cues.tsv `nullsubject`, events/status.py. The sentences are this
file's own."""
from __future__ import annotations

import pytest

from events_kit import code

PAGE = "Peru and Chile quarrelled again over the fishing zone. "


def rows(text: str) -> set[tuple]:
    return {(e.event_type, e.status) for e in code(PAGE + text)}


def test_nothing_will_be_withdrawn_is_a_refusal():
    assert ("REJECT", "asserted") in rows("Chile said that nothing would be withdrawn.")


@pytest.mark.parametrize("text, act", [
    ("Peru said none of the Chilean boats had been seized.", "COERCE"),
    ("Nothing has been agreed with Peru, Chile said.", "AGREE"),
])
def test_a_null_subject_negates_the_act(text, act):
    assert (act, "negated") in rows(text) and (act, "asserted") not in rows(text), rows(text)


def test_a_named_subject_keeps_the_act():
    assert ("COERCE", "asserted") in rows("Peru said two of the Chilean boats had been seized.")
