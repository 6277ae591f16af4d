"""Tables of lower-case words looked up by what a case-insensitive pattern matched.

Python's `re.IGNORECASE` compares letters by simple case folding, so "İ" (capital I with a dot) and "ı" (dotless i)
match "i" and "ſ" (long s) matches "s"; but `str.lower()` turns "İ" into two characters ("i" and a combining dot) and
leaves "ı" and "ſ" as they are. A word such a pattern found ("İstanbul", "APRİL" on a Turkish outlet's English page)
was then missing from its table, and the lookup's KeyError set the whole document aside (session 27: a page naming
İstanbul was rejected as an internal error). A `FoldedTable` answers such a word as the plain word it matched.
"""
from __future__ import annotations

from typing import Any

# every character outside ASCII that re.IGNORECASE matches to an ASCII letter (found by trying all of the Basic
# Multilingual Plane against a-z; the Kelvin sign's lower case is already "k")
ASCII_TWINS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
TWIN_LETTERS = tuple(chr(c) for c in ASCII_TWINS)


def plain_key(word: str) -> str:
    """The lower case of `word` with the letters re.IGNORECASE equates to ASCII ones written as those; a word already
    lower-cased has "İ" as "i" and a combining dot above (U+0307), which is dropped."""
    return word.translate(ASCII_TWINS).lower().replace("i\u0307", "i")


class FoldedTable(dict):
    """A dict keyed by lower-case words whose lookups also accept the word as a case-insensitive pattern found it."""

    def __missing__(self, key: Any) -> Any:
        if isinstance(key, str) and (plain := plain_key(key)) != key and plain in self:
            return self[plain]
        raise KeyError(key)

    def get(self, key: Any, default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            return default
