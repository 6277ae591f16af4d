"""An outsider's act whose object is one side of the page's pair: a call for "the release", solidarity with "our Ally".

events/outsiders.py takes the page's "other state" from an act by a body of states or a third state whose sentence
names no target: such an act is mostly aimed at both sides or at nobody. Two objects name one side without a
country's name, and the fallback's state is then the side meant (precision34's section, the rows it gave up):
- a request for a side's act on people or things it holds ("urged the release of the two men", "called for the
  return of the boats"): the request is addressed to whoever holds them, the state the page is about (eval/wire34
  w34_01, gold REQUEST EUR→RUS). Only a request: a welcome of a release already made judges an act the golds code
  at either side or not at all (wire15 w15_11 coded, wire23 w23_03 not), so it stays without a target;
- a member a body calls by its role ("in solidarity with our Ally", eval/wire35 w35_10, gold SUPPORT NATO→POL).
"""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.tree import children
from detente.records import Sentence

OWNERS = frozenset({"poss"})


def names_held_side(sentence: Sentence, trigger: int, event_type: str) -> bool:
    """Whether the trigger's object, or a preposition's object, names one side of the pair: a requested side's act
    on what it holds ("the release"), or a member called by its role ("our Ally")."""
    for o in _objects(sentence, trigger):
        if event_type == "REQUEST" and _held_act(sentence, o):
            return True
        if event_type == "SUPPORT" and o.lemma.lower() in cue_words("allyrole") and any(
                k.dep in OWNERS for k in children(sentence, o.i)):
            return True
    return False


def _objects(sentence: Sentence, trigger: int) -> list:
    """The trigger's direct objects and the objects of its prepositions, and of a noun object's prepositions
    ("stood in solidarity with our Ally": stood → in → solidarity → with → Ally)."""
    out, frontier = [], [trigger]
    for _ in range(3):
        nxt = []
        for i in frontier:
            for c in children(sentence, i):
                if c.dep in ("dobj", "pobj"):
                    out.append(c)
                    nxt.append(c.i)
                elif c.dep == "prep":
                    nxt.append(c.i)
        frontier = nxt
    return out


def _held_act(sentence: Sentence, token) -> bool:
    """"the release (of the two men)", "the immediate return of the boats": a held-people act noun with no doer of
    its own ("Russia's release of ...", "the release by Moscow": named, and left to the other rules)."""
    if token.lemma.lower() not in cue_words("heldact"):
        return False
    return not any(k.dep in OWNERS or k.dep in ("prep", "agent") and k.lemma.lower() == "by"
                   for k in children(sentence, token.i))
