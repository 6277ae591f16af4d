"""A verb joined after a closing quote belongs outside the quotation: "It described the visit as "a grave act that
hurts our people" and accused X of ..." is parsed with "accused" joined to "hurts", the relative clause inside the
quote, so the accusation's doer was sought in the quoted noun ("act") and none was found (eval/wire59 w59_04). A
quotation closes its own clause: the verb after the closing quote is joined to the verb that governs the quoted
phrase ("described"), and takes that verb's subject.
"""
from __future__ import annotations

from detente.events.phrases import is_verbal
from detente.records import Sentence, Token

OPENING = frozenset({'"', "“", "``"})
CLOSING = frozenset({'"', "”", "''"})


def quoted_relative_host(sentence: Sentence, token: Token) -> int | None:
    """The verb above the quoted phrase when `token` is a verb the parser joined to a relative clause that a
    quotation closes before it; None otherwise."""
    tokens = sentence.tokens
    head = tokens[token.head]
    if token.dep != "conj" or head.dep != "relcl" or not is_verbal(token) or head.i > token.i:
        return None
    marks = [t for t in tokens[:token.i] if t.pos == "PUNCT" and (t.text in OPENING | CLOSING or t.tag in OPENING | CLOSING)]
    if len(marks) < 2 or len(marks) % 2 or not head.i < marks[-1].i or not marks[-2].i < head.head:
        return None  # the quote must open before the relative's noun and close between the relative and the verb
    return _governing_verb(sentence, tokens[head.head])


def _governing_verb(sentence: Sentence, noun: Token) -> int | None:
    """The nearest verb above `noun` (through prepositions, conjoined nouns and appositions)."""
    node, steps = noun, 0
    while node.head != node.i and steps < 6:
        node, steps = sentence.tokens[node.head], steps + 1
        if is_verbal(node) and node.pos in ("VERB", "AUX"):
            return node.i
    return None
