"""Which stories can share an incident: the stage runs over slices of the corpus that cannot, not all of it.

group.py compares two reports only when they share a story (their date groups and every link but one are
keyed by `story_id or doc_id`, or by a document, which is in one story), except `same_day_links`: date
groups of one block (event type and country pair, group.block_key) pinned to one stated day, or days
DAY_TOLERANCE apart, whatever their stories. So two stories can share an incident only through a chain of
such stated (block, day) keys, and the stories joined by those keys (`story_slices`) cannot share one with
any other. Grouping such a set of stories alone gives the groups the whole corpus gives them: group.py's
choices depend only on the relative order of the reports (by event id) of the stories concerned.

A report's day counts here when it might be stated (`may_pin`): asserted, from its sentence, to the day.
That is more than group.stated keeps (it also drops "since ...", a page's own date line): more stories
joined than need be, never fewer. Session 14, issue #13: at 50,000 `make_corpus.py` documents (819,985
events, 45,889 stories) the stage held every report and its group at once (1,452 MB alone); those stories
make 44,608 such sets, the largest of 1,599 events (docs/scaling.md).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from detente.incidents.group import DAY_TOLERANCE
from detente.incidents.types import direction_free

# (story key, event type, source country, target country, day): a day a report of that story may state
DayKey = tuple[str, str, str | None, str | None, str]


def may_pin(status: str | None, date_source: str | None, date: str | None) -> bool:
    """Whether group.stated could give this report's date as a day (what same_day_links keys on)."""
    return status == "asserted" and date_source == "sentence" and len(date or "") == len("YYYY-MM-DD")


def story_slices(days: Iterable[DayKey], sizes: Iterable[tuple[str, int]], events: int) -> list[list[str]]:
    """The story keys of `sizes` (story key, its events) in slices no two of which can share an incident,
    each of at most `events` events (more only when the stories joined by their days alone hold more);
    sets of stories in the order of their smallest key, each story key once."""
    parent: dict[str, str] = {}
    first: dict[tuple[str, str, str, int], str] = {}  # the first story seen at each (block, day)
    for story, event_type, source, target, day in days:
        a, b = source or "", target or ""
        if direction_free(event_type) and a > b:
            a, b = b, a
        ordinal = dt.date.fromisoformat(day).toordinal()
        for near in range(ordinal - DAY_TOLERANCE, ordinal + DAY_TOLERANCE + 1):
            other = first.get((event_type, a, b, near))
            if other is not None:
                _union(parent, story, other)
        first.setdefault((event_type, a, b, ordinal), story)
    return _packed(parent, sizes, events)


def _packed(parent: dict[str, str], sizes: Iterable[tuple[str, int]], events: int) -> list[list[str]]:
    """Whole sets of joined stories, packed in order into slices of at most `events` events."""
    members: dict[str, list[str]] = {}
    held: dict[str, int] = {}
    for story, n in sorted(sizes):
        root = _find(parent, story)
        members.setdefault(root, []).append(story)
        held[root] = held.get(root, 0) + n
    slices: list[list[str]] = []
    count = 0
    for root in sorted(members):
        if not slices or (count and count + held[root] > events):
            slices.append([])
            count = 0
        slices[-1].extend(members[root])
        count += held[root]
    return slices


def _union(parent: dict[str, str], a: str, b: str) -> None:
    ra, rb = _find(parent, a), _find(parent, b)
    if ra != rb:
        parent[max(ra, rb)] = min(ra, rb)


def _find(parent: dict[str, str], x: str) -> str:
    parent.setdefault(x, x)
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x
