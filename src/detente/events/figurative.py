"""A war or a battle told as a figure of speech is no armed attack: "Vanuatu and Solomon Islands fought a war
of words in 2013" (wire32: coded ASSAULT both ways, two false positives), "have waged a propaganda war",
"the trade war between the two". An ASSAULT trigger that is such a noun, or whose object is one, is not coded.
The figures are words of cues.tsv kind `figurative`: `head` nouns (war, battle) qualified by an `of` object
("of words", "of nerves") or an `mod` modifier ("propaganda", "trade", "verbal")."""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.triggers import children
from detente.records import Sentence, Token

OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "pobj"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def figurative_conflict(sentence: Sentence, i: int, event_type: str) -> bool:
    """Whether the ASSAULT trigger at i is, or fights, a war or battle of words, nerves, propaganda or trade."""
    if event_type != "ASSAULT":
        return False
    token = sentence.tokens[i]
    fought = [token] if _cue(token, "head") else [c for c in children(sentence, i) if c.dep in OBJECT_DEPS
                                                   and _cue(c, "head")]
    return any(_figure(sentence, noun) for noun in fought)


def _figure(sentence: Sentence, noun: Token) -> bool:
    kids = children(sentence, noun.i)
    if any(k.dep in MODIFIER_DEPS and _cue(k, "mod") for k in kids):
        return True
    return any(k.dep == "prep" and k.lemma.lower() == "of" and any(_cue(o, "of") for o in children(sentence, k.i))
               for k in kids)


def _cue(token: Token, value: str) -> bool:
    words = cue_words("figurative")
    return any(words.get(w) == value for w in (token.lemma.lower(), token.text.lower()))
