"""The parties of an ultimatum noun told by a relative clause or by "from X to Y".

"The ultimatum Baku issued to Yerevan over the enclaves expires on Sunday", "Ultimatum from Baku to Yerevan:
withdraw troops by Friday" (sent-dev23 0087, 0197, gold THREATEN AZE>ARM): the noun is the threat, but its maker is
the subject of the relative clause on it ("Baku issued") or the object of its "from", and the threatened side the
object of the clause's or the noun's "to"; the coder looked for them on the noun's own verb ("expires") and found no
one. Only nouns listed in cues.tsv `issuednoun` (ultimatum), and only when such a maker is found.
"""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.tree import children
from detente.records import Sentence

SUBJECTS = frozenset({"nsubj"})


def issued_noun_arguments(sentence: Sentence, root: int) -> tuple[list[int], list, str] | None:
    """(source tokens, target options, rule) of an ultimatum noun whose maker a relative clause or "from" names."""
    token = sentence.tokens[root]
    if token.pos != "NOUN" or token.lemma.lower() not in cue_words("issuednoun"):
        return None
    kids = children(sentence, root)
    for clause in (c for c in kids if c.dep == "relcl"):
        makers = [s.i for s in children(sentence, clause.i) if s.dep in SUBJECTS and s.pos == "PROPN"]
        if makers:
            return makers, [(_objects(sentence, clause.i, "to"), "issued-to")], "src=relcl-subject"
    makers = _objects(sentence, root, "from")
    if makers:
        return makers, [(_objects(sentence, root, "to"), "noun-to")], "src=noun-from"
    return None


def _objects(sentence: Sentence, i: int, preposition: str) -> list[int]:
    return [o.i for p in children(sentence, i) if p.dep == "prep" and p.lemma.lower() == preposition
            for o in children(sentence, p.i) if o.dep == "pobj"]
