"""A measure phrase is no step of the doer search (events/measure_phrases.py): "was in Bissau the next day for two
hours of talks with ..." (wire30 w30_03) put the talks five climbs from their doer, one past the search's limit;
our own Ghana-Togo-Benin sentences."""
from __future__ import annotations

import pytest

from events_kit import coded_pages, parsed
from detente.events.lexicon import cue_words
from detente.events.measure_phrases import measure_noun

HOURS = ("The Ghanaian foreign minister flew into Lome on Monday to see the Togolese president, and was in Cotonou "
         "the next day for two hours of talks with the Beninese foreign minister.")
ROUNDS = ("Ghana's defence minister arrived in Lome on Monday and was in Cotonou on Tuesday for two rounds of talks "
          "with the Beninese defence minister.")
UNCOUNTED = ("The Ghanaian foreign minister flew into Lome on Monday to see the Togolese president, and was in Cotonou "
             "on the day of the talks with the Beninese foreign minister.")


@pytest.fixture(scope="module")
def found() -> dict[str, set]:
    return coded_pages([HOURS, ROUNDS, UNCOUNTED])


@pytest.mark.parametrize("text", [HOURS, ROUNDS])
def test_talks_after_a_measure_are_the_travellers(found, text):
    assert any(t == "CONSULT" and s == "GHA" and g == "BEN" for t, s, g in found[text]), found[text]


def test_measure_words_load():
    for word in ("hour", "day", "week", "round"):
        assert word in cue_words("measure")


@pytest.mark.parametrize("text,noun", [(HOURS, "hours"), (ROUNDS, "rounds"), (UNCOUNTED, None)])
def test_only_a_counted_measure_is_passed_through(text, noun):
    sentence = parsed(text)[1][0]
    talks = next(t for t in sentence.tokens if t.text == "talks")
    found = measure_noun(sentence, talks)
    assert (found.text if found else None) == noun
