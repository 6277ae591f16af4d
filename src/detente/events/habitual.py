"""Clauses that tell how things usually go, not what anyone did: "anti-dumping tariffs are usually put in
place to protect domestic producers" (realnews: an explainer's sentence coded as a sanction between the
page's two states). An adverb of habit (cues.tsv `habitual`) on the trigger's present-tense clause makes the
clause a general statement; in the past ("talks usually took place in Geneva until 2019") it still tells no
single act, but the golds have none such to judge by, so only the present is read this way.
"""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.triggers import children
from detente.records import Sentence, Token

# Clause heads above the trigger that end its clause: an adverb further up belongs to another statement.
CLAUSE_ENDS = frozenset({"ROOT", "ccomp", "conj", "parataxis", "advcl", "relcl"})
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
REACH = 3


def habitual(sentence: Sentence, i: int) -> bool:
    """The trigger's clause (the trigger and up to its clause head) carries an adverb of habit and is in
    the present tense: "are usually imposed", "typically meet", not "usually met" (past) or a plain act."""
    token = _stranded_subject_verb(sentence, i) or sentence.tokens[i]
    for _ in range(REACH):
        kids = children(sentence, token.i)
        if any(c.dep == "advmod" and c.lemma.lower() in cue_words("habitual") for c in kids):
            return _present(token, kids)
        if token.dep in CLAUSE_ENDS or token.head == token.i:
            return False
        token = sentence.tokens[token.head]
    return False


def _present(verb: Token, kids: list[Token]) -> bool:
    """The clause's finite verb is in the present: the verb itself or its auxiliary ("are usually put")."""
    finite = [c for c in kids if c.dep in ("aux", "auxpass")] + [verb]
    return any(t.tag in PRESENT_TAGS for t in finite) and not any(t.tag in ("VBD",) for t in finite)


def _stranded_subject_verb(sentence: Sentence, i: int) -> Token | None:
    """"... in its own home market and anti-dumping tariffs are usually put in place": the parser joined the
    noun to the clause before ('market and tariffs') and left the next verb with no subject; the auxiliary
    right after the noun shows whose verb it is (realnews)."""
    if i + 1 >= len(sentence.tokens) or sentence.tokens[i].pos != "NOUN":
        return None
    aux = sentence.tokens[i + 1]
    verb = sentence.tokens[aux.head]
    if aux.dep not in ("aux", "auxpass") or any(c.dep in ("nsubj", "nsubjpass") for c in children(sentence, verb.i)):
        return None
    return verb
