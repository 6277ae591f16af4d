"""Our MinHash (stories/fingerprint.signature) is datasketch's scheme affine32, seed 1, 64 permutations, to
the bit: stored signatures and story links stay what datasketch made, without its package import (which
pulls in scipy in every process that fingerprints)."""
from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from detente.records import Fingerprint
from detente.stories.fingerprint import NUM_PERM, SCHEME, jaccard, signature

datasketch = pytest.importorskip("datasketch")

WORD_SETS = [
    [],
    ["ceasefire"],
    ["ministers", "agreed", "border", "crossing", "reopen", "monday"],
    ["sanctions", "imposed", "exports", "steel", "tariffs", "retaliation", "talks", "stalled", "envoy"],
    ["café", "naïve", "Zürich", "東京", "москва", "o'brien", "1,200", "2024"],
    [f"word{i}" for i in range(500)],
]


def datasketch_values(words: list[str]) -> np.ndarray:
    mh = datasketch.MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)
    mh.update_batch([w.encode("utf-8") for w in words])
    return mh.hashvalues


@pytest.mark.parametrize("words", WORD_SETS, ids=lambda w: f"{len(w)} words")
def test_signature_is_datasketchs_affine32(words):
    ours = signature(words)
    assert ours.dtype == np.uint32 and ours.shape == (NUM_PERM,)
    assert np.array_equal(ours, datasketch_values(words))


def test_word_order_and_repeats_do_not_change_the_signature():
    words = WORD_SETS[3]
    assert np.array_equal(signature(words), signature(list(reversed(words)) + words[:3]))


def test_jaccard_estimates_as_datasketch_does():
    a, b = WORD_SETS[3], WORD_SETS[3][:6] + ["blockade", "navy", "strait"]
    fp = [Fingerprint(str(i), signature(w).astype("<u8").tobytes(), None)
          for i, w in enumerate((a, b))]
    theirs = [datasketch.MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME) for _ in range(2)]
    for mh, words in zip(theirs, (a, b)):
        mh.update_batch([w.encode("utf-8") for w in words])
    assert jaccard(fp[0], fp[1]) == theirs[0].jaccard(theirs[1])
    assert jaccard(fp[0], fp[0]) == 1.0


def test_fingerprinting_imports_neither_datasketch_nor_scipy():
    code = ("import sys; from detente.stories.fingerprint import signature; signature(['treaty']); "
            "print(sorted(m for m in ('datasketch', 'scipy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
