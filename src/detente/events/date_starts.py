"""Where a date pattern's match can start, found with one cheap scan per text before the pattern is tried there.

Python's `re` tries a pattern at every position of the text unless the pattern opens with a literal or a
character set, and every date pattern opens with `\\b` under re.I, so each of the 32 scans costs about the
same per character, whatever it looks for. On an undated page the scanner reads the whole page (its
latest stated year and bare months, events.page_anchor), the largest single cost after the parse (300
real-text pages: 1.24 CPU s, docs/scaling.md, session 13; still 1-1.5 s in session 23).

So each pattern gets a finder read off the pattern itself (`opening_starts`): the words its match can open
with, as far as they are fixed ("last\\s", "the\\s", "0" for a digit, at most PREFIX_ATOMS units), written as
one expression that opens with a plain character (`t(?=he\\s)|l(?=ast\\s)`), which `re` skips to in C. It
runs on the text as date_patterns._folded gives it (lower case, every digit "0", the four non-ASCII letters
that match an ASCII one under re.I written as it: the same length, the same word characters), so one
expression covers every case a re.I pattern accepts. `scan` then tries the pattern only at those positions
and gives what `finditer` gives: the leftmost match at or after the end of the last one.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator

try:  # the parser behind re.compile: read to find what a pattern's match opens with
    from re import _constants as _C, _parser
except ImportError:  # Python before 3.11
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

Starts = Callable[[str], list[int]]  # the folded text → ascending positions where a match can start
PREFIX_ATOMS = 6  # units of an opening read: enough to tell "last " from "later"; more only lengthens the finder
MAX_OPENINGS = 64  # openings of one finder; past this a shorter reading is taken (fewer, shorter openings)
Opening = tuple[tuple[str, ...], bool]  # the units read so far (each a regex over the folded text), still fixed


class _TooMany(Exception):
    pass


def _literal_unit(char: str) -> str | None:
    """A character as the folded text writes it: a digit as "0", an ASCII letter in lower case; None for
    another non-ASCII character (its re.I matches are not all known here: the opening stops before it)."""
    if char.isdigit():
        return "0"
    return re.escape(char.lower()) if char.isascii() else None


def _set_unit(items) -> str | None:
    """A character set with no letter in it (a space, a dash, digits) as one unit; None when it holds a letter,
    a negation or a category other than digits and spaces."""
    parts, digit = [], False
    for op, av in items:
        if op is _C.CATEGORY and av in (_C.CATEGORY_DIGIT, _C.CATEGORY_SPACE):
            parts.append("0" if av is _C.CATEGORY_DIGIT else r"\s")
        elif op is _C.LITERAL and chr(av).isascii() and not chr(av).isalpha():
            parts.append("0" if chr(av).isdigit() else re.escape(chr(av)))
        elif op is _C.RANGE and all(chr(c).isdigit() for c in range(av[0], av[1] + 1)):
            parts.append("0")
        else:
            return None
    parts = list(dict.fromkeys(parts))
    return parts[0] if len(parts) == 1 else "[" + "".join(parts) + "]"


def _item(op, av, cap: int) -> list[Opening]:
    """The openings of one parsed item: (units, whether the item is wholly read, so that what follows may extend them)."""
    if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):  # zero width: \b, look-behinds, look-aheads
        return [((), True)]
    if op in (_C.LITERAL, _C.IN):
        unit = _literal_unit(chr(av)) if op is _C.LITERAL else _set_unit(av)
        return [((unit,), True)] if unit is not None else [((), False)]
    if op is _C.SUBPATTERN:
        return _sequence(av[-1], cap)
    if op is _C.BRANCH:
        return [opening for alternative in av[1] for opening in _sequence(alternative, cap)]
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
        low, high, body = av
        once = [(units, whole and high == 1) for units, whole in _sequence(body, cap)]
        return ([((), True)] if low == 0 else []) + once
    return [((), False)]  # anything else (a back-reference, ...): the opening stops before it


def _sequence(items, cap: int) -> list[Opening]:
    out: list[Opening] = [((), True)]
    for op, av in items:
        if not any(whole for _units, whole in out):
            break
        item = _item(op, av, cap)
        grown = [(units, False) for units, whole in out if not whole]
        grown += [((units + more)[:cap], extend and len(units + more) < cap)
                  for units, whole in out if whole for more, extend in item]
        out = list(dict.fromkeys(grown))
        if len(out) > MAX_OPENINGS:
            raise _TooMany
    return out


def openings(pattern: re.Pattern[str]) -> list[tuple[str, ...]]:
    """The fixed openings of the pattern's matches (units over the folded text): every match opens with one.
    The longest reading of at most PREFIX_ATOMS units that gives no more than MAX_OPENINGS openings."""
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    for cap in range(PREFIX_ATOMS, 0, -1):
        try:
            return sorted({units for units, _whole in _sequence(parsed, cap)})
        except _TooMany:
            continue
    return [()]


def _opens_at_boundary(pattern: re.Pattern[str]) -> bool:
    """The pattern's zero-width opening (before its first character) holds a top-level `\\b`."""
    for op, av in _parser.parse(pattern.pattern, pattern.flags):
        if op is _C.AT and av is _C.AT_BOUNDARY:
            return True
        if op not in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            return False
    return False


def finder_source(pattern: re.Pattern[str]) -> str | None:
    """The finder's expression: one alternative per first unit, each a plain character (so that `re` skips to
    it in C), then (for a pattern opening with `\\b`) no word character before it, then the rest of the
    openings as a look-ahead. None when an opening is empty or does not start with a plain character."""
    found = openings(pattern)
    if any(not units or units[0].startswith(("[", "\\s")) for units in found):
        return None
    boundary = r"(?<!\w\w)" if _opens_at_boundary(pattern) else ""
    rests: dict[str, set[str]] = {}
    for units in found:
        rests.setdefault(units[0], set()).add("".join(units[1:]))
    return "|".join(first + boundary + ("(?=" + "|".join(sorted(rest)) + ")" if all(rest) else "")
                    for first, rest in sorted(rests.items()))


@functools.lru_cache(maxsize=None)
def _finder(source: str) -> Starts:
    """One finder per expression, shared by the patterns that open alike, so each text is scanned once for it."""
    finder = re.compile(source)
    return lambda folded: [m.start() for m in finder.finditer(folded)]


def opening_starts(pattern: re.Pattern[str]) -> Starts | None:
    """The start finder of a pattern (over the folded text); None when its openings are not bounded."""
    source = finder_source(pattern)
    return None if source is None else _finder(source)


def scan(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """pattern.finditer(text), trying only the positions in `starts` (ascending), which must hold every
    position where a match can start. `match(text, p)` sees the whole text, as a search does (a
    look-behind or `\\b` reads the characters before p). No pattern here matches the empty string."""
    end = 0
    for p in starts:
        if p >= end and (m := pattern.match(text, p)) is not None:
            end = m.end()
            yield m
