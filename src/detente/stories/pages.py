"""The fingerprints of a corpus as columns: what story linking reads of each page, a few hundred bytes a page.

Read as Fingerprint records, every page of a 50,000-page corpus was held at once as Python objects (its
signature as 512 bytes, its date, topics and names as strings: about 1.9 KB a page, 93 MB, and the whole
query result beside them while they were made; docs/scaling.md, session 14). Here the fingerprints are taken
SLICE at a time and turned into numpy rows (the signature as 64 uint32, the names as 16), so only one slice of
records is alive at once; what is kept is the doc_id, the publication date and the numbers below.
"""
from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from detente.records import Fingerprint
from detente.stories.names import name_matrix
from detente.stories.topics import page_years, side_rows, topic_rows

SLICE = 4_096  # fingerprints turned into columns at a time


@dataclass(frozen=True, slots=True)
class Pages:
    """One row per page, in doc_id order (one page per doc_id)."""

    doc_ids: list[str]
    published: list[str | None]
    sigs: np.ndarray  # (pages × NUM_PERM) uint32 MinHash values (cluster.signature_matrix)
    days: np.ndarray  # first and last day each publication date can be (cluster.day_numbers, last_day_numbers)
    last_days: np.ndarray
    years: np.ndarray  # (2 × pages) year published, latest year stated (topics.page_years)
    names: np.ndarray  # (pages × MAX_NAMES) name hashes (names.name_matrix)
    topics: np.ndarray  # (2 × page topics) topic number, row (topics.topic_rows)
    sides: np.ndarray  # (2 × page sides) state number, row (topics.side_rows)


def page_table(fingerprints: Iterable[Fingerprint]) -> Pages:
    """The fingerprints as Pages, read SLICE at a time; in doc_id order, a repeated doc_id keeping the one
    cluster.by_doc_id keeps (the store yields one each: one sort of the doc_ids)."""
    from detente.stories.cluster import day_numbers, last_day_numbers, signature_matrix

    items, codes, side_codes, first = iter(fingerprints), {}, {}, 0
    columns: dict[str, list] = {field: [] for field in Pages.__slots__}
    while True:
        part = list(itertools.islice(items, SLICE))
        for field, value in zip(Pages.__slots__, (
                [fp.doc_id for fp in part], [fp.published for fp in part], signature_matrix(part), day_numbers(part),
                last_day_numbers(part), page_years(part), name_matrix(part), topic_rows(part, codes, first),
                side_rows(part, side_codes, first))):
            columns[field].append(value)
        first += len(part)
        if not part:
            break
    # one column at a time, its slices dropped as it is joined: not every column twice at once
    return _in_doc_id_order(Pages(*(_joined(columns.pop(field), field) for field in Pages.__slots__)))


def _joined(slices: list, field: str):
    if isinstance(slices[0], list):
        return [v for column in slices for v in column]
    return np.concatenate(slices, axis=1 if field in ("years", "topics", "sides") else 0)


def _in_doc_id_order(pages: Pages) -> Pages:
    ids = pages.doc_ids
    if all(a < b for a, b in zip(ids, ids[1:])):
        return pages
    keep = np.argsort(np.array(ids, dtype=str), kind="stable")  # code point order, as Python sorts str
    if any(ids[a] == ids[b] for a, b in zip(keep.tolist(), keep[1:].tolist())):  # a repeated doc_id
        key = lambda i: (ids[i], pages.sigs[i].astype("<u8").tobytes(), pages.published[i] or "")  # noqa: E731
        chosen = {ids[i]: i for i in sorted(range(len(ids)), key=key)}  # the last of equal doc_ids, as by_doc_id
        keep = np.array([chosen[d] for d in sorted(chosen)], dtype=np.int64)
    row = np.full(len(ids), -1, dtype=np.int64)
    row[keep] = np.arange(len(keep))
    topics = pages.topics[:, row[pages.topics[1]] >= 0]
    sides = pages.sides[:, row[pages.sides[1]] >= 0]
    return Pages([ids[i] for i in keep], [pages.published[i] for i in keep], pages.sigs[keep], pages.days[keep],
                 pages.last_days[keep], pages.years[:, keep], pages.names[keep], np.stack((topics[0], row[topics[1]])),
                 np.stack((sides[0], row[sides[1]])))
