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

Bounded like the banding: within each topic's bucket, documents sorted by publication day are
compared with their WINDOW predecessors only (N · topics · WINDOW pairs at most).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping, Sequence

import numpy as np

from detente.records import Event, Fingerprint

TOP_DYADS = 2  # event dyads per document that count as its topics
TOPIC_JACCARD = 0.08  # estimated vocabulary Jaccard (at least 6 of 64 MinHash values: 5/64 = 0.078 falls under it) of a same-topic pair
WINDOW = 8  # predecessors compared per document and topic bucket, in date order


def topics(events: Sequence[Event], named_states: Mapping[str, int]) -> tuple[str, ...]:
    """"A-B" country pairs (sorted codes): the document's TOP_DYADS most frequent interstate event
    dyads, and its two most-named states when it names at least two. A document with no pair gives the one
    state its events' sides and named states know, when there is one ("A", a side: is_side): it has no topic,
    but may meet its story among the pages about that state (cluster._link_sides)."""
    dyads = Counter(_pair(e.source.country, e.target.country if e.target else None) for e in events)
    dyads.pop(None, None)
    found = {d for d, _ in sorted(dyads.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_DYADS]}
    named = sorted(named_states.items(), key=lambda kv: (-kv[1], kv[0]))[:2]
    if len(named) == 2:
        found.add(_pair(named[0][0], named[1][0]))
    found.discard(None)
    if not found:
        states = {c for e in events for c in (e.source.country, e.target.country if e.target else None) if c}
        states |= set(named_states)
        found = states if len(states) == 1 else set()
    return tuple(sorted(found))


def is_side(topic: str) -> bool:
    """Whether a topics entry is one state (a page with no country pair), not a pair."""
    return "-" not in topic


def latest_year(events: Sequence[Event]) -> int | None:
    """The latest year the events are dated to from the document's own text (not its publication date),
    its plans left out: a pending event's year is when something is to happen, not a year the page reports
    on (eval/wire21: a protocol page of May 2012 said the Commission would fund a radio system in 2013, and
    its story's pages of 14 May, published "before" that year, could no longer be followed up by it)."""
    years = [int(e.date.value[:4]) for e in events
             if e.date.value and e.date.source in ("sentence", "text") and e.status != "pending"]
    return max(years, default=None)


def plausible(fps: list[Fingerprint], pairs: np.ndarray) -> np.ndarray:
    """Pairs where neither document was published in a year before the latest year the other states."""
    return plausible_years(page_years(fps), pairs)


def page_years(fps: list[Fingerprint]) -> np.ndarray:
    """(2 × documents): each one's year of publication and the latest year its text states (0: unknown), at
    most the year it was published: a page reports nothing after its own date, so a later year is a plan
    coded as done or a misread date, and would keep its own story's earlier pages from it (`plausible`)."""
    published = [int(fp.published[:4]) if fp.published else 0 for fp in fps]
    stated = [min(fp.latest_year or 0, year) if year else fp.latest_year or 0 for fp, year in zip(fps, published)]
    return np.array([published, stated], dtype=np.int64).reshape(2, len(fps))


def plausible_years(years: np.ndarray, pairs: np.ndarray) -> np.ndarray:
    """`plausible` over page_years made once (the story stage asks it of one slice of pairs at a time)."""
    published, stated = years
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
    return window_pairs(topic_rows(fps, {}), days)


def topic_rows(fps: list[Fingerprint], codes: dict[str, int], first: int = 0) -> np.ndarray:
    """(2 × page topics): each topic (country pair) of each page as a number (`codes`, shared by the slices
    of one corpus), and the page's row (`first` for the first of `fps`)."""
    topic = [codes.setdefault(t, len(codes)) for fp in fps for t in fp.topics if not is_side(t)]
    row = [first + i for i, fp in enumerate(fps) for t in fp.topics if not is_side(t)]
    return np.array([topic, row], dtype=np.int64).reshape(2, len(row))


def side_rows(fps: list[Fingerprint], codes: dict[str, int], first: int = 0) -> np.ndarray:
    """(2 × page sides), as topic_rows: each state of each page's topics, pairs and one-state entries alike,
    so a page with no pair meets the pages about its one state (cluster._link_sides)."""
    sides = [sorted({s for t in fp.topics for s in t.split("-")}) for fp in fps]
    side = [codes.setdefault(s, len(codes)) for found in sides for s in found]
    row = [first + i for i, found in enumerate(sides) for _ in found]
    return np.array([side, row], dtype=np.int64).reshape(2, len(row))


def window_pairs(rows: np.ndarray, days: np.ndarray) -> np.ndarray:
    """topic_pairs over topic_rows, for `days` pages, all at once (tests; the story stage takes them by
    slices of pages, window_slices)."""
    found = list(window_slices(rows, days, max(len(days), 1)))
    return np.concatenate(found) if found else np.zeros((0, 2), dtype=np.int64)


def window_slices(rows: np.ndarray, days: np.ndarray, pages: int) -> Iterator[np.ndarray]:
    """The pairs of window_pairs in doc order, `pages` lower rows at a time: each slice's distinct (i, j),
    i < j, sorted, from each of its pages' topic entries and their WINDOW neighbours on either side in date
    order. At 50,000 pages the whole set was 1,074,334 pairs (about 21 a page) and the stage's largest
    arrays beside its links (docs/scaling.md, session 14)."""
    n = len(days)
    topic, row = rows
    order = np.lexsort((row, days[row], topic))  # by topic, then day, then row
    topic, row = topic[order], row[order]
    by_row = np.argsort(row, kind="stable")  # entry positions, by page
    bounds = np.searchsorted(row[by_row], np.arange(0, n + pages, pages))
    for low, high in zip(bounds[:-1], bounds[1:]):
        if high > low:
            yield _pairs_from(topic, row, by_row[low:high], n)


def _pairs_from(topic: np.ndarray, row: np.ndarray, entries: np.ndarray, n: int) -> np.ndarray:
    """The distinct pairs of the `entries` (positions in topic, day order) with a neighbour within WINDOW
    places in the same topic, each pair from the entry of its lower row."""
    codes = [np.zeros(0, dtype=np.int64)]
    for step in (*range(-WINDOW, 0), *range(1, WINDOW + 1)):
        at = entries[(entries + step >= 0) & (entries + step < len(row))]
        near = at + step
        mine = (topic[near] == topic[at]) & (row[near] >= row[at])  # a page twice in a topic pairs with itself
        codes.append(row[at][mine] * n + row[near][mine])
    found = np.sort(np.concatenate(codes))  # sorted and without repeats (np.unique is far slower here)
    found = found[np.concatenate(([True], found[1:] != found[:-1]))] if len(found) else found
    return np.stack((found // max(n, 1), found % max(n, 1)), axis=1)
