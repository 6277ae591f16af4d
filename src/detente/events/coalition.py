"""A coalition's joint act aimed at an outside state is no agreement among its members.

"Saudi Arabia, the United Arab Emirates, Bahrain and Egypt agreed to give Qatar 48 more hours" (wire38 w38_03):
the coder's `parties-agree-with-each-other` reading made AGREE between each two of the four, six false positives
on that page alone, while the gold codes the one act done to Qatar. Two parties that agree on a further act
("Chile and Peru agreed to ask Norway for a meeting", tests/events/test_events_parties.py) still agree with each
other: a bilateral agreement is the news. Three or more listed states that jointly act on a fourth are a bloc
taking a decision about its adversary or client; pairing every member with every other one tells nothing the
page says. A deal *signed by* several parties is not touched: signing is no nested act (ANNOTATION.md: signing
is AGREE between the signers).
"""
from __future__ import annotations

from collections.abc import Iterable

from detente.actors.coref import is_state_code
from detente.records import Actor

COALITION_SIZE = 3  # two parties agreeing on a further act do agree with each other (test_events_parties.py)


def bloc_acts_on_outsider(own: set[str], targets: Iterable[Actor]) -> bool:
    """Whether at least three party states agreed on an act whose own target is another state."""
    if len(own) < COALITION_SIZE:
        return False
    return any(t.country and t.country not in own and is_state_code(t.country) for t in targets)
