"""An act of force protested over is the act of the party the protest is made to.

"Russia protested to Lithuania over the detention of a Russian military train" (wire9 w9_10) and "Guinea-Bissau
rejected a protest note from Senegal over the detention of three Senegalese forest agents" (wire30 w30_02): the
detention happened, and the golds code it, Lithuania's and Guinea-Bissau's. The detention noun names no doer
of its own, so it was absorbed by the protest (or the rejection) and lost; nesting.condemned_act keeps only a
noun that names its doer ("protested over the Turkish air strike"). Here the doer is who the protest is made
to: the 'to' object of "protest", or the subject of the verb that rejects the protest; the target is the
protester (the subject of "protest", or the protest's "from X" or possessor). Only an 'over' phrase and only
acts of force (COERCE, ASSAULT): "protested over the visit" is no visit by the other side.
"""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.triggers import Hit, children
from detente.records import Sentence, Token

FORCE_TYPES = frozenset({"COERCE", "ASSAULT"})
PROTEST_NOUNS = frozenset({"protest", "note", "complaint", "demarche"})


def protested_act(sentence: Sentence, i: int, hits: dict[int, Hit]) -> bool:
    """True for an act-of-force noun in an 'over' phrase of a protest made to a named party."""
    return _parties(sentence, i, hits) is not None


def protested_parties(sentence: Sentence, i: int, hits: dict[int, Hit]) -> tuple[list[int], list, str] | None:
    """(doer tokens, target options, rule) for such a noun, in event_arguments' shape; else None."""
    found = _parties(sentence, i, hits)
    if found is None:
        return None
    doer, protester, how = found
    return [doer], [([protester], "protester")], f"src={how}"


def _parties(sentence: Sentence, i: int, hits: dict[int, Hit]) -> tuple[int, int, str] | None:
    hit, token = hits.get(i), sentence.tokens[i]
    if hit is None or hit.entry.pos != "NOUN" or hit.entry.event_type not in FORCE_TYPES or token.dep != "pobj":
        return None
    prep = sentence.tokens[token.head]
    if prep.lemma.lower() != "over" or prep.head == prep.i or _own_doer(sentence, i):
        return None
    verb = sentence.tokens[prep.head]
    if verb.pos == "NOUN" and _protest_noun(sentence, verb) and verb.dep == "dobj":
        verb = sentence.tokens[verb.head]  # "dismissed X's protest over the arrest of": the phrase on the noun
    if verb.lemma.lower() == "protest" and verb.pos == "VERB":
        addressee, protester = _pobj(sentence, verb, "to"), _subject(sentence, verb)
        return (addressee, protester, "protested-to") if addressee is not None and protester is not None else None
    protest = next((c for c in children(sentence, verb.i) if c.dep == "dobj" and _protest_noun(sentence, c)), None)
    if protest is None or verb.lemma.lower() not in cue_words("protest_rejection"):
        return None
    rejecter = _subject(sentence, verb)
    protester = _pobj(sentence, verb, "from") or _pobj(sentence, protest, "from") or next(
        (c.i for c in children(sentence, protest.i) if c.dep == "poss" and c.pos != "PRON"), None)
    return (rejecter, protester, "protest-rejecter") if rejecter is not None and protester is not None else None


def _protest_noun(sentence: Sentence, token: Token) -> bool:
    """"a protest", "a protest note", "a note of protest"."""
    return token.lemma.lower() == "protest" or token.lemma.lower() in PROTEST_NOUNS and any(
        c.lemma.lower() == "protest" for c in children(sentence, token.i) if c.dep in ("compound", "amod", "prep"))


def _own_doer(sentence: Sentence, i: int) -> bool:
    """The noun names its doer itself ("the Turkish air strike", "the detention ... by X"): left to the others."""
    return any(c.dep == "poss" and c.pos != "PRON" or c.dep in ("amod", "compound", "nmod") and (
        c.ent in ("GPE", "NORP") or c.pos == "PROPN") or c.dep in ("prep", "agent") and c.lemma.lower() == "by"
        for c in children(sentence, i))


def _subject(sentence: Sentence, verb: Token) -> int | None:
    return next((c.i for c in children(sentence, verb.i) if c.dep == "nsubj"), None)


def _pobj(sentence: Sentence, head: Token, word: str) -> int | None:
    for prep in children(sentence, head.i):
        if prep.dep == "prep" and prep.lemma.lower() == word:
            return next((c.i for c in children(sentence, prep.i) if c.dep == "pobj"), None)
    return None
