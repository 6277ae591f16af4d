"""The events stage's shortcuts give exactly what the plain computations give: the date scanner's
word guards, the per-sentence dependents table, and the trigger matcher's early refusal."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detente.events import date_scope, dates, triggers
from detente.events.lexicon import all_trigger_forms
from detente.records import Sentence, Token
from tests.conftest import BENCH, SEEDS, need_shared

WORDS = ["on", "Monday", "May", "may", "5", "2019", "last", "next", "week", "weekend", "ago", "two", "days",
         "later", "after", "before", "the", "following", "day", "in", "March", "this", "year", "month",
         "today", "tonight", "tomorrow", "Sept.", "12th", "of", "-", "–", "to", "1990s", ",", "early", "ſept", "K",
         # beyond ASCII: letters that match an ASCII one under re.I, other scripts' digits, curly quotes
         "\u212aK", "İN", "ſince", "laſt", "\u0131n", "MAY", "١٢", "٢٠١٩", "20٢0s", "’", "tomorrow’s", "«", "until", "by", "  ",
         # the word-led patterns' openings (session 24: each is tried only where one starts)
         "eve", "same", "evening", "hours", "recent", "summer", "years", "decade", "about", "'90s", "past", "earlier"]
# Written for these tests: sentences beyond ASCII (curly quotes, dashes, other digits, the four letters
# that match an ASCII one under re.I).
NOT_ASCII = ["The envoys met on “Tuesday”, two days after the clash of ٣ May ٢٠٢١ — officials said.",
             "Talks resume ſeptember 4 and ran from 1990–1994; İN the 1990’s they stalled.",
             "The minister’s visit, set for next weeK, follows one laſt Monday until further notice."]
MINE = ["The envoys met on Tuesday, two days after the border clash of 3 May 2021.",
        "Talks are due to resume next week and again in mid-September this year.",
        "No date at all is given in this sentence about the ministers.",
        "A week later, on the 14th of June, the two sides signed the accord in the capital."]


def _shared_sentences() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in [*SEEDS.glob("*.txt"), *(BENCH / "realnews" / "texts").glob("*.txt")]]
    return [s for text in texts for s in re.split(r"(?<=[.!?])\s+", text)]


def _same_dates(text: str) -> None:
    assert dates.dates_in(text, True) == dates.dates_in(text, False)


def test_every_date_pattern_has_its_guard():
    assert {kind for kind, _ in dates.PATTERNS} == set(dates.NEEDS)


@pytest.mark.parametrize("text", MINE)
def test_guarded_date_scan_equals_the_full_scan_on_our_sentences(text):
    _same_dates(text)
    assert dates.find_dates(text) == list(dates.dates_in(text, False))


@pytest.mark.parametrize("text", NOT_ASCII)
def test_guarded_date_scan_equals_the_full_scan_beyond_ascii(text):
    assert not text.isascii() and dates.dates_in(text, True)
    _same_dates(text)


def test_guarded_date_scan_equals_the_full_scan_on_real_sentences():
    need_shared()
    sentences = _shared_sentences()
    assert len(sentences) > 500
    for text in sentences:
        _same_dates(text)


def test_guarded_date_scan_equals_the_full_scan_on_whole_pages():
    """Whole pages are where the start finders pay (an undated page is scanned for its latest year)."""
    need_shared()
    pages = [p.read_text(encoding="utf-8") for p in [*SEEDS.glob("*.txt"), *(BENCH / "realnews" / "texts").glob("*.txt")]]
    assert len(pages) > 50
    for text in pages:
        _same_dates(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14))
def test_guarded_date_scan_equals_the_full_scan_on_word_salad(words):
    _same_dates(" ".join(words))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30), st.sampled_from([" ", "", "\n", "-", "x", "3"]))
def test_guarded_date_scan_equals_the_full_scan_on_salad_without_spaces(words, gap):
    """Words glued by letters, digits or dashes: month names and digit runs inside other words, where
    no match may start."""
    _same_dates(gap.join(words))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14), st.sampled_from([" ", "  ", "\n", "", "\u2003"]))
def test_bound_window_equals_a_search_of_everything_before(words, gap):
    text = gap.join(words)
    for end in range(len(text) + 1):
        whole = date_scope.BOUND.search(text[:end]) is not None
        assert (date_scope.BOUND.search(text[date_scope.bound_window(text, end):end]) is not None) == whole


def _sentence(heads: list[int]) -> Sentence:
    tokens = tuple(Token(i, f"w{i}", f"w{i}", "NOUN", "NN", "dep", h, "", "O", 3 * i) for i, h in enumerate(heads))
    return Sentence("d", 0, 0, "body", 0, 3 * len(heads), " ".join(t.text for t in tokens), tokens)


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 12).flatmap(lambda n: st.lists(st.integers(0, n - 1), min_size=n, max_size=n)))
def test_children_table_equals_a_scan_of_the_tokens(heads):
    sentence = _sentence(heads)
    for i in range(len(heads)):
        assert triggers.children(sentence, i) == [t for t in sentence.tokens if t.head == i and t.i != i]
    other = _sentence(list(reversed(heads)))  # a new sentence never sees the last one's table
    assert triggers.children(other, 0) == [t for t in other.tokens if t.head == 0 and t.i != 0]


def test_a_word_no_entry_has_is_refused_and_a_trigger_form_is_not():
    assert "signed" in all_trigger_forms() and "banana" not in all_trigger_forms()
    text = "Kenya signed the treaty"
    words = text.split()
    starts = [text.index(w) for w in words]
    heads = [1, 1, 3, 1]
    deps = ["nsubj", "ROOT", "det", "dobj"]
    tags = [("PROPN", "NNP"), ("VERB", "VBD"), ("DET", "DT"), ("NOUN", "NN")]
    tokens = tuple(Token(i, w, w.lower() if i != 1 else "sign", tags[i][0], tags[i][1], deps[i], heads[i],
                         "GPE" if i == 0 else "", "B" if i == 0 else "O", starts[i]) for i, w in enumerate(words))
    sentence = Sentence("d", 0, 0, "body", 0, len(text), text, tokens)
    assert triggers.match_token(sentence, tokens[1]) is not None
    banana = Sentence("d", 0, 0, "body", 0, len(text), text.replace("signed", "bananad"),
                      tuple(t if t.i != 1 else Token(1, "bananad", "banana", "VERB", "VBD", "ROOT", 1, "", "O", 6)
                            for t in tokens))
    assert triggers.match_token(banana, banana.tokens[1]) is None
