"""A ministry named by the capital it sits in is that capital's state's ministry.

"..., the foreign ministry in Oslo said on Saturday": a ministry sits in its own state's capital, so the phrase
names Norway's ministry as surely as "the Norwegian foreign ministry" does. actors/ministries.py gives a bare
"Foreign Minister X" the one state whose foreign ministry the page named; without this reading a page that named
"the Chinese foreign ministry" and "the foreign ministry in Oslo" had named China's alone, and Norway's minister
rejecting China's protest came out as China's (eval/wire51 w51_04). Only ministries (data/ministries.tsv), not
embassies or missions, which sit in the other state's capital ("the Chinese embassy in Oslo").
"""
from __future__ import annotations

import functools
import re

from detente.actors.gazetteer import Hit, data_rows, split_list, state_code

IN_GAP = re.compile(r"\s+in\s+")


@functools.lru_cache(maxsize=1)
def ministry_names() -> frozenset[str]:
    """Every ministry name of data/ministries.tsv, lower case."""
    return frozenset(w.lower() for row in data_rows("ministries.tsv") for w in split_list(row[1]))


def capital_after(text: str, hits: list[Hit], i: int) -> str | None:
    """The state of the capital in an "in" phrase right after a ministry: "the foreign ministry in Oslo"."""
    if hits[i].text.lower() not in ministry_names() or i + 1 >= len(hits):
        return None
    nxt = hits[i + 1]
    if not all(t.kind == "capital" for t in nxt.terms) or not IN_GAP.fullmatch(text[hits[i].end:nxt.start]):
        return None
    return state_code(nxt)
