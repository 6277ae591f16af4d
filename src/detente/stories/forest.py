"""Connected components of links that arrive in slices: a union-find held as one numpy array.

The story stage used to hold every verified link of the corpus (at 50,000 make_corpus.py pages, 8.1 million
pairs and their shares: docs/scaling.md, session 14) to find its stories, then again to look at crowded stories
with only their stronger links (cluster.split_crowds). A forest of parent rows takes each slice of links as it is
verified and forgets it: its memory is one integer per page, whatever the number of links.

`labels[i]` is a row no larger than i on the way to its tree's root, and a root is the smallest row of its tree
(a root is only ever hooked under a smaller one), so `roots` names each component by its smallest row, as the
stories' ids need (cluster.assign_stories).
"""
from __future__ import annotations

import numpy as np


def forest(n: int) -> np.ndarray:
    """n rows, each its own component."""
    return np.arange(n, dtype=np.int64)


def unite(labels: np.ndarray, pairs: np.ndarray) -> None:
    """Join the components of each (a, b) row pair, in place. Every pair whose two roots differ hooks the
    larger root under the smaller (the smallest such, when several pairs hook one root), then the pairs are
    looked at again until each has one root: a few rounds, each linear in the pairs."""
    a, b = pairs[:, 0].astype(np.int64), pairs[:, 1].astype(np.int64)
    while len(a):
        ra, rb = _roots(labels, a), _roots(labels, b)
        labels[a], labels[b] = ra, rb  # the rows themselves straight under their roots: later finds are short
        differ = ra != rb
        a, b, ra, rb = a[differ], b[differ], ra[differ], rb[differ]
        np.minimum.at(labels, np.maximum(ra, rb), np.minimum(ra, rb))


def roots(labels: np.ndarray) -> np.ndarray:
    """The root of every row: its component's smallest row."""
    return _roots(labels, np.arange(len(labels)))


def _roots(labels: np.ndarray, rows: np.ndarray) -> np.ndarray:
    found = labels[rows]
    while True:
        up = labels[found]
        if np.array_equal(up, found):
            return found
        found = up


def components(n: int, links: np.ndarray, chunk: int = 1 << 14) -> list[int]:
    """Connected component of each row, named by its smallest row index, the links taken `chunk` at a time
    (moved from cluster.py, which still offers it, when that module neared 600 lines)."""
    labels = forest(n)
    for start in range(0, len(links), chunk):
        unite(labels, np.asarray(links[start : start + chunk], dtype=np.int64).reshape(-1, 2))
    return roots(labels).tolist()
