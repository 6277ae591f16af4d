"""Session 30 (wire48, a blind page set): two readings of the clause around a trigger (events/readings.py).

1. A pledge not to let one's ground be used against another state is an assurance to it, PLOVER SUPPORT, not a
   refusal: "Nepal would not allow its soil to be used for any activity against China" was REJECT NPL>CHN on two
   pages (events/hostile_ground.py, cues.tsv `launchpad`). A refused permission the other side wanted stays REJECT.
2. "call on" is the verb and its particle: an "On Tuesday" before the subject is when the call was made, not whom it
   visited ("On Tuesday NATO's Secretary General called for Kivi's release" was a courtesy call, CONSULT; the rule
   entity finder reads "Tuesday NATO" as a person; events/readings.py courtesy_call).
Our own sentences."""
from __future__ import annotations

import pytest
from events_kit import code, parsed, summary, whole_pipeline_tests

from detente.events.hostile_ground import hostile_ground
from detente.events.lexicon import cue_words

full_coded, test_full_pipeline_classes, test_full_pipeline_near_misses = whole_pipeline_tests(
    found=[
        ("The Prime Minister said Nepal would not allow its soil to be used for any activity against China.",
         ("SUPPORT", "NPL", None)),
        ("Kabul said it would never allow its territory to be used against Pakistan.", ("SUPPORT", "AFG", None)),
        ("Kabul will not allow its airspace to be used for attacks on Pakistan.", ("SUPPORT", "AFG", "PAK")),
        ("The Nepali side said Nepal will never allow any force to use its territory for anti-China activities.",
         ("SUPPORT", "NPL", None)),
        ("On Tuesday NATO's Secretary General called for the officer's release.", ("REQUEST", "NATO", None)),
        # a courtesy call is still one when the particle follows the verb
        ("The Chilean envoy called on President Olsen at the palace on Monday.", ("CONSULT", "CHL", None)),
        # a refused permission the other side wanted stays a refusal
        ("Chile will not allow Peruvian boats to enter its waters.", ("REJECT", "CHL", "PER")),
    ],
    absent=[
        ("The Prime Minister said Nepal would not allow its soil to be used for any activity against China.", "REJECT"),
        ("Kabul will not allow its airspace to be used for attacks on Pakistan.", "REJECT"),
        ("On Tuesday NATO's Secretary General called for the officer's release.", "CONSULT"),
        # no state aimed at: a transit route is not an attack on anyone
        ("Kenya would not allow its territory to be used as a transit route for weapons.", "SUPPORT"),
        ("Chile will not allow Peruvian boats to enter its waters.", "SUPPORT"),
    ])


def _verb(text: str, word: str):
    sentence = parsed(text)[1][0]
    return sentence, next(t for t in sentence.tokens if t.text == word)


@pytest.mark.parametrize("text,expected", [
    ("Chile would not allow its territory to be used against Peru.", True),
    ("Chile would not allow its territory to be used as a route for smugglers.", False),
    ("Chile would not allow Peruvian ships to use its ports.", False),
])
def test_hostile_ground_needs_ground_use_and_an_aim(text, expected):
    assert hostile_ground(*_verb(text, "allow")) is expected


def test_a_pledge_on_a_named_target_is_support_in_the_coder():
    assert ("SUPPORT", "CHL", "PER") in summary(code("Chile would not allow its land to be used for attacks on Peru."))


def test_launchpad_words_are_loaded_and_used():
    words = cue_words("launchpad")
    assert {"soil", "territory", "land", "airspace"} <= set(words)
    for word in words:
        sentence, verb = _verb(f"Chile would not allow its {word} to be used against Peru.", "allow")
        assert hostile_ground(sentence, verb), word
