"""Condolences to the family of one of the speaker's own people are aimed at nobody abroad, so the story's
counterpart is not guessed as their target (own sentences; realnews: cues.tsv `kin`)."""
from __future__ import annotations

from helpers import events_of

STORY = ("Chile and Peru traded charges over the border. Peru accused Chile of sending troops. "
         "Chilean Colonel Ricardo Soto was killed on Monday. ")


def test_condolences_to_an_own_victims_family_have_no_foreign_target():
    found = events_of(STORY + "Chile's president offered condolences to Soto's family.")
    assert ("SUPPORT", "CHL", "PER") not in found, found


def test_condolences_to_a_foreign_victims_relatives_keep_their_state():
    found = events_of("Chile's president offered condolences to the families of Peruvian soldiers.")
    assert ("SUPPORT", "CHL", "PER") in found, found
