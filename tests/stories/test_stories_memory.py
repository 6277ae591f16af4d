"""Story linking in bounded memory: the sliced and incremental forms give exactly what the whole-array
forms gave (the reference implementations below are the earlier, simpler code)."""
import random
import string
from collections import Counter

import numpy as np
import pytest

from detente import ids
from detente.records import Fingerprint
from detente.stories import assign_stories, cluster, names, topics

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


def test_candidate_pairs_come_a_band_and_a_chunk_at_a_time(monkeypatch):
    fps = _corpus(300, 2)
    sigs, days = cluster.signature_matrix(fps), cluster.day_numbers(fps)
    whole = cluster.candidate_pairs(sigs, days)
    monkeypatch.setattr(cluster, "_CHUNK", 50)
    parts = list(cluster.banded_pairs(sigs, days))
    assert max(map(len, parts)) <= 50 and len(parts) > cluster.BANDS
    sliced = np.concatenate(parts)
    assert (sliced[:, 0] < sliced[:, 1]).all()
    assert np.array_equal(np.unique(sliced, axis=0), whole)
    assert len(whole) > 1000


def test_linking_in_small_slices_gives_the_same_stories(monkeypatch):
    fps = _corpus(300, 3)
    whole = assign_stories(fps)
    monkeypatch.setattr(cluster, "_CHUNK", 7)
    assert assign_stories(fps) == whole
    assert len({link.story_id for link in whole}) > 1


def _crowd(seed: int) -> list[Fingerprint]:
    """A beat crowd (every page 50-70 of 120 common words: shares of about 0.2-0.45 two by two) with topics,
    names, two months of dates and some pages without a topic (follow-ups, name links, topicless links), and
    150 near-copies of one page: stories over MAX_STORY that split_crowds must take apart level by level, and
    one it must keep whole."""
    from detente.stories import fingerprint
    from tests.conftest import make_article

    rng = random.Random(seed)
    common, base, people = POOL[:120], POOL[200:280], [w.capitalize() for w in POOL[380:392]]
    texts = [rng.sample(common, rng.randint(50, 70)) + rng.sample(POOL[120:200], 3) for _ in range(250)]
    texts += [base[:78] + rng.sample(POOL[300:], 2) for _ in range(150)]
    out = []
    for i, words in enumerate(texts):
        named = " ".join(f"{w} met {name}" for w, name in zip(words[:4], rng.sample(people, 4)))
        fp = fingerprint(make_article(" ".join(words) + f". Then {named}.",
                                      published=f"2024-0{rng.randint(3, 4)}-{rng.randint(1, 28):02d}"))
        topic = tuple(rng.sample(PAIRS, 1)) if i % 5 else ()  # a page in five without a topic (topicless_links)
        out.append(Fingerprint(f"d{i:05d}", fp.signature, fp.published, topic, None, fp.names))
    return cluster.by_doc_id(out)


def _components_reference(n: int, links: np.ndarray) -> list[int]:
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for a, b in links.tolist():
        ra, rb = find(a), find(b)
        parent[max(ra, rb)] = min(ra, rb)
    return [find(i) for i in range(n)]


def _stories_reference(fps: list[Fingerprint]) -> list[int]:
    """Session 13's assign_stories: every link held at once, crowded stories split by filtering the links."""
    sigs, days, last = cluster.signature_matrix(fps), cluster.day_numbers(fps), cluster.last_day_numbers(fps)
    years, own = topics.page_years(fps), names.without_states(names.name_matrix(fps))
    pairs, by_topic = cluster.candidate_pairs(sigs, days), topics.topic_pairs(fps, days)
    by_topic = by_topic[topics.plausible(fps, by_topic)]
    verdict = cluster.same_topic_story(names.name_matrix(fps), sigs, days, by_topic, last)
    both = np.concatenate((pairs, by_topic))
    links = np.concatenate((pairs[cluster.same_story(sigs, days, pairs, last)], by_topic[verdict == cluster.LINK],
                            both[cluster.followed_up(sigs, days, last, years, own, both)],
                            cluster.topicless_links(fps, sigs, days, last, pairs)))
    joins = cluster.weak_joins(np.array(_components_reference(len(fps), links)), by_topic, verdict)
    strength = np.concatenate((cluster.shares(sigs, links), np.zeros(len(joins), dtype=np.float32)))
    links = np.concatenate((links, joins))
    roots = np.array(_components_reference(len(fps), links))
    for threshold in cluster.SECOND_LOOK:
        crowded = np.bincount(roots, minlength=len(roots))[roots] > cluster.MAX_STORY
        if not crowded.any():
            break
        keep = ~crowded[links[:, 0]] | (strength >= threshold)
        links, strength = links[keep], strength[keep]
        roots = np.array(_components_reference(len(roots), links))
    return roots.tolist()


@pytest.mark.parametrize(("seed", "topic_pages"), [(5, 4096), (6, 4096), (5, 7)])
def test_forests_of_levels_split_crowds_as_the_held_links_did(monkeypatch, seed, topic_pages):
    fps = _crowd(seed)
    monkeypatch.setattr(cluster, "_TOPIC_PAGES", topic_pages)  # 7: same-topic pairs judged in 58 slices
    got = {link.doc_id: link.story_id for link in assign_stories(fps)}
    want = {fp.doc_id: "s" + ids.digest(fps[root].doc_id) for fp, root in zip(fps, _stories_reference(fps))}
    assert got == want
    sizes = Counter(want.values())
    assert max(sizes.values()) == 150 and len(sizes) > 10  # near-copies whole, the crowd split


def _weak_joins_reference(roots: np.ndarray, pairs: np.ndarray, verdict: np.ndarray) -> np.ndarray:
    """Session 13's weak_joins: every dated pair between two stories counted at once."""
    dated = verdict >= cluster.DATED
    a, b = roots[pairs[dated, 0]], roots[pairs[dated, 1]]
    cross, n = a != b, max(len(roots), 1)
    codes = np.minimum(a, b)[cross] * n + np.maximum(a, b)[cross]
    found, inverse = np.unique(codes, return_inverse=True)
    weak = np.bincount(inverse, weights=(verdict[dated][cross] == cluster.WEAK).astype(np.float64))
    found = found[(weak > 0) & (weak >= cluster.JOIN_SHARE * np.bincount(inverse))]
    return np.stack((found // n, found % n), axis=1)


@pytest.mark.parametrize("seed", range(4))
def test_weak_joins_over_slices_equal_weak_joins_over_all_pairs(seed):
    rng = np.random.default_rng(seed)
    roots = np.sort(rng.integers(0, 30, 60))  # 60 pages in stories named by (roughly) their first rows
    pairs = np.sort(rng.integers(0, 60, (400, 2)), axis=1)
    verdict = rng.choice([cluster.UNDATED, cluster.DATED, cluster.WEAK, cluster.LINK], 400, p=[0.1, 0.5, 0.3, 0.1])
    cuts = np.sort(rng.integers(0, 400, 5))
    parts = list(zip(np.split(pairs, cuts), np.split(verdict.astype(np.int8), cuts)))
    whole = _weak_joins_reference(roots, pairs, verdict.astype(np.int8))
    assert np.array_equal(cluster.joins_between(roots, lambda: parts), whole) and len(whole)
