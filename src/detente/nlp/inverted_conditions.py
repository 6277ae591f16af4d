"""An inverted condition ("should X enter ...") hung as the condition of the clause it qualifies.

Why: English can put a condition with "should" before its subject instead of "if" ("Serbia will take all necessary
measures should Kosovo police enter the north", "Moscow would respond with military measures should Finland host
nuclear weapons", "said that should Azerbaijani troops cross the line again, Armenia would respond"). en_core_web_sm
reads the clause as a relative clause of the object before it, or as a second complement of the reporting verb, so
the threat on that condition was never seen as conditional and went uncoded or unaimed (sent-dev23 0243, sent-dev5
0112, sent-dev6 0063, sent-dev15 0071). The inversion shows in the parse itself: the auxiliary "should" comes before
the clause's own subject, which a relative clause ("the steps that Kenya should take") or a reported duty ("said Kenya
should leave") never does. Such a clause is relabelled an adverbial clause ("advcl") of the verb it qualifies, with
"should" as its subordinator ("mark") and the lemma "if": exactly the parse of the same sentence with "if", which
the parser gives it arc for arc, so every rule that reads a condition (cues.tsv `condition`, the intent rules' "if")
reads this one, and no rule reads the word as the modal of duty ("said X should leave").
"""
from __future__ import annotations

from dataclasses import replace

from detente.records import Sentence, Token

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# clause arcs whose verb the condition may qualify when the parse hung it as the reporting verb's second complement
CLAUSES = frozenset({"ccomp", "conj", "parataxis", "advcl", "ROOT"})
VERBS = frozenset({"VERB", "AUX"})


def inverted_should(tokens: tuple[Token, ...], verb: Token) -> Token | None:
    """The "should" opening `verb`'s clause before its subject ("should Kosovo police enter"), or None."""
    kids = [t for t in tokens if t.head == verb.i and t.i != verb.i]
    aux = next((t for t in kids if t.dep == "aux" and t.text.lower() == "should"), None)
    subject = next((t for t in kids if t.dep in SUBJECTS), None)
    if aux is None or subject is None or not aux.i < subject.i < verb.i:
        return None
    if any(t.tag in ("WDT", "WP") or t.text.lower() == "that" and t.dep != "mark" for t in kids):
        return None  # a relative pronoun of its own: a relative clause after all
    return aux


def qualified_verb(tokens: tuple[Token, ...], verb: Token) -> int | None:
    """The verb the inverted condition qualifies: the verb above the noun a 'relative clause' hangs on, or the
    nearest other clause of the same reporting verb ("said it would review ... should Paris recognise ...")."""
    if verb.dep == "advcl":
        return verb.head
    if verb.dep == "relcl":
        k = verb.head
        for _ in range(6):
            if tokens[k].pos in VERBS or tokens[k].head == k:
                return k
            k = tokens[k].head
        return None
    if verb.dep in ("ccomp", "conj"):
        siblings = [t.i for t in tokens if t.head == verb.head and t.i != verb.i and t.dep in CLAUSES
                    and t.pos in VERBS]
        return min(siblings, key=lambda s: abs(s - verb.i)) if siblings else None
    return None


def mend_inverted_conditions(sentence: Sentence) -> Sentence:
    """The sentence with each inverted "should" condition hung as an "if" clause is (see the module docstring)."""
    tokens = sentence.tokens
    if not any(t.text.lower() == "should" for t in tokens):
        return sentence
    for verb in sentence.tokens:
        aux = inverted_should(tokens, verb)
        host = qualified_verb(tokens, verb) if aux is not None else None
        if host is None or host == verb.i:
            continue
        tokens = tuple(replace(t, dep="advcl", head=host) if t.i == verb.i else replace(t, dep="mark", lemma="if")
                       if t.i == aux.i else t for t in tokens)
    return sentence if tokens is sentence.tokens else replace(sentence, tokens=tokens)
