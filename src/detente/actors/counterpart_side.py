"""A person who calls, meets or writes to "his Azerbaijani counterpart" is not Azerbaijani.

A minister or official named without his state gets it by guessing (the state the page speaks as, the one
state whose ministry the page named, the page's main country: coref._with_context, resolve._document_context).
When the same sentence names his own counterpart by nationality after him, that nationality is the one state
the guess must not give him: his counterpart is, by the word's meaning, the other side (eval/wire42, an
Istanbul page: "Foreign Minister X telephoned his Azerbaijani counterpart, Y" after a paragraph on
Azerbaijan's Foreign Ministry gave X Azerbaijan, and the call came out as Azerbaijan calling no one; the same
wording is common on every page set: realnews "X telephoned his Iranian counterpart", wire27, wire28).
"""
from __future__ import annotations

import re
from typing import Iterable

# "his Azerbaijani counterpart", "her Turkish and Greek counterparts", "his opposite number from Iran" is not
# covered (the state would follow the noun); up to three words between the pronoun and the noun.
OWN_COUNTERPART = re.compile(r"\b(?:his|her)\s+((?:[\w'’-]+\s+){1,3}?)counterparts?\b", re.I)


def counterpart_states(states: Iterable, text: str, text_start: int, after: int) -> frozenset[str]:
    """Codes of the states named inside a "his/her <State> counterpart" phrase of a sentence (`text`,
    starting at document offset `text_start`) that begins after document offset `after`.
    `states`: the sentence's state references (objects with `start` and `code`)."""
    spans = [(text_start + m.start(1), text_start + m.end(1)) for m in OWN_COUNTERPART.finditer(text)
             if text_start + m.start() >= after]
    return frozenset(s.code for s in states if any(a <= s.start < b for a, b in spans))


def unless_barred(code: str | None, barred: frozenset[str]) -> str | None:
    """The guessed state, or None when the sentence says it is the other side's (see the module)."""
    return None if code in barred else code
