"""Mediators are no parties: a state the page names as broker of talks or a deal between two other states.

The document counterpart (events/counterpart.py) is the state other than an act's doer that the page names
most, clearly ahead of any third. On a page about two states' dispute told from the mediator's capital, the
mediator is named nearly as often as the other side, and the counterpart was lost: on eval/wire31's Doha page
(Qatar named 9 times, Eritrea 8, Djibouti 7) "Djibouti has asked for it back" had no target.

Session 24's counterpart helper read "mediator" off any broker phrase and zeroed the state for every act; each
form cost a held-out set (docs/quality.md). This one is narrower. A state is a mediator only when the mediation
pass (events/mediation.py) coded it as the broker of talks or a deal whose two sides are other states: the broker
word (brokered, mediated, hosted, under the auspices of ...) is linked in the parse to the sides' own event or
names them itself ("mediating between A and B"), so the page has its CONSULT with each side. Both sides must be
named at least twice on the page. Only the acts of those two sides then skip the mediator when their
counterpart is chosen; a third state's act and every other use of the page's counts are left as they were (a
China-brokered Saudi-Iran page gave "the US slowly withdrawing from the Middle East" Iran as target when China
was zeroed for everyone; realnews). The mediator's mentions in an act's clause still block the fallback (allowing
them cost held-out wire3 precision in session 24).

On the Doha page itself nothing qualifies: its body ties Qatar to the swap only by "an exchange arranged by
Qatar" ('arrange' is no broker word) and "Qatar's mediation" (no sides), and its headline "Doha brokers
Djibouti-Eritrea swap" holds no trigger, so the prefilter leaves it unparsed. On the development sets the rule
fires on two realnews pages and one wire15 page, and changes no scored event there.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from detente.actors.coref import is_state_code
from detente.records import Event

BROKER_RULE = "mediation:"  # the rule of a broker's CONSULT with a side (events/mediation.py _consult)
SIDE_NAMED = 2  # as counterpart.MIN_NAMED: each side is named at least twice


@dataclass(frozen=True, slots=True)
class Mediation:
    mediator: str  # the broker state
    sides: frozenset[str]  # the two (or more) states whose talks or deal it brokered


def mediations(events: Iterable[Event], states: Mapping[str, int]) -> tuple[Mediation, ...]:
    """The page's mediators: states coded as brokers with at least two other states, each named twice."""
    sides: dict[str, set[str]] = defaultdict(set)
    for e in events:
        if e.rule.startswith(BROKER_RULE) and " src=broker" in e.rule and e.target is not None \
                and is_state_code(e.source.country or "") and is_state_code(e.target.country or ""):
            sides[e.source.country].add(e.target.country)
    out = []
    for mediator, parties in sorted(sides.items()):
        named = frozenset(p for p in parties if p != mediator and states.get(p, 0) >= SIDE_NAMED)
        if len(named) >= 2:
            out.append(Mediation(mediator, named))
    return tuple(out)


def without_mediators(states: Counter[str], found: tuple[Mediation, ...], source: str | None) -> Counter[str]:
    """The page's counts as the act of `source` should read them when choosing its counterpart: without each
    mediator of talks `source` was a side of. Any other doer reads them unchanged."""
    skipped = {m.mediator for m in found if source in m.sides}
    if not skipped:
        return states
    return Counter({code: n for code, n in states.items() if code not in skipped})

