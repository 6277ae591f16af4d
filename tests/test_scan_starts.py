"""detente.scan_starts: trying a pattern only where one of its fixed openings starts gives what finditer gives."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from detente.events.date_patterns import PATTERNS, STARTS
from detente.scan_starts import finder_sources, fold, opening_starts, openings, scan

WEEK = re.compile(r"\b(?:last|next|(?:earlier|later)\s+this)\s+week\b", re.I)
NUMBER = re.compile(r"(?<!than )\b(?P<n>\d+|a|two)\s+days?\s+ago\b", re.I)


def _spans(pattern: re.Pattern, text: str) -> tuple[list, list]:
    finder = opening_starts(pattern)
    return [m.span() for m in scan(pattern, text, finder(fold(text)))], [m.span() for m in pattern.finditer(text)]


def test_the_openings_are_read_off_the_pattern():
    assert openings(WEEK) == [("e", "a", "r", "l", "i", "e"), ("l", "a", "s", "t", "\\s"), ("l", "a", "t", "e", "r", "\\s"),
                              ("n", "e", "x", "t", "\\s")]
    assert openings(NUMBER) == [("0",), ("a", "\\s"), ("t", "w", "o", "\\s")]
    assert finder_sources(NUMBER) == (r"0(?<!\w\w)|a(?<!\w\w)(?=\s)|t(?<!\w\w)(?=wo\s)",)


def test_a_pattern_that_can_open_with_any_character_has_no_finder():
    assert opening_starts(re.compile(r".\s+week", re.I)) is None
    assert opening_starts(re.compile(r"(?:\s|x)week", re.I)) is None


def test_the_scan_equals_finditer_on_our_sentences():
    for text in ["It rose LAST WEEK, and later this week; next weeks", "Earlier this week two days ago, 3 days ago.",
                 "laſt week, ſeptember, more than 2 days ago, a day ago", "blast week, pre-next week", "", "٣ days ago"]:
        for pattern in (WEEK, NUMBER):
            got, want = _spans(pattern, text)
            assert got == want


def test_every_date_pattern_has_a_finder_that_keeps_its_matches():
    assert set(STARTS) == {kind for kind, _p in PATTERNS}
    text = ("On Monday, 3 March 2021, the eve of the talks, two days later, last week, in 2019 and the 1990s, "
            "a day after the raid, the same evening, on the 12th, since June, hours later, THIS MORNING, 2020-05-04")
    for _kind, pattern in PATTERNS:
        got, want = _spans(pattern, text)
        assert got == want


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["last", "LAST", "laſt", "next", "week", "weeks", "later", "this", "2", "٣", "a", "two",
                                 "days", "day", "ago", "than", " ", "  ", "-", "x", "\n", "’", "Earlier"]), max_size=20))
def test_the_scan_equals_finditer_on_salad(parts):
    text = "".join(parts)
    for _kind, pattern in PATTERNS + (("week", WEEK), ("number", NUMBER)):
        got, want = _spans(pattern, text)
        assert got == want


def test_folding_keeps_word_characters_and_the_ascii_letters_re_i_matches():
    """The finders read fold's text with `\\w` and ASCII letters: every code point keeps its word-ness, and every one
    that matches an ASCII letter under re.I is folded to that letter (a scan of every code point)."""
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    folded = fold(every)
    assert len(folded) == len(every)
    word = re.compile(r"\w")
    assert [m.start() for m in word.finditer(every)] == [m.start() for m in word.finditer(folded)]
    for letter in "abcdefghijklmnopqrstuvwxyz":
        assert {folded[m.start()] for m in re.finditer(letter, every, re.I)} == {letter}
    # any other non-ASCII character folds to a non-ASCII one (a non-ASCII unit of a pattern is "any non-ASCII")
    twins = "\u0130\u0131\u017f\u212a"
    assert all(not folded[i].isascii() for i, c in enumerate(every) if not c.isascii() and c not in twins and not c.isdigit())


MONTHS = re.compile(r"\b(?P<mon>μαρτίου|марта|martie|şubat|ıx)\s+(?P<day>\d{1,2})", re.I)


def test_a_non_ascii_opening_is_read_as_any_non_ascii_character():
    plain, other = finder_sources(MONTHS)
    assert plain == r"i(?<!\w\w)(?=x\s)|m(?<!\w\w)(?=artie)"  # "ıx" under re.I is also "ix", "IX", "İX"
    assert other.startswith(r"[^\x00-\x7f](?<!\w\w)(?=") and other.endswith(r"|ubat\s)")
    for text in ["ΜΑΡΤΊΟΥ 5, МАРТА 6, Martie 7, ŞUBAT 8, IX 9, İX 10", "xмарта 5 μαρτίου5 марта 12"]:
        got, want = _spans(MONTHS, text)
        assert got == want and want


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["ΜΑΡΤΊΟΥ", "μαρτίου", "МАРТА", "марта", "Martie", "ŞUBAT", "şubat", "IX", "İX", "ıx", "x",
                                 " ", "5", "12", "٣", "-", "’"]), max_size=16))
def test_the_scan_equals_finditer_on_month_salad(parts):
    got, want = _spans(MONTHS, "".join(parts))
    assert got == want
