"""A measure phrase is no step of the doer search.

"... flew into Dakar on Monday, and was in Bissau the next day for two hours of talks with the prime minister"
(wire30 w30_03) coded nothing: the talks' doer is five climbs away (talks → of → hours → for → was → conj → flew's
subject) and roles.source_tokens gives up after four. "two hours of", "three days of", "two rounds of" only
measure the act named after them, so the search passes from the act to the measure noun at no cost and goes on
climbing from there. Only a measure noun (cues.tsv kind measure) counted by a number or a quantifier ("two hours",
"several days"): "the day of the talks" names a date, not an amount. When the parser hangs the measure's 'for'
phrase on a time noun of the clause ("was in Bissau the following day for two hours of talks": for → day, an
npadvmod), the search goes on from that noun's verb, at the cost of one step.
"""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.triggers import children
from detente.records import Sentence, Token

QUANTIFIERS = frozenset({"several", "few", "many", "some"})


def measure_noun(sentence: Sentence, token: Token) -> Token | None:
    """The counted measure noun whose 'of' phrase holds token ("two hours of talks" → hours), else None."""
    if token.dep != "pobj" or token.head == token.i:
        return None
    of = sentence.tokens[token.head]
    if of.lemma.lower() != "of" or of.dep != "prep" or of.head == of.i:
        return None
    noun = sentence.tokens[of.head]
    if noun.pos != "NOUN" or noun.lemma.lower() not in cue_words("measure"):
        return None
    counted = any(c.dep == "nummod" or c.text.lower() in QUANTIFIERS for c in children(sentence, noun.i))
    return noun if counted else None


def measured_start(sentence: Sentence, token: Token) -> tuple[Token, int] | None:
    """Where the doer search goes on from an act under a measure, and the steps it costs: (measure noun, 0), or
    (the verb of the time noun its phrase hangs on, 1); None when token is not measured."""
    noun = measure_noun(sentence, token)
    if noun is None:
        return None
    prep = sentence.tokens[noun.head]
    when = sentence.tokens[prep.head]
    if noun.dep == "pobj" and prep.dep == "prep" and when.dep == "npadvmod" and when.head != when.i \
            and when.lemma.lower() in cue_words("measure"):
        return sentence.tokens[when.head], 1
    return noun, 0
