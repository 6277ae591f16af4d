"""A weak link weighed against a page's strong ties to its own story (cluster.weak_joins).

weak_joins takes two groups of pages for one story when most of the dated same-topic pairs between them are
WEAK (a topic and some vocabulary, too few names): outlets of one story that each reword it pair off with
their closest partners, yet still share some words with most pages of the other group. Between two groups
with few dated pairs, one such pair decides alone. A page that shares MIN_SHARED names of the story's own
(no state word) with a page of its own group is tied to that group by what its story is about; when it
shares not one such name with the page of the other group, their pair says only that both write of one
country pair that week in one house style (tests/stories/test_stories_stress_plans.py: a pursuit protocol
naming the two arrested officers and their prosecutor, five names of the story's own shared with an arrest
page, and a ferry deal's wire page of the same pair and week at 8/64, five shared with the deal's other
outlet, 1 of the 2 dated pairs between the groups). When both pages are so tied, the pair counts as DATED,
not WEAK. One tied page is not enough: eval/wire10 cut to half (scripts/story_stress.py), a page sharing
no name of its own with anyone (tie 0) and a page of its story tied by four, none in common, are one
story (1.0 -> 0.953 when one tie sufficed). Session 20 did not count a WEAK pair whenever both pages name
MIN_SHARED names of their own and share none; that split realnews and wire10 cut to half, whose pages keep
a few names but no tie to their own group.
"""
from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from detente.stories.names import MIN_SHARED

_CHUNK = 4096  # pairs compared per numpy slice: (pairs × names × names) booleans


def shared_counts(own: np.ndarray, pairs: np.ndarray) -> np.ndarray:
    """How many names (rows of `own`: names.without_states) the two pages of each pair share."""
    counts = np.zeros(len(pairs), dtype=np.int64)
    for start in range(0, len(pairs), _CHUNK):
        a, b = own[pairs[start : start + _CHUNK, 0]], own[pairs[start : start + _CHUNK, 1]]
        counts[start : start + _CHUNK] = ((a[:, :, None] == b[:, None, :]) & (a[:, :, None] != 0)).sum(axis=(1, 2))
    return counts


def ties(roots: np.ndarray, own: np.ndarray, parts: Iterable[np.ndarray]) -> np.ndarray:
    """Each page's most names of the story's own shared with a page of its own group (`roots`), over the
    pairs of `parts`."""
    tie = np.zeros(len(roots), dtype=np.int64)
    for pairs in parts:
        inside = pairs[roots[pairs[:, 0]] == roots[pairs[:, 1]]]
        counts = shared_counts(own, inside)
        np.maximum.at(tie, inside[:, 0], counts)
        np.maximum.at(tie, inside[:, 1], counts)
    return tie


def estranged(pairs: np.ndarray, verdict: np.ndarray, own: np.ndarray, tie: np.ndarray,
              weak: int, dated: int) -> np.ndarray:
    """The verdicts with each `weak` pair between strangers made `dated`: the two pages share no name of the
    story's own and each shares MIN_SHARED with a page of its own group (`tie`)."""
    at = np.flatnonzero(verdict == weak)
    if not len(at):
        return verdict
    tied = np.minimum(tie[pairs[at, 0]], tie[pairs[at, 1]]) >= MIN_SHARED
    out = verdict.copy()
    out[at[tied & (shared_counts(own, pairs[at]) == 0)]] = dated
    return out
