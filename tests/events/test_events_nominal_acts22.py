"""Acts the coder lost (recall22): a recall told as a noun with no doer ("The recall of X's ambassador from Y
followed ...", events/recalled_envoys.py), a veto told as a noun ("X's veto of Y's accession talks drew criticism",
sent-dev13: there was no veto noun row) and a vessel ordered out of an area, also in the passive ("was ordered
out of the area by a warship", sent-dev14: no row, the order's REQUEST frame needs a complement). Our own
sentences, coded through the whole pipeline (triggers.tsv rows)."""
from __future__ import annotations

import pytest

from events_kit import third_sentence


def test_a_veto_told_as_a_noun_is_the_vetoer_s_rejection():
    coded = third_sentence("Hungary's veto of the draft statement on Ukraine drew sharp criticism from Poland.")
    assert ("REJECT", "HUN", "UKR") in coded
    assert ("ACCUSE", "POL", "HUN") in coded


@pytest.mark.parametrize("sentence", [
    "Russia used its veto power in the Security Council for the third time.",
    "Hungary has a veto over the budget.",
])
def test_a_veto_held_is_no_act(sentence):
    assert not {e for e in third_sentence(sentence) if e[0] == "REJECT"}


@pytest.mark.parametrize("sentence", [
    "A Russian warship ordered a Norwegian fishing boat out of the area.",
    "A Norwegian fishing boat was ordered out of the area by a Russian warship.",
])
def test_a_vessel_ordered_out_is_coerced(sentence):
    assert ("COERCE", "RUS", "NOR") in third_sentence(sentence)


def test_an_envoy_ordered_out_stays_an_expulsion():
    coded = third_sentence("Russia ordered the Norwegian ambassador out of the country.")
    assert ("SANCTION", "RUS", "NOR") in coded and not {e for e in coded if e[0] == "COERCE"}


@pytest.mark.parametrize("sentence", [
    "The recall of Sweden's ambassador from Moscow followed the expulsions.",
    "The recall of the Swedish ambassador from Moscow was announced on Tuesday.",
])
def test_a_recall_told_with_no_doer_is_the_envoy_s_state_s(sentence):
    # events/recalled_envoys.py: the noun as the sentence's subject had no source and was lost (sent-dev14)
    assert ("SANCTION", "SWE", "RUS") in third_sentence(sentence)
