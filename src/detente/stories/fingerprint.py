"""MinHash fingerprint of an article's content vocabulary."""
from __future__ import annotations

import functools
import hashlib
import re
import struct
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources

import numpy as np

from detente.records import Article, Event, Fingerprint
from detente.stories.names import name_hashes, names
from detente.stories.topics import latest_year, topics

SCHEME = "affine32"  # datasketch 2.x's default scheme, computed here (signature); stored signatures stay comparable
NUM_PERM = 64  # 64 permutations: ±0.06 error on Jaccard, ample for a 0.18 decision threshold
CONTENT_ROLES = frozenset({"title", "body"})
_WORD = re.compile(r"[^\W\d_][\w'’\-]+|\d[\d,.]*\d|\d", re.UNICODE)


@functools.lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    text = resources.files("detente.stories").joinpath("data/stopwords.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def vocabulary(article: Article) -> set[str]:
    """Lower-cased content words of the title and body (stop words and 1–2 letter words dropped)."""
    stop = stopwords()
    words: set[str] = set()
    for seg in article.segments:
        if seg.role in CONTENT_ROLES:
            for w in _WORD.findall(article.text[seg.start : seg.end].lower()):
                w = w.replace("’", "'").removesuffix("'s")
                if len(w) > 2 and w not in stop:
                    words.add(w)
    return words


# The MurmurHash3 32-bit finalizer datasketch applies before its affine permutations (scheme affine32):
# shifts and multipliers, multiplication wrapping modulo 2^32.
_FMIX32 = (16, 0x85EBCA6B, 13, 0xC2B2AE35, 16)


@functools.lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """datasketch's affine32 parameters for seed 1, drawn as it draws them (an odd `a`, any `b`, uint32),
    made once and read-only. Why our own: datasketch's package import pulls in scipy, about 0.3 CPU s in
    every process that fingerprints (tests/stories/test_stories_minhash.py pins equality with it)."""
    gen = np.random.RandomState(1)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    a.setflags(write=False)
    b.setflags(write=False)
    return a, b


# A word's hash depends on the word alone, and most of a page's words are on other pages too: each is hashed once
# (300 real-text pages: 81,000 SHA-1s, 0.5 % of a worker's samples, docs/scaling.md session 31). Bounded.
MAX_HASHES = 200_000


@functools.lru_cache(maxsize=MAX_HASHES)
def word_hash(word: str) -> int:
    """The first four bytes of the word's SHA-1 (UTF-8), little-endian: datasketch's sha1_hash32."""
    return struct.unpack_from("<I", hashlib.sha1(word.encode("utf-8")).digest())[0]


def signature(words: Iterable[str]) -> np.ndarray:
    """MinHash hash values (uint32) of a set of words: the first four bytes of each word's SHA-1, mixed
    by the finalizer, then min over the words of a·h + b mod 2^32 for each permutation."""
    hv = np.array([word_hash(w) for w in words], dtype=np.uint32).reshape(-1, 1)
    if not hv.size:
        return np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32)
    s1, m1, s2, m2, s3 = _FMIX32
    hv = (hv ^ (hv >> np.uint32(s1))) * np.uint32(m1)
    hv = (hv ^ (hv >> np.uint32(s2))) * np.uint32(m2)
    hv = hv ^ (hv >> np.uint32(s3))
    a, b = _permutations()
    return (hv * a + b).min(axis=0)


def fingerprint(article: Article, events: Sequence[Event] = (), named_states: Mapping[str, int] | None = None
                ) -> Fingerprint:
    """The article's MinHash signature, and the country pairs its events and named states say it is about."""
    values = signature(vocabulary(article))
    found = topics(events, named_states or {})
    return Fingerprint(article.doc_id, values.astype("<u8").tobytes(), article.published.value,
                       found, latest_year(events), name_hashes(names(article)))


def jaccard(a: Fingerprint, b: Fingerprint) -> float:
    """The Jaccard similarity of two fingerprints' vocabularies, as their signatures estimate it."""
    x, y = np.frombuffer(a.signature, dtype="<u8"), np.frombuffer(b.signature, dtype="<u8")
    if len(x) != len(y):
        raise ValueError(f"signatures of {len(x)} and {len(y)} hash values cannot be compared")
    return float(np.count_nonzero(x == y)) / len(x)
