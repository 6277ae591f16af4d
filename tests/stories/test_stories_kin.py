"""A weak pair between two pages tied to their own groups by names, sharing none, is no evidence (stories/kin.py)."""
from __future__ import annotations

import numpy as np

from detente.stories.cluster import DATED, WEAK
from detente.stories.kin import estranged, shared_counts, ties

# rows: pages; values: name hashes (0 = no name). Pages 0-1 one group (three names of their own in common),
# pages 2-3 another (three in common); page 4 alone with one name.
OWN = np.array([[11, 12, 13, 14], [11, 12, 13, 0], [21, 22, 23, 0], [21, 22, 23, 24], [11, 0, 0, 0]], dtype=np.uint32)
ROOTS = np.array([0, 0, 2, 2, 4])


def test_shared_counts_count_names_in_common():
    assert shared_counts(OWN, np.array([[0, 1], [0, 2], [0, 4]])).tolist() == [3, 0, 1]


def test_ties_are_the_most_names_shared_inside_the_group():
    pairs = np.array([[0, 1], [2, 3], [1, 2], [0, 4]])  # the last two cross groups and do not count
    assert ties(ROOTS, OWN, [pairs[:2], pairs[2:]]).tolist() == [3, 3, 3, 3, 0]


def test_a_weak_pair_of_tied_strangers_counts_as_dated():
    tie = np.array([3, 3, 3, 3, 0])
    pairs = np.array([[1, 2], [0, 4], [1, 4]])
    verdict = np.array([WEAK, WEAK, DATED], dtype=np.int8)
    # 1-2: both tied, nothing shared: dated; 0-4: page 4 has no tie (and they share a name): still weak
    assert estranged(pairs, verdict, OWN, tie, WEAK, DATED).tolist() == [DATED, WEAK, DATED]


def test_one_tied_page_is_not_enough():
    tie = np.array([3, 3, 0, 0, 0])
    verdict = np.array([WEAK], dtype=np.int8)
    assert estranged(np.array([[1, 2]]), verdict, OWN, tie, WEAK, DATED).tolist() == [WEAK]
