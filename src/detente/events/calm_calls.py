"""A body of states' call for calm or restraint that names no one is addressed to both sides of the page.

"The alliance called for calm", "the co-chairs call for restraint", "a UN spokesman limited himself to urging
restraint": an outsider to the page's pair (events/outsiders.py) asks both parties to hold back, and the golds code
one REQUEST at each side (realnews s26, NATO at Turkey and Russia; eval/wire15 w15_08, the EAC at Rwanda and
Burundi; wire36 w36_01, the co-chairs at Armenia and Azerbaijan, core). outsiders.py leaves such an act without a
target (it is no more aimed at the most-named side than at the other); the appeal's own noun says it is aimed at
both. Only a body of states: it speaks to its members, both sides; a third state's "urged restraint and dialogue"
(wire30 w30_05, Kuwait on a Bahrain–Iran page) is a stance the gold codes at neither side (two false rows when
third states were read so), and a side's own call for calm (a governor at home) is no appeal to the other.
"""
from __future__ import annotations

from collections import Counter

from detente.actors.coref import is_state_code
from detente.events.lexicon import cue_words
from detente.events.outsiders import PAIR, outside_pair
from detente.events.tree import children
from detente.records import Sentence

APPEALS = frozenset({"REQUEST"})


def calmed_sides(sentence: Sentence, trigger: int, event_type: str, source: str | None,
                 states: Counter[str]) -> tuple[str, ...]:
    """The page's two sides, when the act of `trigger` is an outsider's appeal for calm or restraint (cues.tsv
    `calmnoun` as its object or the object of its "for"); else ()."""
    if event_type not in APPEALS or is_state_code(source or "") or not outside_pair(source, states) \
            or not _appeal(sentence, trigger):
        return ()
    return tuple(code for code, _ in states.most_common() if is_state_code(code))[:PAIR]


def _appeal(sentence: Sentence, trigger: int) -> bool:
    """"called for calm", "urged restraint", "appealed for de-escalation": the trigger's object, or its "for"
    phrase's, is a calm noun."""
    for c in children(sentence, trigger):
        objects = [c] if c.dep == "dobj" else [g for g in children(sentence, c.i) if g.dep == "pobj"] \
            if c.dep == "prep" and c.lemma.lower() == "for" else []
        if any(o.lemma.lower() in cue_words("calmnoun") for o in objects):
            return True
    return False
