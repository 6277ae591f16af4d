"""Acts told as nouns (recall21): a nominal act made the passive subject of the verb that tells it ("A
condemnation of X was issued by Y", "Support for X was voiced by Y": cues.tsv renewer, read by events/roles.py;
sent-dev13 0158 and 0185, core, had no source or the wrong one), the dispatch noun (triggers.tsv: "the dispatch of
extra troops", wire35; there was no noun row), and a yielding refused ("would not change course", wire38 w38_09
core REJECT; the refusal reading of events/intent.py). Our own sentences, coded through the whole pipeline."""
from __future__ import annotations

import pytest

from events_kit import third_sentence
from detente.events.lexicon import cue_words


@pytest.mark.parametrize("sentence, event", [
    ("A condemnation of the Russian raid was issued by the Norwegian foreign ministry.", ("ACCUSE", "NOR", "RUS")),
    ("Support for Norway's position was voiced by Swedish lawmakers on Tuesday.", ("SUPPORT", "SWE", "NOR")),
])
def test_a_nominal_act_told_by_a_passive_verb_is_its_agent_s(sentence, event):
    assert event in third_sentence(sentence)


def test_the_telling_verbs_are_renewers():
    assert {"issue", "voice", "express", "deliver", "convey"} <= set(cue_words("renewer"))
    # "was announced by" left out: wire15's "The expulsion of the attache ... was announced by the foreign
    # ministry, which said ..." then lost the relative clause's matched request (precision 0.935 -> 0.934)
    assert "announce" not in cue_words("renewer")


@pytest.mark.parametrize("sentence, event", [
    ("Russia announced the dispatch of two warships to the Norwegian coast.", ("MOBILIZE", "RUS", "NOR")),
    ("Norway announced the dispatch of relief supplies to Russia after the floods.", ("AID", "NOR", "RUS")),
])
def test_the_dispatch_noun(sentence, event):
    assert event in third_sentence(sentence)


def test_a_dispatched_letter_is_no_act():
    assert not third_sentence("The dispatch of the letter was delayed by a strike.")


@pytest.mark.parametrize("sentence", [
    "Russia's foreign ministry said it regretted the step but that the country would not change course.",
    "Moscow said it would not change its position on the fishing zone.",
    "Russia would not alter its stance, its foreign minister said.",
    "Moscow said it would not budge.",
])
def test_a_yielding_refused_is_a_rejection(sentence):
    assert ("REJECT", "RUS", "NOR") in third_sentence(sentence)


@pytest.mark.parametrize("sentence", [
    "Russia did not change its position.",
    "The new rules would not change the quota.",
])
def test_no_rejection_without_a_refusal_or_a_stance(sentence):
    assert not {e for e in third_sentence(sentence) if e[0] == "REJECT"}


@pytest.mark.parametrize("sentence", [
    "The Russian defence minister ordered the navy to reinforce its deployment along the Norwegian sea border.",
    "The Kremlin ordered the army to send two battalions to the Norwegian border.",
])
def test_an_order_to_the_state_s_own_forces_moves_them(sentence):
    assert ("MOBILIZE", "RUS", "NOR") in third_sentence(sentence)


@pytest.mark.parametrize("sentence", [
    "Russia ordered Norway to withdraw its ships.",
    "Moscow ordered its troops to withdraw from the Norwegian border.",
])
def test_orders_to_another_state_or_to_pull_back_are_no_deployment(sentence):
    assert not {e for e in third_sentence(sentence) if e[0] == "MOBILIZE"}
