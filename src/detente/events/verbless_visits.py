"""A verbless headline that puts a visitor in a capital "for talks": "Kazakh president in Beijing for gas talks",
"UN envoy in Caracas for talks on migrants", "Fiji PM in Wellington for talks on climate finance". Headlines
drop the verb ("is", "arrives"), so the parser makes the visitor the root, with an "in" phrase for the place and
a "for" phrase holding the talks noun; the talks then had the visitor as their source and no target, or the
"on" topic as one (eval/sent-dev12 0178, sent-dev18 0124, sent-dev20 0040, sent-dev22 0237, written blind: four
misses of one form). The place the visitor is in is the host, as the object of "X visited Beijing for talks"."""
from __future__ import annotations

from detente.events.phrases import pobjs
from detente.records import Sentence, Token

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def verbless(sentence: Sentence) -> bool:
    """No finite verb: a headline with its copula or verb of motion dropped."""
    return not any(t.tag in FINITE_TAGS for t in sentence.tokens)


def visited_places(sentence: Sentence, root: int, sources: list[int]) -> list[int]:
    """The "in" place of the visitor heading a verbless sentence whose "for" phrase holds the trigger noun, or []."""
    token = sentence.tokens[root]
    if token.dep != "pobj" or token.head == root or not verbless(sentence):
        return []
    prep = sentence.tokens[token.head]
    if prep.dep != "prep" or prep.text.lower() != "for":
        return []
    visitor: Token = sentence.tokens[prep.head]
    if visitor.dep != "ROOT" or visitor.pos not in ("NOUN", "PROPN"):
        return []
    return [p for p in pobjs(sentence, visitor.i, frozenset({"in"}))
            if p not in sources and sentence.tokens[p].pos == "PROPN"]
