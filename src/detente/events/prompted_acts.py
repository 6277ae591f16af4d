"""An act told as what another act prompted: "Russia expelled two diplomats, prompting Norway to recall its
ambassador" tells the recall as done, by the prompted state, not as background to the expulsion.

coder.subordinate drops triggers inside adverbial clauses (a condition or a setting of the main event); the
trailing participle ", prompting X to ..." is parsed as such a clause (advcl), so the answer it tells went
uncoded. Evidence (each a core event of its gold): sent-dev13 "..., prompting Warsaw to send more troops to the
border"; the same wording on sent-dev11/12 and the page sets ("prompting Mexico to break off relations",
"prompting Japan to dispatch a patrol aircraft", "prompting Prague to summon the Chinese ambassador").
Only a bare participle of a verb of causing (cues.tsv `causing`) with a named object and that object's
to-infinitive: the object is the infinitive's doer, read as for "urged X to ..." (object control).
A finite "which prompted X to ..." or "prompting fears of ..." is left alone.
"""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.tree import children
from detente.records import Sentence

OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "mark", "aux", "auxpass"})


def prompted_act(sentence: Sentence, i: int) -> bool:
    """Token i is the to-infinitive of a trailing bare participle of causing with an object of its own
    ("..., prompting Oslo to summon the ambassador"), the participle an adverbial clause after the main verb."""
    act = sentence.tokens[i]
    if act.dep != "xcomp" or act.head == i or act.tag != "VB":
        return False
    verb = sentence.tokens[act.head]
    if verb.dep != "advcl" or verb.tag != "VBG" or verb.lemma.lower() not in cue_words("causing"):
        return False
    kids = children(sentence, verb.i)
    return verb.head < verb.i and any(c.dep == "dobj" and c.i < act.i for c in kids) \
        and not any(c.dep in OWN_CLAUSE_DEPS for c in kids)
