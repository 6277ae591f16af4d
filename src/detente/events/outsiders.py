"""An act by someone outside the page's pair has no "other state" to be aimed at.

The target fallback of events/counterpart.py gives an act whose sentence names no target the state "other than
the source" that the page is about. That reading presupposes the source is one side of the page's pair: on a
page about two states, each one's unaimed act is aimed at the other. A body of states (the UN, the EU, a regional
body) or a third state is neither side: its "other state" is only whichever of the two the page names more, and
its unaimed act is mostly aimed at both sides, at the process, or at nobody: a body welcoming a release,
offering to help, sending observers to the border, paying for joint patrols (eval/wire19 w19_01, wire20 w20_03,
wire21 w21_08, wire23 w23_03, wire24 w24_02, wire25 w25_03 and w25_11: each coded at the page's most-named state,
no gold row), a third state raising an export duty (wire25 w25_07).
"""
from __future__ import annotations

from collections import Counter

from detente.actors.coref import is_state_code
from detente.events.held_sides import names_held_side
from detente.events.judged_steps import unowned_step
from detente.events.tree import children
from detente.records import Sentence

PAIR = 2  # the page's sides: its two most-named states
# Material help and penalties land on a state whoever gives them: a body's money or sanctions on a two-state page
# go to the state the page is about ("the EU promised PHARE money for the stations": eval/wire8 w8_15, AID EUR→ROU).
LANDING_TYPES = frozenset({"AID", "SANCTION"})


def outsider_act(sentence: Sentence, trigger: int, event_type: str, source: str | None, states: Counter[str]) -> bool:
    """Whether the act of `trigger` is an outsider's with no other state to aim at: its source is outside the
    page's pair and it judges no unowned step ("was deeply disappointed by the decision": the decision is the
    page's news, made by the state the page is about; realnews s18, the UN on Russia's exit from a deal)."""
    return event_type not in LANDING_TYPES and outside_pair(source, states) and not judges_step(sentence, trigger) \
        and not names_held_side(sentence, trigger, event_type)  # "urged the release", "our Ally" (held_sides.py)


def judges_step(sentence: Sentence, trigger: int) -> bool:
    """"welcomed the move", "disappointed by the decision": the trigger's object, or the object of one of its
    prepositions, is an unowned step noun (cues.tsv stepnoun; events/judged_steps.py)."""
    for c in children(sentence, trigger):
        objects = [c] if c.dep == "dobj" else children(sentence, c.i) if c.dep in ("prep", "agent") else []
        if any(o.dep in ("dobj", "pobj") and unowned_step(sentence, o.i) for o in objects):
            return True
    return False


def outside_pair(source: str | None, states: Counter[str]) -> bool:
    """Whether `source` (a state or a body) is named less often than the page's second most-named state: neither
    side of the pair. A body that is itself a side (the EU on a page about the EU and Russia) is named as often as
    one; a page naming one state only has no pair and keeps the fallback."""
    if not source:
        return False
    sides = [n for code, n in states.most_common() if is_state_code(code)][:PAIR]
    return len(sides) == PAIR and states.get(source, 0) < sides[-1]
