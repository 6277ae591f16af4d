"""A group addressed by one of its own supposed members: "Kiala urged both governments to stop the attacks".

"Both governments", "the two countries", "both sides" are read in the actors stage as the page's two most named
states (coref.leading_pair), without knowing who speaks to them. On a page where a mediator is named as often as
the parties, the mediator is one of those two: Angola's minister urging "both governments" was read as urging
Angola and Uganda, and the event with Angola as its own target was dropped, so Rwanda, the other party, was lost
(wire37, a story with two mediators named as often as the two parties). Nobody urges, asks or thanks a group
that includes himself for an act he does not share, so when the source's own state is one of the group's
members, it gives its place to the page's next most named state that is in neither the group nor the source.
The third state must be named at least twice and at least half as often as the member that stays, so that
a passing mention of a bystander is not made an addressee.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from detente.actors.coref import is_state_code
from detente.records import Actor

MEMBER = "member of group "  # how events.role_actors.actors_at marks each member of an expanded group


def without_own_member(targets: list[Actor], sources: list[Actor], states: Counter[str] | None) -> list[Actor]:
    """The targets, with the source's own state in an expanded group replaced by the page's third state."""
    own = {a.country for a in sources if a.country}
    members = [t for t in targets if MEMBER in t.resolution]
    if not own or not states or len(members) < 2 or not any(t.country in own for t in members):
        return targets
    staying = [t.country for t in members if t.country not in own]
    third = _third_state(states, {t.country for t in members} | own, staying)
    if third is None:
        return targets
    return [replace(t, country=third, resolution=f"{t.resolution}; the source's own state {t.country} in the "
                    f"group replaced by the page's next most named state {third}")
            if t in members and t.country in own else t for t in targets]


def _third_state(states: Counter[str], taken: set[str | None], staying: list[str | None]) -> str | None:
    """The page's most named state outside `taken`, when named at least twice and at least half as often as
    the group's member that stays."""
    floor = max([2] + [(states.get(code, 0) + 1) // 2 for code in staying if code])
    return next((code for code, n in states.most_common() if code not in taken and is_state_code(code)
                 and n >= floor), None)
