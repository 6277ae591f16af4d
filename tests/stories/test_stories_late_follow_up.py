"""A page months after its story that names two of the story's own names besides its states, its capitals and
leaders, in the story's words, is that story followed up (stories/late.py; eval/wire51's and eval/wire38's later
pages were stories of their own). Hand-built page arrays: MinHash values and name hashes chosen, not computed."""
from __future__ import annotations

import numpy as np

from detente.stories.cluster import followed_up
from detente.stories.fingerprint import NUM_PERM
from detente.stories.names import MAX_NAMES

FIRST, LATER = 738_000, 738_000 + 62  # day numbers: two months apart (more than AFTERMATH_DAYS, within a year)


def _sigs(shared: int) -> np.ndarray:
    """Two pages' signatures with `shared` of NUM_PERM values equal."""
    a = np.arange(1, NUM_PERM + 1, dtype=np.uint32)
    b = a + 1000
    b[:shared] = a[:shared]
    return np.stack([a, b])


def _names(states: int, own: int) -> tuple[np.ndarray, np.ndarray]:
    """Two pages of eight names each sharing `states` state words and `own` names of their own (every name and the
    names with the state words blanked, as names.without_states gives them)."""
    names = np.zeros((2, MAX_NAMES), dtype=np.uint32)
    shared = list(range(1, states + own + 1))
    names[0, :8] = shared + list(range(100, 100 + 8 - len(shared)))
    names[1, :8] = shared + list(range(200, 200 + 8 - len(shared)))
    blanked = np.where(np.isin(names, np.arange(1, states + 1)), np.uint32(0), names)
    return names, blanked


def _linked(shared_values: int, states: int, own: int) -> bool:
    days = np.array([FIRST, LATER], dtype=np.int64)
    years = (np.array([2021, 2021]), np.array([2021, 2021]))
    names, blanked = _names(states, own)
    pairs = np.array([[0, 1]])
    return bool(followed_up(_sigs(shared_values), days, days, years, blanked, pairs, names)[0])


def test_a_page_two_months_on_naming_the_states_and_two_names_of_the_story_joins_it():
    # 0.16 of the vocabulary, 6 of 10 names in common (four state words: states, a capital, a leader), 2 of its own
    assert _linked(shared_values=10, states=4, own=2)


def test_one_name_of_its_own_is_not_enough():
    assert not _linked(shared_values=10, states=5, own=1)


def test_the_names_without_words_in_common_are_not_enough():
    assert not _linked(shared_values=3, states=4, own=2)  # 3/64 of the vocabulary, under TOPIC_JACCARD


def test_few_names_in_common_overall_are_not_enough():
    assert not _linked(shared_values=10, states=0, own=2)  # 2 of 14 names: under NAMES_JACCARD
