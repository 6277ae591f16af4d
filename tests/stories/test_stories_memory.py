"""Story linking in bounded memory: the sliced and incremental forms give exactly what the whole-array
forms gave (the reference implementations below are the earlier, simpler code)."""
import random
import string

import numpy as np

from detente.records import Fingerprint
from detente.stories import assign_stories, cluster, topics

_RNG = random.Random(11)
POOL = ["".join(_RNG.choices(string.ascii_lowercase, k=7)) for _ in range(400)]
PAIRS = ["AAA-BBB", "AAA-CCC", "BBB-DDD", "CCC-DDD"]


def _corpus(n: int, seed: int) -> list[Fingerprint]:
    """n documents from a small shared vocabulary (crowded band buckets), a few topics, a dozen days."""
    from detente.stories import fingerprint
    from tests.conftest import make_article

    rng = random.Random(seed)
    out = []
    for i in range(n):
        art = make_article(" ".join(rng.sample(POOL, 40)) + ".", published=f"2024-03-{rng.randint(1, 12):02d}")
        fp = fingerprint(art)
        out.append(Fingerprint(f"d{i:05d}", fp.signature, fp.published, tuple(sorted(rng.sample(PAIRS, 2)))))
    return cluster.by_doc_id(out)


def _topic_pairs_reference(fps, days) -> np.ndarray:
    buckets: dict[str, list[int]] = {}
    for i, fp in enumerate(fps):
        for topic in fp.topics:
            buckets.setdefault(topic, []).append(i)
    found = set()
    for members in buckets.values():
        ordered = sorted(members, key=lambda i: (days[i], i))
        for k, j in enumerate(ordered):
            found.update((min(i, j), max(i, j)) for i in ordered[max(0, k - topics.WINDOW):k])
    return np.array(sorted(found), dtype=np.int64).reshape(-1, 2)


def test_topic_pairs_are_the_set_of_window_neighbours():
    fps = _corpus(300, 1)
    days = cluster.day_numbers(fps)
    got = topics.topic_pairs(fps, days)
    assert len(got) > 1000
    assert np.array_equal(got, _topic_pairs_reference(fps, days))
    assert topics.topic_pairs([], cluster.day_numbers([])).shape == (0, 2)


def test_candidate_pairs_merged_as_they_come_equal_merged_once(monkeypatch):
    fps = _corpus(300, 2)
    sigs, days = cluster.signature_matrix(fps), cluster.day_numbers(fps)
    once = cluster.candidate_pairs(sigs, days)  # 300 documents stay under _MERGE_AT: one merge at the end
    monkeypatch.setattr(cluster, "_MERGE_AT", 1)  # merge after every band
    assert np.array_equal(cluster.candidate_pairs(sigs, days), once)
    assert len(once) > 1000 and (once[:, 0] < once[:, 1]).all()


def test_linking_in_small_slices_gives_the_same_stories(monkeypatch):
    fps = _corpus(300, 3)
    whole = assign_stories(fps)
    monkeypatch.setattr(cluster, "_CHUNK", 7)
    monkeypatch.setattr(cluster, "_LINKS_AT_ONCE", 5)
    monkeypatch.setattr(cluster, "_MERGE_AT", 1)
    assert assign_stories(fps) == whole
    assert len({link.story_id for link in whole}) > 1
