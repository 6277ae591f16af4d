"""The subject the parser took away from a coordinated clause.

In "Angola freed two officers on Friday and Namibia released an Angolan soldier" the small English model hangs
"Namibia" as a conjunct of "Friday" and leaves "released" without a subject, so the second clause borrowed the
first one's doer and each side's release became Angola's (eval/wire25, a prisoner exchange told in one sentence;
the same slip hides the second party of any "X did A on <day> and Y did B"). A proper noun standing between
"and" and a finite verb that has no subject of its own is that verb's subject.
"""
from __future__ import annotations

from detente.events.phrases import is_verbal
from detente.events.triggers import children
from detente.records import Sentence, Token

COORDINATORS = frozenset({"and", "but", "while", "whereas"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def stranded_subject(sentence: Sentence, verb: Token) -> list[int]:
    """[the stranded subject's index] for a subjectless finite conjunct verb, else []."""
    if verb.dep != "conj" or not is_verbal(verb) or verb.i < 2 or not _finite(sentence, verb):
        return []
    if any(c.dep in ("nsubj", "nsubjpass", "expl") for c in children(sentence, verb.i)):
        return []
    noun = sentence.tokens[verb.i - 1]
    if noun.pos != "PROPN" or noun.dep != "conj" or noun.head == verb.i:
        return []
    first = min([noun.i] + [c.i for c in children(sentence, noun.i) if c.dep in ("compound", "det", "amod")])
    before = sentence.tokens[first - 1] if first > 0 else None
    return [noun.i] if before is not None and before.text.lower() in COORDINATORS else []


def _finite(sentence: Sentence, verb: Token) -> bool:
    """A tensed verb ("released", "sends") or one with its own auxiliary ("has released")."""
    return verb.tag in FINITE_TAGS or any(c.dep == "aux" for c in children(sentence, verb.i))
