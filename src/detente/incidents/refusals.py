"""What a refusal refuses, and one incident's refusals of different asks split apart.

A state that denies an act often refuses, in the same days and to the same state, what it was asked for: "there will
be no compensation for an act our army did not commit", "ruled out paying compensation" beside "Kinshasa rejects
Lusaka's version" (eval/wire4 w4_03: gold cd_refuse_compensation apart from cd_denial); "there would be no apology"
beside a minister "brushing off" a protest (eval/wire51 w51_01: gold s1-no-apology apart). All are REJECT of one pair
and day, so group.py's date groups join them. A refusal is an answer to a request, and the requests of one incident
that ask for different things are different requests (asks.by_ask): so are the refusals of them. The kind is read as
for a request (data/request_objects.tsv), from the trigger on, the trigger included: the refused thing is often the
trigger itself ("no compensation", "no apology"), and only redress (asks.REDRESS: compensation, an apology), cut at
"until" or "unless" (a condition). Refusals naming no kind (denials, rejected charges) stay together. Session 35:
incident F1 up on wire16, wire17, wire21, wire25, wire26, wire30, wire41, wire51, down on wire4 and wire22 (the
scorer's row order: the split refusal rows are labelled as the denial) and wire14 (a refusal of the same money told
without naming it: "said the ministry had nothing to compensate" beside "denied that his men had fired"); with every
kind refused (a release, a hand-over), 10 sets up and 13 down: left off. Session 36: a refusal of "the request" that
names nothing ("turned the request down flat", asks.THE_ASK) answers what the incident's one named refusal refuses
(eval/wire30 w30_03, gold s1-compensation-refuse: it stayed with the draft's refusal; wire30 .819 -> .827, 9 reports
over 53 sets read so, no other set moved).
"""
from __future__ import annotations

from detente.incidents.asks import THE_ASK, named_by
from detente.records import Report

REFUSAL = "REJECT"  # Report.asks of a refusal: asks.asks_of


def by_refusal(group: list[Report]) -> list[list[Report]]:
    """The refusals of a group that name a kind (Report.asks), one part per kind, apart from the group's other
    reports (denials, rejected charges, and the charge an answer joined: same_act.one_reply_links); the group
    itself when it holds one kind alone or none. A bare "turned the request down" (asks.THE_ASK) goes with the
    one kind the group refuses, else with the rest."""
    refusals = {r.event_id for r in group if r.event_type == REFUSAL and r.asks}
    named = named_by([r for r in group if r.event_id in refusals and r.asks != THE_ASK], lambda r: r.asks)
    if len(named) == 1:
        next(iter(named.values())).extend(r for r in group if r.event_id in refusals and r.asks == THE_ASK)
    kept = {r.event_id for part in named.values() for r in part}
    rest = [r for r in group if r.event_id not in kept]
    if not named or (len(named) == 1 and not rest):
        return [group]
    return [*named.values(), *([rest] if rest else [])]
