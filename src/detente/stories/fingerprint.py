"""MinHash fingerprint of an article's content vocabulary."""
from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from importlib import resources

import numpy as np

from detente.records import Article, Event, Fingerprint
from detente.stories.names import name_hashes, names
from detente.stories.topics import latest_year, topics

SCHEME = "affine32"  # datasketch 2.x default; pinned so stored signatures stay comparable
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


def minhash_class():
    # datasketch's package import pulls in its async/storage extras (seconds); only pay for it
    # in processes that actually fingerprint or cluster.
    from datasketch import MinHash

    return MinHash


@functools.lru_cache(maxsize=1)
def minhash_permutations() -> np.ndarray:
    """The permutation parameters of every signature (fixed by seed and scheme), made once: datasketch
    draws them anew for each MinHash it builds, about 0.25 ms a document, more than hashing its
    vocabulary. Read-only, since every MinHash shares the one array."""
    made = minhash_class()(num_perm=NUM_PERM, seed=1, scheme=SCHEME).permutations
    made.setflags(write=False)
    return made


def fingerprint(article: Article, events: Sequence[Event] = (), named_states: Mapping[str, int] | None = None
                ) -> Fingerprint:
    """The article's MinHash signature, and the country pairs its events and named states say it is about."""
    mh = minhash_class()(num_perm=NUM_PERM, seed=1, scheme=SCHEME, permutations=minhash_permutations())
    mh.update_batch([w.encode("utf-8") for w in sorted(vocabulary(article))])
    found = topics(events, named_states or {})
    return Fingerprint(article.doc_id, mh.hashvalues.astype("<u8").tobytes(), article.published.value,
                       found, latest_year(events), name_hashes(names(article)))


def minhash(fp: Fingerprint):
    return minhash_class()(num_perm=NUM_PERM, seed=1, scheme=SCHEME, hashvalues=np.frombuffer(fp.signature, dtype="<u8"),
                           permutations=minhash_permutations())
