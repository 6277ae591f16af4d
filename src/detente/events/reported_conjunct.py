"""A verbal act coordinated with a reported clause instead of with the verb that reports it: the reporter's.

"X said the clash happened after a raid and accused Y of ...": the parser hangs "accused" on "happened" (conj of
the ccomp), so the act climbs to the reported clause's subject. Two signs that the act is the reporter's:
  * that subject is no party (the coder found no state in it: "the clash");
  * the act's own object names that subject again ("Le Drian said that Mali's ruling junta was 'out of
    control' and called the junta illegitimate"; "the minister said the Ugandan government was corrupt and
    accused the government of arming rebels"): a clause's subject named by its own verb's object would be
    "itself", so the repeated noun is someone else's object, the reporter's. realnews s24 coded Le Drian's
    words as Mali's accusation of France (the junta accusing itself, its target swapped for the page's other
    state), and the scorer gave that row Mali's grounds for the expulsion.
"""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.roles import source_tokens
from detente.events.tree import children
from detente.records import Sentence

OBJECTS = ("dobj", "oprd")  # "accused the government", "called the junta illegitimate"
NAMING = ("compound", "nsubj", "amod", "appos")  # the noun inside "the junta illegitimate" (oprd)


def reporter_of_conjunct(sentence: Sentence, i: int) -> list[int]:
    """The subject tokens of the verb that reports the clause a conj trigger hangs on ("said"), or []."""
    token = sentence.tokens[i]
    head = sentence.tokens[token.head]
    if token.dep != "conj" or head.dep != "ccomp" or head.head == head.i:
        return []
    reporter = sentence.tokens[head.head]
    if reporter.lemma.lower() not in cue_words("report"):
        return []
    return source_tokens(sentence, reporter.i)[0]


def names_own_subject(sentence: Sentence, i: int) -> bool:
    """Whether a conj trigger's object repeats the head noun of the subject of the clause it hangs on."""
    token = sentence.tokens[i]
    if token.dep != "conj":
        return False
    subjects = {c.lemma.lower() for c in children(sentence, token.head) if c.dep == "nsubj" and c.pos == "NOUN"}
    return bool(subjects) and bool(subjects & _object_nouns(sentence, i))


def _object_nouns(sentence: Sentence, i: int) -> set[str]:
    """The lemmas of the trigger's object nouns and of the nouns naming them ("the junta illegitimate")."""
    objects = [c for c in children(sentence, i) if c.dep in OBJECTS]
    named = [n for o in objects for n in children(sentence, o.i) if n.dep in NAMING]
    return {t.lemma.lower() for t in objects + named if t.pos == "NOUN"}
