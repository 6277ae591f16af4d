"""Session 19 sentence-level type classes (sentrecall4), found on eval/sent-dev5 (written blind): idioms and light
verbs no row read ("pointed the finger at", "rallied behind", "reaffirmed its commitment", "gave X a final
warning", "slammed into", "set free", "handed back" with 'back' read as an adverb), ships and troops recalled,
forces evacuating villages, an airliner forced to land, another state's membership suspended, a deal "struck in"
a capital, two states pulling back troops from each other, diplomats who convened, a demand told in the subjunctive ("insisted that X withdraw"), money sought,
measures answered on an inverted condition, an 'until' clause under a negated or future main clause, a letter's
addressee that is no court, a ceasefire violation told by the other side, and "behind a wave of attacks". Our own
sentences, each class with a near miss that keeps its old reading or stays uncoded."""
from __future__ import annotations

import pytest

from events_kit import code, summary, whole_pipeline_tests


def types(sentence: str) -> set[str]:
    return {t for t, _, _ in summary(code(sentence))}


@pytest.mark.parametrize("sentence,expected", [
    ("Ugandan missiles slammed into a Kenyan port overnight.", ("ASSAULT", "UGA")),
    ("Kenya pointed the finger at Uganda over the raids.", ("ACCUSE", "KEN", "UGA")),
    ("Kenya recalled its navy vessels from the disputed island.", ("RETREAT", "KEN")),
    ("Kenyan authorities forced a Ugandan airliner to land in Nairobi.", ("COERCE", "KEN", "UGA")),
    ("Kenyan troops evacuated three border villages under the truce.", ("RETREAT", "KEN")),
    ("Kenya suspended Uganda's membership of the trade bloc.", ("SANCTION", "KEN", "UGA")),
    ("Norway reaffirmed its commitment to Finland's security.", ("SUPPORT", "NOR")),
    ("Denmark rallied behind Finland in the fishing row.", ("SUPPORT", "DNK", "FIN")),
    ("Norway gave Chile a final warning.", ("THREATEN", "NOR", "CHL")),
    ("The deal, struck in Oslo after months of talks, commits Kenya and Uganda to joint patrols.", ("AGREE",)),
    ("Diplomats from Kenya and Uganda convened in Nairobi to review the border.", ("CONSULT",)),
    ("Ghana handed back 12 captured Togolese soldiers.", ("RETREAT", "GHA", "TGO")),
    ("Kenya set free 30 Ugandan fishermen.", ("RETREAT", "KEN", "UGA")),
    ("Kenya insisted that Uganda withdraw its troops from the island.", ("REQUEST", "KEN", "UGA")),
    ("Peru sought a bailout from Chile.", ("REQUEST", "PER", "CHL")),
    ("Chile would respond with military measures should Peru close the border.", ("THREATEN", "CHL", "PER")),
    ("Chile will respond with measures if Peru closes the border.", ("THREATEN", "CHL", "PER")),
    # two states stepping back from each other: each one's withdrawal from the other
    ("Kenya and Uganda pulled back troops from the disputed island.", ("RETREAT", "KEN", "UGA")),
    ("Kenya and Uganda pulled back troops from the disputed island.", ("RETREAT", "UGA", "KEN")),
    ("Kenya and Uganda withdrew their troops from the disputed island.", ("RETREAT", "UGA", "KEN")),
])
def test_sentence_classes_code(sentence, expected):
    found = summary(code(sentence))
    assert any((t, s, g)[:len(expected)] == expected for t, s, g in found), found


@pytest.mark.parametrize("sentence,absent", [
    # criticism stays criticism; an envoy recalled stays a sanction
    ("The Kenyan minister slammed Uganda's decision.", "ASSAULT"),
    ("Kenya recalled its ambassador from Uganda.", "RETREAT"),
    # villagers moved out before a flood are no withdrawal
    ("Kenyan officials evacuated villagers ahead of the floods.", "RETREAT"),
    # suspending one's own membership is no penalty on another state
    ("Kenya suspended its membership of the trade bloc.", "SANCTION"),
    # a past-tense clause states a fact, not a demand; an inflected present states one too
    ("Kenya insisted that its boats had not entered Ugandan waters.", "REQUEST"),
    ("Kenya insists that Uganda owns the island.", "REQUEST"),
    ("Kenya said, defending itself, that Kenyan troops patrol only their own side.", "REQUEST"),
    ("Kenya set up a new border post.", "RETREAT"),
    ("The Kenyan parliament convened in Nairobi.", "CONSULT"),
    # countermeasures taken, with no condition, are no threat
    ("Kenya responded with countermeasures.", "THREATEN"),
    # the act a negated or future main clause waits for has not happened
    ("Kenya would not reopen the crossing until Uganda freed the fishermen.", "RETREAT"),
    ("Kenya will keep the crossing closed until Uganda releases the fishermen.", "RETREAT"),
    # a condition told by inversion is no act of its own
    ("Chile would respond with military measures should Peru host foreign troops.", "CONSULT"),
])
def test_near_misses_stay_uncoded(sentence, absent):
    assert absent not in types(sentence)


def test_until_after_a_past_act_is_told():
    """'until' after a past main clause that is neither negated nor future tells that the act happened."""
    assert "RETREAT" in types("The shelling went on until Uganda withdrew its troops.")


# Through the whole pipeline (actors stage included): a ceasefire violation told by the other side is its
# charge; "behind a wave of attacks" names who stands behind them; a letter's addressee is no court.
FULL = [
    ("According to the Kenyan army, Ugandan troops had violated the ceasefire overnight.", ("ACCUSE", "KEN", "UGA")),
    ("Kenya said Uganda was behind a wave of attacks on its border posts.", ("ACCUSE", "KEN", "UGA")),
    ("In a letter delivered to the Security Council, Kenya called on Uganda to halt the construction.",
     ("REQUEST", "KEN", "UGA")),
]
FULL_NEAR = [
    # a state's own breach told by itself accuses nobody
    ("Kenya's army said its troops had violated the ceasefire by mistake.", "ACCUSE"),
]


full_coded, test_full_pipeline_classes, test_full_pipeline_near_misses = whole_pipeline_tests(FULL, FULL_NEAR)
