"""Whose is a warning or a refusal told with the measure or the work itself as subject, behind "said": "said that
if The Hague did not apologise, 'further steps will follow'" (wire44 w44_02, gold THREATEN TUR>NLD), "repeated
that the gate was being built inside Pakistan and said the work would not stop" (wire48 w48_02, gold REJECT
PAK>AFG). The subject (cues.tsv `undertaking`: steps, measures, consequences, the work, the construction) is no
party, so the act was dropped for want of a state source; the state that says the measure will come, or that its
own work will go on against the other's demand, is its doer. Only a warning (a THREATEN trigger) or a refusal under
a committing modal ("would not stop": events/refusals.py), and only in the complement of a verb of saying (cues.tsv
`report`): "the fighting will not stop" or "said the work stopped" keep their reading."""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.none_coming import none_sayer
from detente.events.refusals import committed_refusal
from detente.events.tree import children
from detente.events.triggers import match_token
from detente.events.verdict_sayer import verdict_sayer
from detente.records import Sentence, Token

SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def sayer_of(sentence: Sentence, token: Token) -> int | None:
    """The verb of saying whose subject does `token`: a verdict's (events/verdict_sayer.py), a measure's, or
    an act that will not come (events/none_coming.py)."""
    sayer = verdict_sayer(sentence, token)
    sayer = sayer if sayer is not None else none_sayer(sentence, token)
    return sayer if sayer is not None else measure_sayer(sentence, token)


def measure_sayer(sentence: Sentence, token: Token) -> int | None:
    """The verb of saying whose subject does the act `token` tells with a measure or work as its subject."""
    if token.dep != "ccomp" or token.head == token.i or not _measure_subject(sentence, token):
        return None
    if not (_warning(sentence, token) or committed_refusal(sentence, token)):
        return None
    sayer = sentence.tokens[token.head]
    return sayer.i if sayer.lemma.lower() in cue_words("report") else None


def _measure_subject(sentence: Sentence, token: Token) -> bool:
    subjects = [c for c in children(sentence, token.i) if c.dep in SUBJECTS]
    asked = set(cue_words("askednoun")) if token.dep == "ccomp" and _passive(sentence, token) else set()
    words = set(cue_words("undertaking")) | asked
    return bool(subjects) and all(s.lemma.lower() in words for s in subjects)


def _passive(sentence: Sentence, token: Token) -> bool:
    """A passive refusal of what was asked: "said the request for passage cannot be met" (wire9 w9_10, gold REJECT
    LTU>RUS: the request is no party, so the refusal went uncoded); the sayer is the one who will not grant it."""
    return any(c.dep == "auxpass" for c in children(sentence, token.i))


def _warning(sentence: Sentence, token: Token) -> bool:
    """A verb of a warning told as future: "steps will follow"."""
    entry = match_token(sentence, token)
    modals = cue_words("modal")
    return entry is not None and entry.event_type == "THREATEN" and any(
        c.dep == "aux" and modals.get(c.text.lower()) == "intent" for c in children(sentence, token.i))
