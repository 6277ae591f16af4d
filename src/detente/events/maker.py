"""Who made an offer, proposal or request told with a participle: "the offers of assistance made by Malaysia and
Singapore", "a proposal put forward by Chile".

Why: an argument's actor is read inside its noun phrase, and a participle clause (acl) is not part of the phrase
(a relative or participle clause usually tells something else: "the soldiers who had crossed the border"). But
a participle of making with a "by" agent names the maker of the thing, exactly as "an offer from X" or "X's
offer" does. eval/wire31 (written blind, session 24): "would accept the offers of assistance made by Malaysia,
Singapore, Russia and Japan" had no target, so the acceptance of each state's offer was lost.
"""
from __future__ import annotations

from detente.events.phrases import with_conjuncts
from detente.events.tree import children
from detente.records import Mention, Sentence

# Participles that make the head noun the agent's thing ("made", "put forward", "extended", "tabled").
MAKING = frozenset({"make", "put", "extend", "submit", "table", "present", "advance", "lodge", "issue", "file"})
DEPTH = 2  # the participle may hang on the noun or on its of-phrase ("offers of assistance made by X")


def _participles(sentence: Sentence, i: int) -> list[int]:
    found, frontier = [], [i]
    for _ in range(DEPTH + 1):
        kids = [c for j in frontier for c in children(sentence, j)]
        found += [c.i for c in kids if c.dep == "acl" and c.tag == "VBN" and c.lemma.lower() in MAKING]
        frontier = [p.i for c in kids if c.dep == "prep" and c.lemma.lower() == "of"
                    for p in children(sentence, c.i) if p.dep == "pobj"]
    return found


def makers(sentence: Sentence, i: int, mentions: list[Mention]) -> list[Mention]:
    """The state mentions named as the "by" agent of a participle of making on noun i, each conjunct its own."""
    for v in _participles(sentence, i):
        for agent in (c for c in children(sentence, v) if c.dep == "agent"):
            heads = [p.i for p in children(sentence, agent.i) if p.dep == "pobj"]
            found = [m for h in heads for j in with_conjuncts(sentence, h)
                     for m in mentions if m.first <= j <= m.last and m.country]
            if found:
                return found
    return []
