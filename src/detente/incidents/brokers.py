"""Which of a broker's groups with one party of a deal are one mediation (group.broker_links calls this).

group.broker_links joins a third state's talks and signature with one party of its story's main deal when the
months they state fit the deal's. A deal retold over months states several (the July roadmap, and November's
"had never signed the Luanda document"), and each of the broker's groups then fitted one of them: eval/wire41's
Angolan mediation "in July" and Angola's round of calls of 27 November (a stated day) were one incident, two in
the gold (s2-luanda-roadmap, s2-angola-calls). A mediation is one month's work: groups whose months share none are
two. A group stating no month is placed by the month its page dates it in (the calls were told "on Sunday" on a page
of 28 November, which group.stated does not count; stated months alone kept the two joined).

One pass over the members, keyed by the months each states: linear.
"""
from __future__ import annotations

from collections.abc import Iterable

from detente.records import Report


def one_mediation_links(groups: list[list[Report]], members: list[int]) -> Iterable[tuple[int, int]]:
    """(first, other) for the members (positions in `groups`, one broker and one partner) that state a month in
    common with the first member stating that month; the members stating none go with the first member stating
    one (with the first member of all when none does), so they bridge no two months."""
    first_of_month: dict[str, int] = {}
    dated = [(j, months) for j in members if (months := _months(groups[j]))]
    for j, months in dated:
        host = next((first_of_month[m] for m in sorted(months) if m in first_of_month), j)
        for m in months:
            first_of_month.setdefault(m, host)
        if host != j:
            yield host, j
    anchor = dated[0][0] if dated else (members[0] if members else None)
    yield from ((anchor, j) for j in members if j != anchor and not _months(groups[j]))


def _months(group: list[Report]) -> set[str]:
    """The months the group's reports state (group.stated); for a group stating none, the months its reports
    are dated in by their page (a publication date, a lead's or the story's day: near the act, group.py)."""
    from detente.incidents.group import stated  # group.py imports this module
    said = {d[:7] for r in group if (d := stated(r))}
    return said or {r.date[:7] for r in group if r.date and len(r.date) >= len("YYYY-MM")}
