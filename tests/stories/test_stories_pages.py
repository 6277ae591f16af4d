"""The fingerprints as columns (stories/pages.py): read a slice at a time, in any order, with repeats, the
columns are those of the fingerprints cluster.by_doc_id keeps."""
import random

import numpy as np
import pytest

from detente.records import Fingerprint
from detente.stories import cluster, fingerprint, names, pages, topics
from tests.conftest import make_article

WORDS = [f"word{i:03d}" for i in range(300)]


def _fingerprints(seed: int) -> list[Fingerprint]:
    rng = random.Random(seed)
    out = []
    for i in range(40):
        fp = fingerprint(make_article(" ".join(rng.sample(WORDS, 30)) + " Mr Okonkwo met Mrs Tanaka in Lagos.",
                                      published=rng.choice([None, "2024-03", f"2024-03-{rng.randint(1, 28):02d}"])))
        topic = tuple(sorted(rng.sample(["AAA-BBB", "BBB-CCC", "AAA-CCC"], rng.randint(0, 2))))
        out.append(Fingerprint(f"doc{rng.randint(0, 30):03d}", fp.signature, fp.published, topic,
                               rng.choice([None, 2023, 2025]), fp.names))
    return out


@pytest.mark.parametrize("seed", range(4))
def test_pages_in_slices_hold_the_columns_of_the_fingerprints_by_doc_id_keeps(monkeypatch, seed):
    fps = _fingerprints(seed)  # 40 draws of 31 doc_ids: repeats, in no order
    monkeypatch.setattr(pages, "SLICE", 7)
    got, kept = pages.page_table(iter(fps)), cluster.by_doc_id(fps)
    assert got.doc_ids == [fp.doc_id for fp in kept] and len(kept) < len(fps)
    assert np.array_equal(got.sigs, cluster.signature_matrix(kept))
    assert np.array_equal(got.days, cluster.day_numbers(kept))
    assert np.array_equal(got.last_days, cluster.last_day_numbers(kept))
    assert np.array_equal(got.years, topics.page_years(kept))
    assert np.array_equal(got.names, names.name_matrix(kept))
    assert np.array_equal(topics.window_pairs(got.topics, got.days), topics.topic_pairs(kept, got.days))


def test_distinct_doc_ids_in_any_order_are_sorted_and_none_is_empty():
    fps = cluster.by_doc_id(_fingerprints(9))
    got = pages.page_table(reversed(fps))
    assert got.doc_ids == [fp.doc_id for fp in fps]
    assert np.array_equal(got.sigs, cluster.signature_matrix(fps))
    empty = pages.page_table([])
    assert empty.doc_ids == [] and empty.sigs.shape == (0, cluster.NUM_PERM) and empty.topics.shape == (2, 0)
