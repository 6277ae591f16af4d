"""An act of force protested over is the protested-to party's (events/protested_acts.py): "X protested to Y over
the detention of ...", "Y rejected a protest note from X over the detention of ...". wire9 w9_10, wire30 w30_02;
our own Ghana-Togo sentences."""
from __future__ import annotations

import pytest

from detente.events.lexicon import cue_words
from events_kit import coded_pages

TO = "Ghana on Wednesday protested to Togo over the detention of a Ghanaian fishing boat off Lome."
REJECTED = "Togo on Saturday rejected a protest note from Ghana over the detention of three Ghanaian customs officers."
DISMISSED = "Togo dismissed Ghana's protest over the arrest of two Ghanaian farmers."
VISIT = "Ghana protested to Togo over the visit of a Togolese minister to the disputed island."
NAMED = "Ghana protested to Togo over the Beninese seizure of a Ghanaian boat."


@pytest.fixture(scope="module")
def found() -> dict[str, set]:
    return coded_pages([TO, REJECTED, DISMISSED, VISIT, NAMED])


@pytest.mark.parametrize("text", [TO, REJECTED, DISMISSED])
def test_the_protested_act_is_the_addressees(found, text):
    assert ("COERCE", "TGO", "GHA") in found[text], found[text]


def test_a_protested_visit_is_no_act_of_force(found):
    assert not any(t == "CONSULT" and s == "TGO" for t, s, _ in found[VISIT])


def test_an_act_naming_its_doer_keeps_it(found):
    assert ("COERCE", "BEN", "GHA") in found[NAMED]
    assert not any(t == "COERCE" and s == "TGO" for t, s, _ in found[NAMED])


def test_protest_rejection_cues_are_verbs():
    assert {"reject", "dismiss", "rebuff"} <= set(cue_words("protest_rejection"))
