"""A minister named without a state heads the ministry the page named with one state.

"Kyrgyzstan's Foreign Ministry summoned the ambassador … Foreign Minister X wrote to the OSCE": X is the
Kyrgyz foreign minister, though the page names Uzbekistan more often (eval/wire29: the letter ran from the
other side). Only when the page has named that ministry for one state alone before the minister; two states'
foreign ministries decide nothing. data/ministries.tsv maps each title to its ministries' names.
"""
from __future__ import annotations

import functools

from detente.actors.gazetteer import data_rows, split_list
from detente.actors.mentions import PersonRef


@functools.lru_cache(maxsize=1)
def ministries() -> dict[str, frozenset[str]]:
    """Title (lower case) → the names of the ministry it heads."""
    return {row[0].lower(): frozenset(w.lower() for w in split_list(row[1])) for row in data_rows("ministries.tsv")}


def ministry_state(organs: tuple[PersonRef, ...], office: str, position: int) -> str | None:
    """The one state whose ministry of this title's office the page named before `position`, else None."""
    names = ministries().get(office.lower())
    if not names:
        return None
    states = {r.country for r in organs if r.start < position and r.office.lower() in names and r.country}
    return states.pop() if len(states) == 1 else None
