"""Who took forces back: "The sixty Kenyan soldiers sent to the border were withdrawn on Wednesday." An agentless
passive of pulling a state's forces back names no doer, and the forces' state was read as the act's target; the
state whose forces they are withdrew them (PLOVER RETREAT), as a state's forces moved to a border were moved by it
(events/parties.py moved_forces). Only verbs of taking forces back (cues.tsv `pullback`): forces "released" or
"handed back" were let go by whoever held them (events/released.py).

eval/wire22 (written blind in session 20): "the sixty PNG soldiers flown to Vanimo were withdrawn" was coded with
no doer and Papua New Guinea as its target; eval/wire20 had "police boats sent to the islands were recalled".
"""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.records import Actor

FORCE_SECTORS = frozenset({"MIL", "COP"})  # an army's or a police force's units


def withdrawn_forces(event_type: str, lemma: str, t_how: str, targets: list[Actor]) -> bool:
    """Whether an agentless RETREAT's targets are the state's own forces it took back: a verb of pulling back,
    the forces its object, every one of them a military or police force of a state."""
    forces = [t for t in targets if t.country]
    return event_type == "RETREAT" and lemma.lower() in cue_words("pullback") and t_how == "object" \
        and bool(forces) and all(t.sector in FORCE_SECTORS for t in forces)
