"""Where a pattern's match can start, found with one cheap scan per text before the pattern is tried there.

Written for the date patterns (events.date_patterns, clean.dates), whose many scans of whole pages were the largest
cost after the parse; a module of its own so that both stages use it (clean comes before events).

Python's `re` tries a pattern at every position of the text unless the pattern opens with a literal or a
character set, and every date pattern opens with `\\b` under re.I, so each of the 32 scans costs about the
same per character, whatever it looks for. On an undated page the scanner reads the whole page (its
latest stated year and bare months, events.page_anchor), the largest single cost after the parse (300
real-text pages: 1.24 CPU s, docs/scaling.md, session 13; still 1-1.5 s in session 23).

So each pattern gets a finder read off the pattern itself (`opening_starts`): the words its match can open
with, as far as they are fixed ("last\\s", "the\\s", "0" for a digit, at most PREFIX_ATOMS units), written as
one expression that opens with a plain character (`t(?=he\\s)|l(?=ast\\s)`), which `re` skips to in C. It
runs on the text as `fold` gives it (lower case, every digit "0", the four non-ASCII letters that match an
ASCII one under re.I written as it: the same length, the same word characters), so one expression covers
every case a re.I pattern accepts; another non-ASCII character of a pattern is read as "any non-ASCII
character" (Greek, Cyrillic and Arabic month names in clean.dates). `scan` then tries the pattern only at those positions
and gives what `finditer` gives: the leftmost match at or after the end of the last one.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator

from detente.folding import ASCII_TWINS, TWIN_LETTERS

try:  # the parser behind re.compile: read to find what a pattern's match opens with
    from re import _constants as _C, _parser
except ImportError:  # Python before 3.11
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

Starts = Callable[[str], list[int]]  # the folded text → ascending positions where a match can start
_DIGITS = str.maketrans("123456789", "000000000")
# Under re.I the four letters of folding.ASCII_TWINS match an ASCII one ("ſ" matches "s", the Kelvin sign "k"); a scan of every code point
# finds no others (tests/test_scan_starts.py), and \d matches every Unicode decimal digit.
_ANY_DIGIT = re.compile(r"\d")
_NON_ASCII = "[^\\x00-\\x7f]"  # the unit of a non-ASCII character that is none of the four
PREFIX_ATOMS = 6  # units of an opening read: enough to tell "last " from "later"; more only lengthens the finder
# Openings of one finder; past this a shorter reading is taken (clean.dates' month names in ten languages: 237 at
# six units).
MAX_OPENINGS = 512
Opening = tuple[tuple[str, ...], bool]  # the units read so far (each a regex over the folded text), still fixed


def fold(text: str) -> str:
    """The text as the finders (and date_patterns' guards) read it: lower case, every digit "0", the letters that
    match an ASCII letter under re.I written as that letter. Non-ASCII news text is common (one curly quote makes
    a page so, and a page's whole text is scanned for its latest year), so it is folded too."""
    if text.isascii():
        return text.lower().translate(_DIGITS)
    if any(twin in text for twin in TWIN_LETTERS):  # rare; translate() reads every character through a dict
        text = text.translate(ASCII_TWINS)  # (0.16 -> 0.03 CPU s on the 2,007 non-ASCII texts of 300 real pages)
    return _ANY_DIGIT.sub("0", text).lower()


class _TooMany(Exception):
    pass


def _literal_unit(char: str) -> str:
    """A character as the folded text writes it: a digit as "0", an ASCII letter in lower case, one of the four
    twins as its ASCII letter; any other non-ASCII character as any non-ASCII character (under re.I it matches
    only non-ASCII ones, which fold to non-ASCII ones, but not always to its own lower case: "Σ" folds to "ς"
    at the end of a word)."""
    if char.isdigit():
        return "0"
    if char.isascii():
        return re.escape(char.lower())
    return fold(char) if char in TWIN_LETTERS else _NON_ASCII


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
    if op is _C.LITERAL:
        return [((_literal_unit(chr(av)),), True)]
    if op is _C.IN:
        unit = _set_unit(av)
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


def _expression(found: list[tuple[str, ...]], boundary: str) -> str:
    rests: dict[str, set[str]] = {}
    for units in found:
        rests.setdefault(units[0], set()).add("".join(units[1:]))
    return "|".join(first + boundary + ("(?=" + "|".join(sorted(rest)) + ")" if all(rest) else "")
                    for first, rest in sorted(rests.items()))


def finder_sources(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The finder's expressions: one for the openings whose first unit is a plain character (one alternative per
    character, so that `re` skips to them in C), then (for a pattern opening with `\\b`) no word character before
    it, then the rest of the openings as a look-ahead; a second one for the openings that start with a non-ASCII
    character. None when an opening is empty or starts with a space or a set."""
    found = openings(pattern)
    if any(not units or units[0] != _NON_ASCII and units[0].startswith(("[", "\\s")) for units in found):
        return None
    boundary = r"(?<!\w\w)" if _opens_at_boundary(pattern) else ""
    plain = [units for units in found if units[0] != _NON_ASCII]
    other = [units for units in found if units[0] == _NON_ASCII]
    return tuple(_expression(part, boundary) for part in (plain, other) if part)


@functools.lru_cache(maxsize=None)
def _finder(sources: tuple[str, ...]) -> Starts:
    """One finder per expression, shared by the patterns that open alike, so each text is scanned once for it."""
    finders = [re.compile(source) for source in sources]
    if len(finders) == 1:
        return lambda folded: [m.start() for m in finders[0].finditer(folded)]
    return lambda folded: sorted({m.start() for finder in finders for m in finder.finditer(folded)})


def opening_starts(pattern: re.Pattern[str]) -> Starts | None:
    """The start finder of a pattern (over the folded text); None when its openings are not bounded."""
    sources = finder_sources(pattern)
    return None if sources is None else _finder(sources)


def scan(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """pattern.finditer(text), trying only the positions in `starts` (ascending), which must hold every
    position where a match can start. `match(text, p)` sees the whole text, as a search does (a
    look-behind or `\\b` reads the characters before p). No pattern here matches the empty string."""
    end = 0
    for p in starts:
        if p >= end and (m := pattern.match(text, p)) is not None:
            end = m.end()
            yield m
