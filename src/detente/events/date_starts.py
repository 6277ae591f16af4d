"""Where a date pattern's match can start, found once per text for all the patterns that share a first word.

Python's `re` tries a pattern at every position of the text unless the pattern opens with a literal or a
character set, and every date pattern opens with `\\b` under re.I, so each of the 22 scans costs about the
same per character, whatever it looks for. On an undated page the scanner reads the whole page (its
latest stated year, events.page_anchor), and that was the largest single cost after the parse
(300 real-text pages: 1.24 CPU s, docs/scaling.md, session 13). Ten patterns open with a month name or a
number: a match of one of them can only start where the month name (or a run of digits) does, so those
positions are found once per text and each pattern is tried there alone. `scan` gives what `finditer`
gives: the leftmost match at or after the end of the last one, tried at every position a match can start.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

Starts = Callable[[str], list[int]]


def month_starts(month_names: Iterable[str]) -> Starts:
    """Positions where a word boundary is followed by a month name (as a pattern opening with
    `\\b(?P<month>name|…)` under re.I needs: the same alternation, the same flag)."""
    finder = re.compile(r"\b(?=(?:" + "|".join(sorted(month_names, key=len, reverse=True)) + "))", re.I)
    return lambda text: [m.start() for m in finder.finditer(text)]


_DIGITS = re.compile(r"\d+")  # a character set first: `re` skips to each digit run in C


def digit_starts(text: str) -> list[int]:
    """The first position of every run of digits: a pattern opening with `\\b` and a digit can start
    nowhere else (a boundary before a digit means no word character, hence no digit, before it)."""
    return [m.start() for m in _DIGITS.finditer(text)]


def starts_for(sources: dict[str, str], month_prefix: str, digit_prefixes: tuple[str, ...],
               months: Starts) -> dict[str, Starts]:
    """The start finder of each pattern (kind → regex source) that opens with `\\b` and a month name
    (`month_prefix`) or with `\\b` and a digit (one of `digit_prefixes`); the others are not listed."""
    out: dict[str, Starts] = {}
    for kind, source in sources.items():
        if source.startswith(month_prefix):
            out[kind] = months
        elif source.startswith(digit_prefixes):
            out[kind] = digit_starts
    return out


def scan(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """pattern.finditer(text), trying only the positions in `starts` (ascending), which must hold every
    position where a match can start. `match(text, p)` sees the whole text, as a search does (a
    look-behind or `\\b` reads the characters before p). No pattern here matches the empty string."""
    end = 0
    for p in starts:
        if p >= end and (m := pattern.match(text, p)) is not None:
            end = m.end()
            yield m
