"""Every entry of the clean stage's data files loads and is used by the code that reads it."""
from __future__ import annotations

import datetime as dt
from importlib import resources

import pytest

from detente.clean import dates

from detente.clean.language import function_word_ratios
from detente.clean.lexicon import load_cues, load_function_words, load_verbish, match_cue
from detente.clean.text_segmenter import describe

CUES = load_cues()


@pytest.mark.parametrize("cue", CUES, ids=lambda c: f"{c.role}:{c.match}:{c.phrase}")
def test_each_cue_matches_a_line_made_of_it(cue):
    line = cue.phrase if cue.match == "line" else f"{cue.phrase} something here"
    if cue.match == "contains":
        line = f"Some words {cue.phrase} more words"
    hit = match_cue(line, len(line.split()))
    assert hit is not None and hit.role == cue.role


def test_every_cue_role_is_present():
    assert {c.role for c in CUES} == {"boilerplate", "related", "caption", "dateline", "comment"}


def test_each_function_word_counts_for_its_language():
    for lang, words in load_function_words().items():
        for word in words:
            assert function_word_ratios(word)[lang] == 1.0, (lang, word)


def test_each_verbish_word_makes_a_line_verbal():
    for word in load_verbish():
        assert describe(f"Officials {word} nothing new").has_verb, word


def _month_names() -> list[tuple[str, int]]:
    text = resources.files("detente.clean").joinpath("data", "month_names.tsv").read_text(encoding="utf-8")
    return [(n, int(m)) for n, m in (line.split("\t") for line in text.splitlines()
                                     if line.strip() and not line.startswith("#"))]


@pytest.mark.parametrize("name, month", _month_names())
def test_each_month_name_of_another_language_reads_a_full_date(name, month):
    (found,) = dates.find_dates(f"Lundi 3 {name} 2021, 08:15")
    assert found.value == dt.date(2021, month, 3)
