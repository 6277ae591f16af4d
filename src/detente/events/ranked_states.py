"""The states a page names, most named first, kept while the coder works on that page.

`counterpart.counterpart_of` ranks the page's named states twice for every event that has no target of its own
(10,931 rankings of 280 page tables on 280 real-text pages, docs/scaling.md session 35): a sort of the whole
table each time. The ranking depends on the table alone, so the last table's is kept, with a copy of its rows
to tell a table changed since from the same one.
"""
from __future__ import annotations

from collections import Counter

from detente.actors.coref import is_state_code

_LAST: list = [None, (), ()]  # the table asked about, its rows then, its states most named first


def ranked_states(states: Counter[str]) -> tuple[tuple[str, int], ...]:
    """(code, times named) of the table's states, not bodies, in `Counter.most_common` order."""
    rows = tuple(states.items())
    if _LAST[0] is not states or _LAST[1] != rows:
        _LAST[:] = [states, rows, tuple((code, n) for code, n in states.most_common() if is_state_code(code))]
    return _LAST[2]
