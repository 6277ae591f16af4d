"""Who asked for what a state refuses: "would not withdraw the allegation as Gaborone had demanded".

A clause of manner opened by "as" whose verb is one of asking (cues.tsv `demander`: demand, ask, request, insist ...)
names the party that wanted the act, not a third state the act is about. Left in the act's clause it stopped the
refusal from being aimed at the story's other state (eval/wire53 w53_02: the refusal to retract had no target);
taken out, that state, which is the one that demanded, is the counterpart as usual.
"""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.tree import children, subtree
from detente.records import Sentence


def without_demanders(sentence: Sentence, clause: set[int]) -> set[int]:
    """The clause without an "as X (had) demanded" clause of manner on one of its verbs."""
    asking = cue_words("demander")
    drop: set[int] = set()
    for i in clause:
        token = sentence.tokens[i]
        if token.dep == "advcl" and token.lemma.lower() in asking and any(
                c.dep == "mark" and c.text.lower() == "as" for c in children(sentence, i)):
            drop |= subtree(sentence, i)
    return clause - drop
