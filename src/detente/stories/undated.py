"""Pages without a day of their own join at most one dated story.

A page whose publication date is unknown (its date line not read), or known only to its month or year, passes
every date test (cluster._gap is 0 for an unknown date, and a year spans every week of that year): its
vocabulary alone links it. Linked to pages of two stories of one pair months apart (a rail deal in January,
a border incident in June: the undated page of either shares the pair's words with both), it made them one
story. So its links to dated pages are held back while the dated pages link among themselves (`hold`), one
per page: the one sharing the most vocabulary. Then each group of such pages (linked among themselves as
usual) joins the story of the best held link of its members, and no other (`attach`): with no date to say
which story it is of, its closest page says it, and a page cannot be two stories' bridge.

Bounded: two numbers a page, kept as the links stream past (no link is stored).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from detente.stories.forest import roots, unite
from detente.stories.names import named_alike
from detente.stories.topics import TOPIC_JACCARD

NO_DAY = -1  # cluster.NO_DAY: the day number of an unknown date
LOOSE_DAYS = 7  # cluster.MAX_DAYS_APART: a date spanning more days than a story's week says no day
KEPT = 4  # links held per undated page: its best ones
# An undated page joins stories whose dated pages are this close (cluster.AFTERMATH_DAYS): the pieces of one
# story it links are a story's days apart, two stories of one pair months apart are not. eval/wire10: an
# undated page told a shelling whose pages of 12 and 25 April met only through it; eval/wire17, a page dated
# by its year alone, 7 and 20 June; realnews: 18 and 19 May.
BRIDGE_DAYS = 42
# ...unless its link to that story is a follow-up's (cluster.followed_up: TOPIC_JACCARD of vocabulary and
# names.MIN_SHARED names of the story's own, within cluster.FOLLOW_UP_DAYS): what two dated pages months
# apart need to be one story, asked of the undated page put on the days of the story it joined. eval/wire36:
# an undated wire page of Japan's protest at Seoul's August notice to end the intelligence pact (its closest
# page the notice's own, 23 August) shared 0.17 of its vocabulary and three names of the story's own (the
# foreign minister, the cabinet secretary and one more) with the November page of the pact's rescue; it
# joined August alone, and the story's August and November pages were two stories.
FOLLOW_UP_DAYS = 366


@dataclass(frozen=True, slots=True)
class Held:
    """Per page: whether it has no day of its own, and its KEPT best links to pages with one so far."""

    undated: np.ndarray  # bool
    partner: np.ndarray  # (pages × KEPT) int64 rows, -1 for none
    share: np.ndarray  # (pages × KEPT) float32 share of vocabulary of each (0.0 for a join between stories), -1 for none


def held_for(days: np.ndarray, last_days: np.ndarray) -> Held:
    """Nothing held yet; a page is undated when its date is unknown or spans more than LOOSE_DAYS days."""
    undated = (days == NO_DAY) | (last_days - days > LOOSE_DAYS)
    n = len(days)
    return Held(undated, np.full((n, KEPT), -1, dtype=np.int64), np.full((n, KEPT), -1.0, dtype=np.float32))


def undated_closest(days: np.ndarray, last_days: np.ndarray, pairs: np.ndarray, score: np.ndarray,
                    best: np.ndarray | None) -> np.ndarray:
    """Which same-topic pairs are, for a page of theirs with no day of its own, its closest partner (`score`:
    cluster.partner_scores of the pairs, `best`: each page's best over the corpus; None: none). Such a link is
    held and joins at most the one story (attach), so it need not share a name of the story's own as a
    same-week pair of dated pages must: eval/wire18 cut to half (scripts/story_stress.py), an undated page of a
    spraying dispute whose closest page (6/64, its pair's only story) named the officials otherwise stood alone."""
    if best is None:
        return np.zeros(len(pairs), dtype=bool)
    undated = (days == NO_DAY) | (last_days - days > LOOSE_DAYS)
    a, b = pairs[:, 0], pairs[:, 1]
    return (undated[a] & (score == best[a])) | (undated[b] & (score == best[b]))


def hold(held: Held, links: np.ndarray, strength: np.ndarray) -> np.ndarray:
    """Keep each undated page's KEPT best links to dated pages among `links` and those held (most vocabulary,
    then the lowest row); returns which links to add now: those not between an undated and a dated page."""
    links = links.reshape(-1, 2)
    first, second = held.undated[links[:, 0]], held.undated[links[:, 1]]
    mixed = first != second
    if mixed.any():
        page = np.where(first, links[:, 0], links[:, 1])[mixed]
        other = np.where(first, links[:, 1], links[:, 0])[mixed]
        _keep_best(held, page, other, strength[mixed].astype(np.float32))
    return ~mixed


def _keep_best(held: Held, page: np.ndarray, other: np.ndarray, share: np.ndarray) -> None:
    """Raise each page's held links to the KEPT best of them and the new ones (in place)."""
    touched = np.zeros(len(held.undated), dtype=bool)
    touched[page] = True  # only these pages' held links can change: the rest are not sorted again
    known = np.flatnonzero((held.partner >= 0).ravel() & np.repeat(touched, KEPT))
    page = np.concatenate((page, known // KEPT))
    other = np.concatenate((other, held.partner.ravel()[known]))
    share = np.concatenate((share, held.share.ravel()[known]))
    code = np.unique(page * len(held.undated) + other, return_index=True)[1]  # a partner once (its one share)
    page, other, share = page[code], other[code], share[code]
    order = np.lexsort((other, -share, page))  # by page, then the largest share, then the lowest row
    page, other, share = page[order], other[order], share[order]
    rank = np.arange(len(page)) - np.searchsorted(page, page)  # place among the page's own links
    keep = rank < KEPT
    held.partner[page[keep], rank[keep]] = other[keep]
    held.share[page[keep], rank[keep]] = share[keep]


def attach(held: Held, levels: np.ndarray, thresholds: tuple[float, ...], days: np.ndarray,
           last_days: np.ndarray, topics: np.ndarray | None = None, own: np.ndarray | None = None,
           sigs: np.ndarray | None = None) -> None:
    """Each group of undated pages (a component of the first forest with no dated page) joins the story of
    its members' best held link, and the other stories it holds links to whose dates are within BRIDGE_DAYS
    of those joined (`_bridged`), in every forest whose share of vocabulary the link reaches (in place).
    Best: a link whose pages share a topic (`topics`: pages.Pages.topics; or one page has none) before one
    between two pages of other country pairs, then the largest share (`topic_agrees`). With `own` (the
    pages' names without state words), a link that is a follow-up's joins within FOLLOW_UP_DAYS (`follow_ups`)."""
    story = roots(levels[0])
    page, slot = np.nonzero(held.partner >= 0)
    if not len(page):
        return
    share, other = held.share[page, slot], held.partner[page, slot]
    first, last = _spans(story, held.undated, days, last_days)
    apart = np.zeros(len(page), dtype=bool) if topics is None else ~topic_agrees(topics, page, other, len(story))
    order = np.lexsort((other, page, -share, apart, story[page]))  # by group, then a shared topic, the largest share
    page, other, share = page[order], other[order], share[order]
    bounds = np.flatnonzero(np.concatenate(([True], story[page][1:] != story[page][:-1], [True])))
    closest = np.repeat(other[bounds[:-1]], np.diff(bounds))  # each group's best held partner
    follows = follow_ups(own, sigs, page, other, share, closest)
    chosen = np.concatenate([_bridged(story[other[a:b]], first, last, follows[a:b]) + a
                             for a, b in zip(bounds[:-1], bounds[1:])])
    links = np.stack((page[chosen], other[chosen]), axis=1)
    for labels, threshold in zip(levels, thresholds):
        unite(labels, links[share[chosen] >= threshold] if threshold else links)


def topic_agrees(topics: np.ndarray, page: np.ndarray, other: np.ndarray, n: int) -> np.ndarray:
    """Which (page, other) links join pages with a topic (country pair) in common, or with one page of no topic
    (`topics`: (topic number, row) columns of `n` pages). eval/wire25, pages cut to half their body
    (scripts/story_stress.py): an undated page of a Namibia-Angola shooting shared 13/64 of its vocabulary
    with a wire page of a Moldova-Ukraine border story, as much as with a page of its own story, and the
    lower row won the tie: the page joined the other pair's story (story F1 0.754)."""
    by_row = topics[:, np.argsort(topics[1], kind="stable")]
    start = np.searchsorted(by_row[1], np.arange(n))
    end = np.searchsorted(by_row[1], np.arange(n), side="right")
    agree = [start[a] == end[a] or start[b] == end[b]
             or bool(np.intersect1d(by_row[0, start[a] : end[a]], by_row[0, start[b] : end[b]]).size)
             for a, b in zip(page.tolist(), other.tolist())]
    return np.array(agree, dtype=bool)


def _spans(story: np.ndarray, undated: np.ndarray, days: np.ndarray, last_days: np.ndarray
           ) -> tuple[np.ndarray, np.ndarray]:
    """The first and last day of each dated story (by its root row), over its dated pages."""
    first = np.full(len(story), np.iinfo(np.int64).max, dtype=np.int64)
    last = np.full(len(story), np.iinfo(np.int64).min, dtype=np.int64)
    dated = np.flatnonzero(~undated)
    np.minimum.at(first, story[dated], days[dated])
    np.maximum.at(last, story[dated], last_days[dated])
    return first, last


def follow_ups(own: np.ndarray | None, sigs: np.ndarray | None, page: np.ndarray, other: np.ndarray,
               share: np.ndarray, closest: np.ndarray) -> np.ndarray:
    """Which held (page, other) links pass the follow-up test of two dated pages (cluster.followed_up):
    TOPIC_JACCARD of vocabulary (`share`; 0.0 for a join between stories) and MIN_SHARED names of their own,
    with `other` sharing TOPIC_JACCARD of its vocabulary (MinHash `sigs`) with the page's `closest` too.
    Why the second test: an undated roundup of two stories of one pair (a trawler held in February, a power
    line signed in June, tests/stories/test_stories_undated.py) names each story's own cast as a follow-up
    does, but the two stories' pages share nothing; wire36's August and November pages share 0.11."""
    if own is None or sigs is None:
        return np.zeros(len(page), dtype=bool)
    alike = (sigs[closest] == sigs[other]).mean(axis=1) >= TOPIC_JACCARD
    return (share >= TOPIC_JACCARD) & alike & named_alike(own, np.stack((page, other), axis=1), 0.0)


def _bridged(stories: np.ndarray, first: np.ndarray, last: np.ndarray, follows: np.ndarray | None = None
             ) -> np.ndarray:
    """Which of one group's held links (best first, by the story of their dated page) it joins: the best,
    then each whose story is within BRIDGE_DAYS of the span joined so far (the span grows with each), or
    within FOLLOW_UP_DAYS when the link is a follow-up's (`follows`)."""
    low, high, taken, chosen = first[stories[0]], last[stories[0]], {int(stories[0])}, [0]
    for k, s in enumerate(stories.tolist()[1:], 1):
        gap = max(first[s] - high, low - last[s], 0)
        if s not in taken and (gap <= BRIDGE_DAYS or (follows is not None and follows[k] and gap <= FOLLOW_UP_DAYS)):
            low, high = min(low, first[s]), max(high, last[s])
            taken.add(s)
            chosen.append(k)
    return np.array(chosen, dtype=np.int64)
