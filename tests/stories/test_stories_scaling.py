"""Story clustering at scale: bounded candidate pairs, big clusters kept whole, order independence."""
import random
import string
from collections import Counter
from itertools import combinations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detente.records import Fingerprint
from detente.stories import assign_stories, cluster, fingerprint
from detente.stories.forest import forest, unite

from tests.conftest import make_article

# Made-up tokens, so no stop word and no real text: a document is just a bag of content words.
_RNG = random.Random(7)
POOL = ["".join(_RNG.choices(string.ascii_lowercase, k=8)) for _ in range(2000)]
COMMON = POOL[:120]  # the shared "template" vocabulary of a crowded corpus


def _doc(words: list[str], published: str | None = "2024-03-05") -> Fingerprint:
    return fingerprint(make_article(" ".join(words) + ".", published=published))


def _template_corpus(n: int, seed: int) -> list[Fingerprint]:
    """n unrelated documents on one beat: 60 of the 120 common words plus 5 of their own, all one day.

    Like the synthetic benchmark corpus, nearly every pair collides in some band (Jaccard ≈ 0.3).
    """
    rng = random.Random(seed)
    return [_doc(rng.sample(COMMON, 60) + ["".join(rng.choices(string.ascii_lowercase, k=9)) for _ in range(5)])
            for _ in range(n)]


def _reposts(base: list[str], copies: int, seed: int) -> list[Fingerprint]:
    """`copies` light edits of one article (2 of ~80 words swapped), dated over three days."""
    rng = random.Random(seed)
    out = []
    for c in range(copies):
        words = list(base)
        for i in rng.sample(range(len(words)), 2):
            words[i] = rng.choice(POOL[1000:])
        out.append(_doc(words + [f"copy{c:04d}x"], f"2024-03-0{5 + c % 3}"))
    return out


def _story_ids(fps: list[Fingerprint]) -> dict[str, str]:
    return {link.doc_id: link.story_id for link in assign_stories(fps)}


def _compared(fps: list[Fingerprint]) -> int:
    ordered = cluster.by_doc_id(fps)
    return len(cluster.candidate_pairs(cluster.signature_matrix(ordered), cluster.day_numbers(ordered)))


BASE_A = POOL[200:280]
BASE_B = POOL[300:380]


@pytest.mark.parametrize("window", [1, 3, cluster.WINDOW])
def test_300_reposts_of_one_article_are_one_story_with_a_window_far_below_300(monkeypatch, window):
    monkeypatch.setattr(cluster, "WINDOW", window)
    copies = _reposts(BASE_A, 300, seed=1)
    crowd = _template_corpus(300, seed=2)
    story = _story_ids(copies + crowd)
    assert len({story[fp.doc_id] for fp in copies}) == 1
    assert not {story[fp.doc_id] for fp in copies} & {story[fp.doc_id] for fp in crowd}


def test_two_big_clusters_on_the_same_days_stay_two_stories(monkeypatch):
    monkeypatch.setattr(cluster, "WINDOW", 2)
    a, b = _reposts(BASE_A, 150, seed=3), _reposts(BASE_B, 150, seed=4)
    story = _story_ids(a + b)
    assert len({story[fp.doc_id] for fp in a}) == 1 and len({story[fp.doc_id] for fp in b}) == 1
    assert story[a[0].doc_id] != story[b[0].doc_id]


def test_unrelated_documents_stay_apart():
    rng = random.Random(5)
    beat = COMMON[:3]  # three words every document shares (the crowded buckets), 40 of its own
    fps = [_doc(beat + ["".join(rng.choices(string.ascii_lowercase, k=9)) for _ in range(40)]) for _ in range(200)]
    assert _compared(fps) > 200  # they do meet as candidates; the check must turn them down
    assert len(set(_story_ids(fps).values())) == 200


def test_an_empty_vocabulary_links_to_nothing():
    empty = [fingerprint(make_article(text)) for text in ("The of and it.", "Is it to be 12?")]
    assert len(set(_story_ids(empty).values())) == 2


@settings(max_examples=15, deadline=None)
@given(seed=st.integers(0, 10**6))
def test_links_do_not_depend_on_input_order_or_repeats(seed):
    fps = MIXED[:]
    random.Random(seed).shuffle(fps)
    shuffled = sorted(assign_stories(fps + fps[: seed % 7]), key=lambda link: link.doc_id)
    assert shuffled == REFERENCE_LINKS


def _mixed() -> list[Fingerprint]:
    rng = random.Random(11)
    undated = [_doc(BASE_B[:70] + rng.sample(POOL[1000:], 5), None) for _ in range(20)]
    return _reposts(BASE_A, 40, seed=6) + _template_corpus(60, seed=8) + undated


MIXED = _mixed()
REFERENCE_LINKS = sorted(assign_stories(MIXED), key=lambda link: link.doc_id)


def test_small_buckets_are_compared_exhaustively():
    # Every pair that shares a band is a candidate when no bucket exceeds WINDOW + 1 members, so
    # small corpora (the seed, demo and eval sets) get exactly what plain LSH would give.
    fps = cluster.by_doc_id(_template_corpus(cluster.WINDOW + 1, seed=9))
    sigs = cluster.signature_matrix(fps)
    bands = sigs.reshape(len(fps), cluster.BANDS, cluster.ROWS)
    sharing = {(i, j) for i, j in combinations(range(len(fps)), 2) if (bands[i] == bands[j]).all(axis=1).any()}
    assert len(sharing) > len(fps)  # the check below is not vacuous
    assert {tuple(p) for p in cluster.candidate_pairs(sigs, cluster.day_numbers(fps)).tolist()} == sharing


def test_comparisons_grow_linearly_on_a_template_heavy_corpus(monkeypatch):
    monkeypatch.setattr(cluster, "WINDOW", 2)  # buckets overflow the window already at a few hundred docs
    small, large = _template_corpus(400, seed=12), _template_corpus(1600, seed=13)
    n_small, n_large = _compared(small), _compared(large)
    bound = 2 * cluster.BANDS * cluster.WINDOW  # two orders, WINDOW predecessors each, per band
    assert n_large <= bound * len(large)
    # Per-document work still creeps up while buckets fill towards the window (4.7× here at 4× docs);
    # all-pairs-in-bucket would be ≈ 16×.
    assert n_large <= 5 * n_small
    assert n_large < 0.1 * len(large) * (len(large) - 1) / 2  # all pairs collide here: far below quadratic


def test_same_story_checks_similarity_and_dates_per_pair():
    fps = [_doc(BASE_A, "2024-03-01"), _doc(BASE_A[:78] + POOL[900:902], "2024-03-08"),
           _doc(BASE_A[:78] + POOL[902:904], "2024-03-09"), _doc(BASE_A, None), _doc(BASE_B, "2024-03-01")]
    sigs, days = cluster.signature_matrix(fps), cluster.day_numbers(fps)
    pairs = np.array([[0, 1], [0, 2], [2, 3], [0, 4]])
    assert cluster.same_story(sigs, days, pairs).tolist() == [True, False, True, False]


def test_a_date_known_only_to_the_month_spans_the_month():
    """A report dated "2020-06" (no day found) and one dated 2020-06-17 can be one story; one dated
    2020-05 cannot be, and neither can two reports a month apart."""
    fps = [_doc(BASE_A, "2020-06"), _doc(BASE_A[:78] + POOL[900:902], "2020-06-17"),
           _doc(BASE_A[:78] + POOL[902:904], "2020-05"), _doc(BASE_A, "2020-07-30")]
    sigs, days, last = cluster.signature_matrix(fps), cluster.day_numbers(fps), cluster.last_day_numbers(fps)
    pairs = np.array([[0, 1], [1, 2], [0, 3], [1, 3]])
    assert cluster.same_story(sigs, days, pairs, last).tolist() == [True, False, False, False]
    assert len(set(_story_ids(fps[:2]).values())) == 1


def test_a_crowd_of_one_beat_is_not_chained_into_one_story():
    """Pages that share a beat's words two by two as much as two outlets of one story do (Jaccard ≈ 0.3)
    chained into one story of every page (a real ingest of 50,000 make_corpus.py pages: one story); no
    story may grow past MAX_STORY on such links."""
    crowd = _template_corpus(cluster.MAX_STORY * 3, seed=11)
    sizes = Counter(_story_ids(crowd).values())
    assert max(sizes.values()) <= cluster.MAX_STORY


def _levels(n: int, links: np.ndarray, strength: np.ndarray) -> np.ndarray:
    """The forests split_crowds reads: every link, then those of at least each SECOND_LOOK share."""
    levels = np.stack([forest(n) for _ in cluster.LEVELS])
    for labels, threshold in zip(levels, cluster.LEVELS):
        unite(labels, links[strength >= threshold])
    return levels


def test_split_crowds_keeps_a_small_story_whole_and_splits_a_long_weak_chain():
    small, long = cluster.MAX_STORY // 2, cluster.MAX_STORY + 1
    chain = np.array([(i, i + 1) for i in range(small - 1)] + [(i, i + 1) for i in range(small, small + long - 1)])
    strength = np.full(len(chain), 0.2)
    strength[small - 1 + long // 2] = 0.9  # one strong pair in the long chain
    roots = cluster.split_crowds(_levels(small + long, chain, strength)).tolist()
    sizes = sorted(Counter(roots).values())
    assert sizes[-1] == small and sizes.count(2) == 1 and sizes.count(1) == long - 2


def test_each_link_holds_its_share_of_minhash_values_and_a_join_none():
    sigs = np.array([[1, 2, 3, 4], [1, 2, 0, 0], [9, 9, 9, 9]], dtype=np.uint32)
    assert cluster.shares(sigs, np.array([(0, 1), (0, 2)]), joins=1).tolist() == [0.5, 0.0, 0.0]


def test_a_story_within_the_bound_keeps_its_weak_links():
    chain = np.array([(0, 1), (1, 2)])
    roots = cluster.split_crowds(_levels(3, chain, np.zeros(2, dtype=np.float32)))
    assert roots.tolist() == [0, 0, 0] == cluster.components(3, chain)
