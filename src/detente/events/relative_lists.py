"""A list that goes on after a relative clause: "the ministers of X, which mediated the talks, Y and Z".

A non-restrictive relative clause ends at its comma, and the list it interrupted goes on after it: Y and Z are
X's list mates (more ministers present), not more things the clause's verb acted on. The parser hangs them on
the clause's last noun as its conjuncts ("talks, Y and Z"), so the mediation was aimed at every state of the
list (eval/wire42 w42_07: four false CONSULT rows from one signing ceremony's guest list). The reading is taken
back only where the noun is a thing and the conjunct an actor after a comma: a list of things ("mediated the
talks, the truce and the swap") or of states ("which hosted X, Y and Z") is left as the parser read it.
"""
from __future__ import annotations

from detente.events.triggers import children
from detente.records import Sentence, Token

RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whose"})
ACTOR_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
CLIMB = 3  # object → prep → verb: "which mediated the talks", "which hosted talks on trade"


def outer_list_member(sentence: Sentence, noun: Token, conj: Token) -> bool:
    """`conj`, read as coordinated with `noun`, continues the list a relative clause interrupted."""
    tokens = sentence.tokens
    if noun.pos != "NOUN" or noun.ent in ACTOR_ENTS or not _actor(conj):
        return False
    if conj.i < 1 or tokens[_left_edge(sentence, conj) - 1].text != ",":
        return False
    clause = _relative_clause(sentence, noun)
    return clause is not None and _set_off(sentence, clause)


def _actor(token: Token) -> bool:
    return token.ent in ACTOR_ENTS or token.pos == "PROPN"


def _left_edge(sentence: Sentence, token: Token) -> int:
    """The first token of the conjunct's own phrase ("the US Secretary of State": "the")."""
    kids = [c.i for c in children(sentence, token.i) if c.i < token.i and c.dep not in ("cc", "punct")]
    return min([token.i, *kids])


def _relative_clause(sentence: Sentence, noun: Token) -> Token | None:
    """The relative clause's verb the noun is an argument of, climbing through prepositions."""
    tokens, at = sentence.tokens, noun
    for _ in range(CLIMB):
        if at.head == at.i:
            return None
        at = tokens[at.head]
        if at.dep == "relcl":
            return at
        if at.pos in ("VERB", "AUX"):
            return None  # a verb of the main clause: no relative clause between
    return None


def _set_off(sentence: Sentence, verb: Token) -> bool:
    """The clause opens with a comma and a relative pronoun: "X, which ...", "X, who ..."."""
    tokens = sentence.tokens
    pronouns = [c for c in children(sentence, verb.i) if c.text.lower() in RELATIVE_PRONOUNS and c.i < verb.i]
    return bool(pronouns) and pronouns[0].i > 0 and tokens[pronouns[0].i - 1].text == ","
