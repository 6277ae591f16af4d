"""A state's act on its own forces: "The State Border Service ordered its two ships back to Baku", "Azerbaijan's
border service said it had sent two more patrol ships to Astara". Sent out or called back (MOBILIZE, RETREAT),
forces are moved by their own state: the object names the doer's own side, not whom the act is aimed at.

Taken as the target, such an object made the doer look like a home organ acting on its own state, and
coder._other_home turned the doer into the page's other state (whoacts10 left it: wire26's "ordered its two
reinforcement ships back to Baku" became RETREAT IRN AZE, the reverse of the act). With the object dropped,
the story's counterpart stands in as the target (events/counterpart.py), as for a threat's own act
(arguments.own_threatened_act). Released people are not forces (events/released.py): "freed its soldiers"
stays the holder's act on the other state.
"""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.parties import FORCE_MOVES, FORCE_SECTORS, listed_object
from detente.events.nesting import Candidate
from detente.records import Actor, Sentence


def own_forces_moved(sentence: Sentence, candidate: Candidate, targets: list[Actor], how: str,
                     own: set[str | None]) -> bool:
    """Whether the act's object is only the doer's own forces, moved or called back by their state."""
    entry = candidate.hit.entry
    if entry.event_type not in FORCE_MOVES or how != "object" or entry.lemma in cue_words("freeing"):
        return False
    forces = [t for t in targets if t.country]
    if not forces or not all(t.country in own for t in forces):
        return False
    return all(t.sector in FORCE_SECTORS for t in forces) or listed_object(entry, sentence, candidate.hit.token)
