"""Whose state an official with no stated country speaks for, read from what they announce.

An official named without a country is given the document's main country so far (coref); but the
subject of "warned that Norway would skip the session" speaks for Norway, whichever state the paragraphs
before named more often. On eval/wire8 (session 9) the main country was twice the other party, and the
events stage then coded the warning in reverse. Only a complement with a modal of the future counts:
"said that Norway had violated..." reports another state's act (an accusation), not one's own plan.
"""
from __future__ import annotations

import functools

from detente.actors.gazetteer import data_rows
from detente.records import Sentence


@functools.lru_cache(maxsize=None)
def own_plan_words() -> dict[str, frozenset[str]]:
    """own_plans.tsv: kind ("say", "modal") → its lemmas."""
    out: dict[str, set[str]] = {}
    for kind, lemma, *_ in data_rows("own_plans.tsv"):
        out.setdefault(kind, set()).add(lemma)
    return {kind: frozenset(words) for kind, words in out.items()}


def own_plan_state(sentence: Sentence, subject: int, states: dict[int, str]) -> str | None:
    """The one state (`states`: article offset → code of the states named in the sentence) that is the
    subject of a future-tense complement of the verb whose subject is token `subject`, else None."""
    tokens, words = sentence.tokens, own_plan_words()
    if not 0 <= subject < len(tokens) or tokens[subject].dep != "nsubj":
        return None
    verb = tokens[subject].head
    # the verbs of saying the subject governs: its own, and those coordinated with it ("told reporters
    # that ... and warned that Tunisia would ...")
    verbs = {v.i for v in tokens if (v.i == verb or v.head == verb and v.dep == "conj") and v.lemma.lower() in words["say"]}
    # a consequence for a state ("would face a fine") is another state's lot, not the speaker's own step
    clauses = [c.i for c in tokens if c.head in verbs and c.dep == "ccomp" and c.i != c.head
               and c.lemma.lower() not in words["consequence"] and any(
        a.head == c.i and a.dep == "aux" and a.lemma.lower() in words["modal"] for a in tokens)]
    subjects = [t.i for t in tokens if t.head in clauses and t.dep == "nsubj"]
    subjects += [t.i for t in tokens if t.head in subjects and t.dep == "conj"]  # "Kenya and Uganda would"
    codes = [states.get(tokens[j].start) for j in subjects]
    return codes[0] if len(codes) == 1 and codes[0] else None


def person_subject(sentence: Sentence, start: int, name: str) -> int | None:
    """The token of a person's name (starting at article offset `start`) that is a clause's subject."""
    end = start + len(name)
    return next((t.i for t in sentence.tokens if start <= t.start < end and t.dep == "nsubj"), None)
