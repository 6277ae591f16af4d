"""Whom a denial answers when it names only "the claim": "The Tajik foreign ministry said Kyrgyz forces had shelled
homes in Isfara, and Bishkek denied the claim" (sent-dev18 0212). The object noun names no party, so the denial had
no target; the claim is the one the sentence reports, and its maker (the subject of the verb of saying or
accusing) is the party the denial rejects, as the golds code an accusation and its denial each way."""
from __future__ import annotations

from detente.events.phrases import with_conjuncts
from detente.events.triggers import children
from detente.records import Sentence

CLAIM_NOUNS = frozenset({"claim", "charge", "accusation", "allegation", "assertion"})
CLAIMING = frozenset({"say", "accuse", "allege", "claim", "charge", "assert"})


def claim_makers(sentence: Sentence, i: int, sources: list[int]) -> list[int]:
    """The subject of a verb of claiming before the denial at i, when the denial has "the claim" for its object
    ("X rejected the charge, the minister said" names no claimant: the saying comes after)."""
    if not any(c.dep == "dobj" and c.lemma.lower() in CLAIM_NOUNS and _bare(sentence, c.i) for c in children(sentence, i)):
        return []
    makers = [c.i for t in sentence.tokens[:i] if t.pos == "VERB" and t.lemma.lower() in CLAIMING
              for c in children(sentence, t.i) if c.dep == "nsubj" and c.i not in sources]
    return with_conjuncts(sentence, makers[0]) if makers else []


def _bare(sentence: Sentence, i: int) -> bool:
    """"the claim", "the charges": no owner of its own ("Russia's claim", "the claim by X" name their maker)."""
    return not any(c.dep in ("poss", "prep", "compound", "amod", "acl", "relcl") for c in children(sentence, i))
