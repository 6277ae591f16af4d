"""The state whose sovereignty a charge says was violated is the wronged one, not the accused
(events/wronged.py, cue kind `wronged`). Sentences written for these tests."""
from __future__ import annotations

import pytest
from events_kit import code, summary

from detente.events.lexicon import cue_words


WRONGED = ["independence", "integrity", "sovereignty"]


def test_every_wronged_noun_is_tested():
    assert sorted(cue_words("wronged")) == WRONGED


@pytest.mark.parametrize("noun", WRONGED)
def test_the_owner_of_a_violated_sovereignty_is_no_target_of_the_charge(noun):
    coded = summary(code(f'"This is a flagrant violation of Peru\'s {noun}," the Chilean foreign minister said.'))
    assert not {e for e in coded if e[0] == "ACCUSE" and e[2] == "PER"}, coded


def test_the_accused_named_in_the_charge_stays_its_target():
    coded = summary(code('"Peru has violated our sovereignty," the Chilean foreign minister said.'))
    assert ("ACCUSE", "CHL", "PER") in coded, coded
