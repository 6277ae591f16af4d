"""An undated page keeps its closest same-topic partner even with no name of the story's own in common
(undated.undated_closest): its link is held and joins at most one story, unlike a same-week pair of dated pages.

eval/wire18 cut to half its pages (scripts/story_stress.py): an undated page of a border dispute shared 6/64 of
its vocabulary with its closest page, of its pair's only story, and only the states' names; it stood alone.
"""
from __future__ import annotations

import numpy as np

from detente.records import Fingerprint
from detente.stories import assign_stories
from detente.stories.fingerprint import NUM_PERM
from detente.stories.names import name_hashes
from detente.stories.topics import TOPIC_JACCARD
from detente.stories.undated import undated_closest

TOPIC = ("COL-ECU",)


def _fp(doc: str, sig: np.ndarray, published: str | None, names: tuple[str, ...]) -> Fingerprint:
    return Fingerprint(doc, sig.astype("<u8").tobytes(), published, TOPIC, names=name_hashes(names))


def _pages(published_third: str | None) -> list[Fingerprint]:
    """Pages 0, 1, 3 of one story (20 values and two names in common) and page 2, sharing 7 values with page 1
    and no name of its own with any (1 of the 3 pairs between the two: too few for cluster.weak_joins)."""
    sigs = np.arange(4 * NUM_PERM, dtype=np.uint64).reshape(4, NUM_PERM) + 1000
    sigs[1, :20] = sigs[0, :20]
    sigs[3, :20] = sigs[0, :20]
    sigs[2, 20:27] = sigs[1, 20:27]
    assert TOPIC_JACCARD <= 7 / NUM_PERM
    return [_fp("d0", sigs[0], "2001-10-10", ("colombia", "ecuador", "sucumbios", "putumayo", "moreno")),
            _fp("d1", sigs[1], "2001-10-12", ("colombia", "ecuador", "sucumbios", "putumayo", "arboleda")),
            _fp("d2", sigs[2], published_third, ("colombia", "ecuador", "lago", "agrio", "vasquez")),
            _fp("d3", sigs[3], "2001-10-11", ("colombia", "ecuador", "sucumbios", "putumayo", "quito"))]


def _stories(fps: list[Fingerprint]) -> list[str]:
    links = {link.doc_id: link.story_id for link in assign_stories(fps)}
    return [links[fp.doc_id] for fp in fps]


def test_an_undated_page_joins_its_closest_same_topic_page_without_a_name_of_its_own():
    assert len(set(_stories(_pages(None)))) == 1


def test_a_dated_page_of_the_week_still_needs_a_name_of_the_story_own():
    stories = _stories(_pages("2001-10-13"))
    assert stories[0] == stories[1] == stories[3] != stories[2]


def test_undated_closest_marks_the_best_pair_of_an_undated_page_only():
    days = np.array([100, 101, -1, 103], dtype=np.int64)
    pairs = np.array([[0, 2], [1, 2], [0, 1], [1, 3]], dtype=np.int64)
    score = np.array([5, 9, 9, 9], dtype=np.int64)
    best = np.array([9, 9, 9, 9], dtype=np.int64)
    assert undated_closest(days, days, pairs, score, best).tolist() == [False, True, False, False]
    assert not undated_closest(days, days, pairs, score, None).any()
