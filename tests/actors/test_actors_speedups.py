"""The actors stage's shortcuts give exactly what the regular expressions they stand before give: the word
before a gazetteer hit read from the end (gazetteer.previous_word), the "of" guard of FEATURE_OF, and the
home-voice cue guard (home_voice.may_hold_cue)."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from detente.actors import gazetteer, home_voice

PIECES = ["Lake", "Mt", "Mt.", "mount", "Gulf", "of", "the", "Sea", "River", "Straits", "x", "é", "Ω", ".", "..", ",",
          " ", "  ", "\n", "\t", "\u00a0", "\u2003", "\x1c", "our", "Our", "national", "National", "ational", "u", "r",
          "forces", "territory", "\"", "“", "”", "Kenya", "Bay", "Islands", "Isle"]
texts = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)


def _regex_word(before: str) -> str | None:
    found = gazetteer.PREVIOUS_WORD.search(before)
    return found.group(1) if found else None


@settings(max_examples=3000, deadline=None)
@given(texts)
def test_previous_word_is_the_regex_group(before):
    assert gazetteer.previous_word(before) == _regex_word(before)


def test_previous_word_on_written_cases():
    for before in ["near Lake ", "on Mt. ", "the Mt.. ", "Gulf of ", "   ", "", "word", "Lake\n", "Lake \n",
                   "Lake\u00a0", "café ", "Mount\x1c", "a, Lake\t\t"]:
        assert gazetteer.previous_word(before) == _regex_word(before), before


@settings(max_examples=2000, deadline=None)
@given(texts, texts)
def test_named_feature_answers_as_the_two_regexes(left, right):
    text = left + right
    start = len(left)
    before = text[max(0, start - 24):start]
    previous = gazetteer.PREVIOUS_WORD.search(before)
    plain = bool(previous and previous.group(1).lower() in gazetteer.FEATURE_WORDS and previous.group(1)[0].isupper()) \
        or bool(gazetteer.FEATURE_OF.search(before))
    assert gazetteer.named_feature(text, start) == plain


@settings(max_examples=3000, deadline=None)
@given(texts)
def test_the_cue_guard_never_refuses_a_cue(text):
    if home_voice.cue_pattern().search(home_voice.QUOTED.sub(" ", text)):
        assert home_voice.may_hold_cue(text)


def test_the_cue_guard_on_written_sentences():
    assert home_voice.may_hold_cue("Our forces were not harmed, the ministry said.")
    assert home_voice.may_hold_cue("The trawler was caught in national waters.")
    assert not home_voice.may_hold_cue("The two ministers met in the capital on Tuesday.")
