"""A complaint that judges "the decision" or "the move" without naming whose it is: aimed at the story's other state.

"The ministry said the decision grossly undermines China's sovereignty" (wire38 w38_09, core ACCUSE CHN→LTU):
the complaint's that-clause names only the speaker's own state, as what the step harms, so counterpart.py's
`stated` exclusion ("X complained that its exports were held up": a complaint aimed at nobody named) kept the
story's other state from it. A that-clause whose subject is a bare step noun (cues.tsv `stepnoun`: decision,
move, step, measure, action), with a definite or demonstrative determiner and no owner of its own, judges a
step somebody else took; on a two-state page that is the other state. A step noun with an owner ("Lithuania's
decision", "the move by Vilnius") names its state and is left to the ordinary rules, and the speaker's own
step ("our decision") is not one.
"""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.tree import children, subtree
from detente.records import Mention, Sentence

DETERMINERS = frozenset({"the", "this", "that", "such"})
OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})


def judged_step(sentence: Sentence, trigger: int) -> bool:
    """Whether a complement of the trigger has for subject an unowned step noun ("said the move undermines ...")."""
    return any(c.dep == "ccomp" and any(unowned_step(sentence, s.i) for s in children(sentence, c.i)
                                        if s.dep == "nsubj")
               for c in children(sentence, trigger))


def unowned_step(sentence: Sentence, i: int) -> bool:
    """"the decision", "this move": a step noun with a definite determiner, no owner and no "by" or "of" phrase."""
    token = sentence.tokens[i]
    if token.lemma.lower() not in cue_words("stepnoun"):
        return False
    kids = children(sentence, i)
    return any(k.dep == "det" and k.lemma.lower() in DETERMINERS for k in kids) and not any(
        k.dep in OWNER_DEPS and k.pos in ("PROPN", "PRON") or k.dep == "poss"
        or k.dep == "prep" and k.lemma.lower() in ("by", "of") for k in kids)


def charged_beside(sentence: Sentence, trigger: int, mentions: list[Mention], code: str | None) -> bool:
    """Whether the other state `code` is named in the complaint only as the subject of a second that-clause
    coordinated with the judged step's ("said the decision 'grossly undermines China's sovereignty' and that
    Lithuania had broken the political commitment", wire38 w38_09; "its" there resolves to Lithuania too): charged
    with the same step there, it is the complaint's addressee, and its mention no longer keeps the story's counterpart
    from the complaint. Only what is said counts: "in a statement on its website" tells where, and its "its" was
    read as Lithuania's on the page (a coreference slip the complement does not share)."""
    if code is None or not judged_step(sentence, trigger):
        return False
    complements = [c.i for c in children(sentence, trigger) if c.dep == "ccomp"]
    said = {i for c in complements for i in subtree(sentence, c)}
    heads = {m.head for m in mentions if m.country == code and m.head in said}
    charges = [k.i for c in complements for k in children(sentence, c)
               if k.dep == "conj" and k.pos in ("VERB", "AUX")
               and any(s.dep == "nsubj" and s.i in heads for s in children(sentence, k.i))]
    return bool(heads) and heads <= {i for k in charges for i in subtree(sentence, k)}
