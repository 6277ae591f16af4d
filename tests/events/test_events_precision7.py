"""Session 17 (precision7): false positives of the blind pages eval/wire14 and eval/wire15, written before the
coder was run on them. Two general causes are fixed here: a verb of appraisal does not lend its subject to the
act its object noun names (events/arguments.py appraised), nor does a verb of going after something to the act in
its 'for' phrase (sought). Dropping every act inside an indirect "whether" question was tried and left off: it
cost a held-out page set a core event. The sentences are this file's own."""
from __future__ import annotations

import pytest

from detente.events.lexicon import cue_words
from events_kit import code, summary


def pairs(text: str) -> set[tuple]:
    return {(t, s, g) for t, s, g in summary(code(text))}


@pytest.mark.parametrize("text, wrong", [
    ("The Norwegian embassy said it welcomed the release but that Oslo still regarded the seizure as unjustified.",
     ("COERCE", "NOR")),
    ("Chile described the blockade as an act of war.", ("COERCE", "CHL")),
    ("Kenya said the shells came from Uganda, calling it a deliberate attack on civilians.", ("ASSAULT", "KEN")),
])
def test_an_appraised_act_is_not_the_appraisers(text, wrong):
    found = {(t, s) for t, s, _ in pairs(text)}
    assert wrong not in found, found


@pytest.mark.parametrize("text, kept", [
    ("Norway described the talks with Peru as constructive.", ("CONSULT", "NOR", "PER")),
    ("Chile launched an attack on Peru.", ("ASSAULT", "CHL", "PER")),
    ("Peru called the Chilean raid a provocation.", ("ACCUSE", "PER", "CHL")),
])
def test_a_party_s_own_meeting_its_own_act_and_the_charge_stay(text, kept):
    assert kept in pairs(text), pairs(text)


def test_appraisal_verbs_load():
    assert {"regard", "call", "describe", "consider"} <= set(cue_words("appraise"))


@pytest.mark.parametrize("text", [
    "The minister from Lima had come for an apology and left without one.",
    "Chile is still waiting for an apology from Peru.",
])
def test_an_act_sought_is_not_the_seekers(text):
    found = pairs(text)
    assert not any(t == "SUPPORT" and s in ("PER", "CHL") and g != "CHL" for t, s, g in found), found


@pytest.mark.parametrize("text, kept", [
    ("Chile apologised to Peru for the incursion.", ("SUPPORT", "CHL", "PER")),  # an apology: SUPPORT (PLOVER crosswalk)
    ("Peru thanked Chile for its support.", ("SUPPORT", "PER", "CHL")),
    ("Chile came for talks with Peru.", ("CONSULT", "CHL", "PER")),
])
def test_an_own_act_and_a_meeting_in_a_for_phrase_stay(text, kept):
    assert kept in pairs(text), pairs(text)


def test_seeking_verbs_load():
    assert {"come", "wait", "hope"} <= set(cue_words("seek"))
