"""Deadlines named by their end: "gave Hungary until March to overhaul its rules or lose its funds".

The `deadline` requirement of triggers.tsv reads a counted span of time ("gave the junta one week to cede power");
a deadline news names by its day or month instead, with 'until', is the same ultimatum (PLOVER THREATEN alt
REQUEST; sent-dev6: the act asked for was coded as done, or nothing was)."""
from __future__ import annotations

from detente.events.tree import children, folded_lemmas
from detente.records import Sentence, Token


def _infinitives(sentence: Sentence, kids: list[Token]) -> list[Token]:
    """The verb's to-infinitives: the parser hangs "to overhaul" on 'gave' as xcomp or as advcl."""
    return [c for c in kids if c.dep in ("xcomp", "advcl") and c.pos in ("VERB", "AUX")
            and any(t.dep == "aux" and t.text.lower() == "to" for t in children(sentence, c.i))]


def given_until(sentence: Sentence, kids: list[Token]) -> bool:
    """A named party (a proper-noun object) given 'until' a time to do something: "gives Kampala until Friday
    to withdraw". 'until' hangs on the verb or, as a marker, on the infinitive; "gave the firms until May to
    register" names no party and stays uncoded, as the counted form does."""
    named = any(c.dep in ("dobj", "dative") and c.pos == "PROPN" for c in kids)
    due = _infinitives(sentence, kids)
    until = [c for c in kids + [t for v in due for t in children(sentence, v.i)]
             if c.lemma.lower() == "until" and c.dep in ("prep", "mark")]
    return named and bool(due) and bool(until)


def state_given_time(sentence: Sentence, kids: list[Token], units: frozenset[str]) -> bool:
    """"would give Paramaribo seven days", "gives Madrid ten days to restore the flow": a counted span of
    time given to a named party (a proper noun; whether it is a state the actors stage decides) is an
    ultimatum whatever is due in it (wire10: two deadlines went uncoded; "gave firms six months to register"
    names no party)."""
    spans = [c for c in kids if c.dep == "dobj" and folded_lemmas(c) & units and counted_span(sentence, c)]
    return bool(spans) and any(c.dep == "dative" and c.pos == "PROPN" for c in kids)


ONE = frozenset({"a", "an", "one"})


def counted_span(sentence: Sentence, span: Token) -> bool:
    """A unit of time with its count: "48 hours", "seven days", or one told by the article, "a week", "an hour"
    ("gave Armenia a week to withdraw its troops": an ultimatum, sent-dev22 0205, coded as the withdrawal)."""
    return any(n.dep == "nummod" or n.dep == "det" and n.text.lower() in ONE for n in children(sentence, span.i))
