"""Story links that survive rewording: two outlets' reports of one event share its country pair.

MinHash over the vocabulary links near-duplicates and close wordings (Jaccard ≥ STORY_JACCARD), but
outlets that word one event differently share too little vocabulary (on real news, pairs of one
story sat between 0.06 and 0.18 as often as above it). What the pipeline already knows tells them
apart from other stories: the country pairs a document is about, its `topics`, are its top event
dyads and the pair of states it names most. Two documents that share a topic, were published within
MAX_DAYS_APART (when both dates are known) and still share some vocabulary (TOPIC_JACCARD, a level
that two different stories of one country pair reached in none of the real-news pairs measured, and
three quarters of the same-story pairs did) are one story, unless one of them was published in a
year before the latest year the other's text states (`plausible`: two pieces on one beat years apart,
one of them undated, can share a country pair and a fair share of vocabulary).

Two such pages can still be two stories of one pair in one week: a border clash and water talks
(pages written for tests/stories/test_stories_golden.py shared 0.05–0.13 of their vocabulary across the
two stories). A pair's events take sides (data/act_polarity.tsv: conflict or cooperation), and a
same-topic link needs the two pages' sides on that pair to meet: one side in common, or no event on
the pair in one of them (a topic from named states alone). No realnews, wire4, newswire, wire2, demo
or seed link was lost to it.

Bounded like the banding: within each topic's bucket, documents sorted by publication day are
compared with their WINDOW predecessors only (N · topics · WINDOW pairs at most).
"""
from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Mapping, Sequence
from importlib import resources

import numpy as np

from detente.errors import KnowledgeError
from detente.events.lexicon import PLOVER_TYPES
from detente.records import Event, Fingerprint

TOP_DYADS = 2  # event dyads per document that count as its topics
TOPIC_JACCARD = 0.08  # estimated vocabulary Jaccard (at least 6 of 64 MinHash values: 5/64 = 0.078 falls under it) of a same-topic pair
WINDOW = 8  # predecessors compared per document and topic bucket, in date order
SIDES = {"conflict": 1, "cooperation": 2}  # bits of a document's sides on one topic (acts)


def topics(events: Sequence[Event], named_states: Mapping[str, int]) -> tuple[str, ...]:
    """"A-B" country pairs (sorted codes): the document's TOP_DYADS most frequent interstate event
    dyads, and its two most-named states when it names at least two."""
    dyads = Counter(_pair(e.source.country, e.target.country if e.target else None) for e in events)
    dyads.pop(None, None)
    found = {d for d, _ in sorted(dyads.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_DYADS]}
    named = sorted(named_states.items(), key=lambda kv: (-kv[1], kv[0]))[:2]
    if len(named) == 2:
        found.add(_pair(named[0][0], named[1][0]))
    return tuple(sorted(found - {None}))


@functools.lru_cache(maxsize=1)
def sides() -> dict[str, str]:
    """Event type → "conflict" or "cooperation" (data/act_polarity.tsv); KnowledgeError names a bad line."""
    return read_sides(resources.files("detente.stories").joinpath("data", "act_polarity.tsv").read_text(encoding="utf-8"))


def read_sides(text: str, name: str = "act_polarity.tsv") -> dict[str, str]:
    """The type → side table of a data file's text (blank lines, comments and the header skipped)."""
    table: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("type\t"):
            continue
        fields = line.split("\t")
        if len(fields) != 2 or fields[0] not in PLOVER_TYPES or fields[1] not in SIDES:
            raise KnowledgeError(f"detente/stories/data/{name}:{number}: expected 'TYPE<tab>SIDE', a PLOVER type "
                                 f"and one of {sorted(SIDES)}, got {line!r}")
        table[fields[0]] = fields[1]
    return table


def acts(events: Sequence[Event], found: Sequence[str]) -> tuple[str, ...]:
    """"A-B:side" for each topic the document's events on that pair take a side on (sides())."""
    table = sides()
    return tuple(sorted({f"{pair}:{table[e.event_type]}" for e in events if e.event_type in table
                         and (pair := _pair(e.source.country, e.target.country if e.target else None)) in found}))


def latest_year(events: Sequence[Event]) -> int | None:
    """The latest year the events are dated to from the document's own text (not its publication date)."""
    years = [int(e.date.value[:4]) for e in events if e.date.value and e.date.source in ("sentence", "text")]
    return max(years, default=None)


def plausible(fps: list[Fingerprint], pairs: np.ndarray) -> np.ndarray:
    """Pairs where neither document was published in a year before the latest year the other states."""
    published = np.array([int(fp.published[:4]) if fp.published else 0 for fp in fps], dtype=np.int64)
    stated = np.array([fp.latest_year or 0 for fp in fps], dtype=np.int64)
    a, b = pairs[:, 0], pairs[:, 1]
    return ~(((published[a] > 0) & (stated[b] > published[a])) | ((published[b] > 0) & (stated[a] > published[b])))


def _pair(a: str | None, b: str | None) -> str | None:
    if not a or not b or a == b:
        return None
    return "-".join(sorted((a, b)))


def topic_pairs(fps: list[Fingerprint], days: np.ndarray) -> np.ndarray:
    """Candidate (i, j) row pairs, i < j: documents of one topic, WINDOW neighbours in date order.
    Built as numpy pair codes (i * n + j), not a set of Python tuples: at 50,000 documents those were
    over a million tuples, about 150 bytes each."""
    n = len(fps)
    names: dict[str, int] = {}
    topic = np.array([names.setdefault(t, len(names)) for fp in fps for t in fp.topics], dtype=np.int64)
    row = np.array([i for i, fp in enumerate(fps) for _ in fp.topics], dtype=np.int64)
    side = np.array([_sides_on(fp, t) for fp in fps for t in fp.topics], dtype=np.int64)
    order = np.lexsort((row, days[row], topic))  # by topic, then day, then row
    topic, row, side = topic[order], row[order], side[order]
    codes = [np.zeros(0, dtype=np.int64)]
    for k in range(1, WINDOW + 1):
        same = (topic[k:] == topic[:-k]) & _one_side(side[:-k], side[k:])
        a, b = row[:-k][same], row[k:][same]
        codes.append(np.minimum(a, b) * n + np.maximum(a, b))
    found = np.sort(np.concatenate(codes))  # sorted and without repeats (np.unique is far slower here)
    found = found[np.concatenate(([True], found[1:] != found[:-1]))] if len(found) else found
    return np.stack((found // max(n, 1), found % max(n, 1)), axis=1)


def _sides_on(fp: Fingerprint, topic: str) -> int:
    """The SIDES bits of the document's events on one topic (0: none of its events is on that pair)."""
    return sum(bit for name, bit in SIDES.items() if f"{topic}:{name}" in fp.acts)


def _one_side(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Whether two documents' events on one pair can tell one story: they share a side, or one of them
    has no event on the pair (a topic from the states it names) and so no side to disagree with."""
    return (a == 0) | (b == 0) | ((a & b) != 0)
