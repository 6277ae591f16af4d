"""An answer "in kind" (triggers.tsv respond / answer / reply / retaliate with "in kind") returns the other side's own
act, so it is aimed at that side by its wording, even when refused: "Uwimana said Rwanda would not respond in kind"
(wire41 w41_06, core SANCTION RWA→COD negated; wire47's "would not respond in kind", MEX→PER negated). The story's
counterpart (events/counterpart.py) leaves negated acts without a target, since a refusal rarely has one addressee
("would not accept lectures from abroad"); a refused answer in kind has one, the state whose act it would answer.
"""
from __future__ import annotations

from detente.events.tree import children
from detente.records import Sentence

KIND = "kind"


def in_kind(sentence: Sentence, trigger: int) -> bool:
    """Whether the trigger verb carries "in kind" ("responded in kind")."""
    return any(c.dep == "prep" and c.lemma.lower() == "in" and any(
        g.dep == "pobj" and g.lemma.lower() == KIND for g in children(sentence, c.i))
        for c in children(sentence, trigger))
