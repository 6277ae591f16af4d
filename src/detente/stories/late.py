"""A story followed up weeks or months on, naming two of the story's own people or places besides its states.

cluster.followed_up joins a same-topic page more than a week after its story when the two share TOPIC_JACCARD of
their vocabulary and MIN_SHARED names of the story's own (names.without_states: not the states, capitals or
leaders); cluster.aftermath, within AFTERMATH_DAYS, asks one name of its own fewer when NAMES_JACCARD of all their
names are shared. A later page of a long quarrel names its states, capitals and leaders (which the own-name count
blanks) and two of the first pages' own names, and writes in the story's words: eval/wire51's page on the Nobel
ceremony two months after the prize (w51_06: 8 of 16 names, 2 of its own, 0.19 of its vocabulary with w51_04)
and eval/wire38's page three months after Vilnius let Taiwan open an office (w38_11: 8 names, 2 of its own, 0.14
with w38_09) were stories of their own, so their incidents could not meet the story's. Such a pair is one story
when it passes both tests but the own-name count: aftermath's names (NAMES_JACCARD of all, MIN_SHARED - 1 of its
own) and followed_up's vocabulary (TOPIC_JACCARD). Development pairs of two stories of one topic more than a week
apart share at most one name of their own (cluster.AFTERMATH_DAYS' note); no story of the development sets gained
a wrong page (story F1 wire51 0.92 -> 1.0, wire38 0.933 -> 1.0, every other set unchanged).
"""
from __future__ import annotations

from collections.abc import Callable

import numpy as np

from detente.stories.names import MIN_SHARED, named_alike
from detente.stories.topics import TOPIC_JACCARD


def late_follow_up(sigs: np.ndarray, names: np.ndarray, own: np.ndarray, pairs: np.ndarray,
                   similar: Callable[[np.ndarray, np.ndarray, float], np.ndarray]) -> np.ndarray:
    """Which same-topic pairs (already within FOLLOW_UP_DAYS) share TOPIC_JACCARD of their vocabulary (`similar`:
    cluster._similar), NAMES_JACCARD of all their names and MIN_SHARED - 1 names of their own (`own`)."""
    rows = np.flatnonzero(similar(sigs, pairs, TOPIC_JACCARD))
    rows = rows[named_alike(names, pairs[rows])]
    keep = np.zeros(len(pairs), dtype=bool)
    keep[rows[named_alike(own, pairs[rows], 0.0, at_least=MIN_SHARED - 1)]] = True
    return keep
