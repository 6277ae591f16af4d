"""A state's support that names no state is not aimed at the page's other state.

"Maputo welcomed the verification team" (eval/wire22 w22_03), "Lusaka welcomed the Council's decision" (wire33
w33_07), "the minister thanked him" (wire17 w17_02), "the Prime Minister ... supported the steps Sitai had taken"
(wire20 w20_04), "the two countries restored relations in 1956" (wire16 w16_07, both directions), "Ulaanbaatar was
among the first capitals to recognise it" (wire25 w25_05), "decided to recognise the People's Republic" (wire57
w57_04): a welcome, thanks, praise or recognition whose object names no state is of a third party's act, a step at
home or history, and the document counterpart (events/counterpart.py) aimed each at the page's other state.
Counted on the session 36 base over realnews, seeds and wire8–27 and wire33/39/57: 17 SUPPORT rows took their
target from the counterpart with no naming of it, 12 of them false; the 5 that matched are all non-core gold rows
(a commitment restated, a welcome of a release). Every other type is right there 81–98 % of the time.
Only a state's act: a body's support keeps its own rules (events/outsiders.py, events/held_sides.py: "solidarity
with our Ally" names one side, wire35 w35_10), and a counterpart the sentence names as the act's patient, owner or
sender, or a conditioned act, keeps its target.
"""
from __future__ import annotations

from detente.actors.coref import is_state_code
from detente.records import Event

UNAIMED = frozenset({"SUPPORT"})


def unaimed_support(event: Event, named: bool) -> bool:
    """Whether `event` is a state's support the counterpart would aim at the page's other state unnamed."""
    return event.event_type in UNAIMED and not named and is_state_code(event.source.country or "")
