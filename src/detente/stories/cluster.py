"""Group fingerprints into stories: banded candidates, a similarity and date check, connected components.

Candidate generation is the LSH banding MinHashLSH(threshold=0.15, num_perm=64) used to do (32 bands
of 2 hash values), done here with numpy over the stored signatures, with one change that bounds the
work: inside a band bucket, each member is compared only with its WINDOW predecessors in two sort
orders, never with the whole bucket. A bucket of at most WINDOW + 1 members is therefore compared
exhaustively (every seed, demo and eval corpus is in that regime, so their links are unchanged), and
a crowded one costs WINDOW comparisons per member. In all, at most N · BANDS · 2 · WINDOW pairs.

Why the cap is needed: buckets are crowded when documents share common words. On the synthetic
benchmark corpus (template news) 95 % of all document pairs collided in some band and passed the
similarity check, so all-pairs-in-bucket was quadratic: 100 docs 0.14 s, 1,000 docs 8.3 s. With the
window (benchmarks/stories.py): 1,000 docs 0.06 s and 186 pairs per doc, 10,000 docs 1.6 s and 325
pairs per doc, keeping 99.1 % of the links uncapped banding finds there (100 % at 1,000 docs).

Why big clusters stay whole: a story is a connected component of verified links, not a clique, so a
member only needs a verified path to the rest. The two orders put likely partners next to each other:
  * date order (then signature order) — within the bucket, documents of the same week are adjacent,
    which is where the MAX_DAYS_APART check can pass at all;
  * signature order — by the hash values of the following bands, so near-duplicates (which agree on
    most values) form a contiguous run whatever their dates, and each links to its predecessor.
200 outlets reposting one wire story thus form a chain of verified links in every bucket they share
(tests/stories check 300 copies with WINDOW far below 300). What the cap can lose is a low-similarity
pair (Jaccard near STORY_JACCARD) that only ever meets in crowded buckets and is more than WINDOW
places apart in both orders; other bands and transitive links usually still join them.

Pairs that share a topic (a country pair, topics.py) are candidates too, and need less similarity, or,
failing that, a quarter of their proper names in common (names.py). A pair linked by topic and little
vocabulary alone (below STORY_JACCARD, too few names) holds only for the closest partner of one of its
pages (best_partner), or when such pairs are most of the dated same-topic pairs between two groups of
pages (weak_joins; a pair of pages each tied to its own group by names, sharing none, is not counted: kin.py).
A page with no topic (its events and named states give no country pair) meets its
story through the banded candidates alone, where the same lower vocabulary bar with the story's names
holds (`topicless_links`). Candidates more than MAX_DAYS_APART apart are one story only when followed up
(`followed_up`; a page with no same-topic page in its week also by what a same-week pair needs, within
AFTERMATH_DAYS: `lone_aftermath`); no pair is proposed for that alone. A page with no day of its own (date
unknown, or only a month or year) passes every date test, so its links to dated pages wait until those have
linked among themselves: then it joins the story of its closest page, and others only when their days are
close to that one's (undated.py), never bridging two stories months apart.

Results depend only on the set of fingerprints: documents are indexed in doc_id order, every sort
breaks ties by that index, and a story's id is derived from its smallest doc_id.
"""
from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Iterable, Iterator

import numpy as np

from detente import ids
from detente.records import Fingerprint, StoryLink
from detente.stories.fingerprint import NUM_PERM
from detente.stories.forest import components, forest, roots, unite  # noqa: F401 (components: cluster.components)
from detente.stories.kin import estranged, ties
from detente.stories.late import late_follow_up
from detente.stories.names import MIN_SHARED, name_matrix, named_alike, without_states
from detente.stories.pages import Pages, page_table
from detente.stories.topics import TOPIC_JACCARD, is_side, plausible_years, window_slices
from detente.stories.undated import Held, attach, hold, held_for, undated_closest

# Vocabulary Jaccard of two outlets' reports of one story sits around 0.25; unrelated articles on
# the same beat (e.g. two US–Pakistan security pieces years apart) stay near 0.1 (seed corpus).
STORY_JACCARD = 0.18
MAX_DAYS_APART = 7  # the same story is reported within a week; older coverage is a new story...
# ...unless the later page follows it up (`followed_up`): within FOLLOW_UP_DAYS, it shares TOPIC_JACCARD of
# its vocabulary and NAMES_JACCARD of its names other than state words, MIN_SHARED at least (names.py): a
# protocol signed, then ratified. eval/wire8's Danube story ran May to November 1998 in four outlets: its
# pairs 13 to 183 days apart shared 0.26-0.47 of those names and 0.14-0.25 of their vocabulary; pages of
# two different stories of one country pair in one fortnight (wire8) shared at most one such name. Since
# session 12 MIN_SHARED such names suffice whatever their share (names.py): eval/wire9's Bolivia-Chile
# story, followed up over 12-45 days, shared 3-4 of 9-10 a page.
FOLLOW_UP_DAYS = 366
# A same-topic pair within AFTERMATH_DAYS needs one name of the story's own fewer (MIN_SHARED - 1) when it
# shares NAMES_JACCARD of all its names, state words included, as a same-week pair of one topic does
# (same_topic_story), and like such a pair whatever vocabulary it shares: an aftermath names the story's
# place and little else of the first days' cast, in words of its own. Asking TOPIC_JACCARD of vocabulary
# too left wire9 with its pages' vocabulary thinned (scripts/story_stress.py) at thin50 0.818, thin33 0.800
# (the page apart), without it 0.897, 0.957.
# eval/wire9: a transit protocol signed 28 and 36 days after a military train was stopped at a border
# station named that station and the region (2 of its own names; 6 of 24 names with the state words) and
# nothing of the first pages' officers; it held to its story only while the first page's dotted date
# "09.10.1996" was left unread (its year alone spans the protocol's day). Development pairs of two stories
# of one topic more than a week apart shared at most one name of their own (wire8, wire9).
AFTERMATH_DAYS = 42
# The (bands, rows) that MinHashLSH(threshold=0.15, num_perm=64) picks: a pair at Jaccard 0.18 shares
# a band with probability 1 - (1 - 0.18²)³² = 0.65, at 0.25 with 0.87, at 0.5 with 1.00.
BANDS, ROWS = 32, 2
WINDOW = 8  # predecessors compared per member, bucket and order (see the docstring)
# Verdicts on a same-topic pair (same_topic_story), in increasing order of evidence.
UNDATED, DATED, WEAK, LINK = 0, 1, 2, 3
# Share of the dated same-topic pairs between two groups of pages that must be WEAK links for the groups
# to be one story (weak_joins). realnews, pages cut to their first half: the groups of one story that
# best_partner left apart had 4 of 6 and 5 of 6 such pairs; eval/wire9's and eval/wire8's two stories of
# one country pair in one week 2 of 7 and 1 of 13 (realnews, pages cut to their lead: 6 of 6).
JOIN_SHARE = 0.5
# A story held together by links of any strength is at most MAX_STORY pages: beyond that, the links that chain
# it must share more vocabulary (split_crowds). A corpus whose pages all share one beat's words chains
# otherwise into one story: make_corpus.py's pages, each 24 sentences drawn from the same 679, share
# 0.19-0.28 of their vocabulary two by two (as two outlets of one story do), and a real ingest of 50,000 of
# them was one story of 50,000 pages, whose 787,705 undated events stage 6b re-dated (docs/scaling.md).
# Raised step by step, the first share that leaves no part over MAX_STORY splits it: 3,000 of those pages
# stay one story at 0.25, 2,490 at 0.30, 654 at 0.35, at most 6 at 0.40. The largest story of every
# development set has 5 pages, so no development or held-out set comes near the bound; 300 reposts of one
# article (0.9 of their vocabulary) stay one story whatever the bound (tests/stories).
MAX_STORY = 100
SECOND_LOOK = (0.25, 0.3, 0.35, 0.4, 0.5, 0.6)
# One forest of links per level (forest.py): every link (level 0.0), then those sharing at least each SECOND_LOOK
# share of vocabulary. Each slice of links is added to them as it is verified and then dropped, so the stage
# holds one integer per page and level, not the links (split_crowds).
LEVELS = (0.0, *SECOND_LOOK)
LOOKAHEAD_BANDS = 3  # bands after the bucket's own that order its members by similarity
EMPTY_VALUE = np.uint32((1 << 32) - 1)  # MinHash value before any word (scheme affine32)
NO_DAY = -1  # day number of an unknown date (a real one is a proleptic ordinal ≥ 1)
_CHUNK = 1 << 14  # pairs verified per numpy batch: bounds the (pairs × NUM_PERM) temporary
_TOPIC_PAGES = 1 << 12  # pages whose same-topic pairs are made and judged at once (about 21 pairs a page)
assert BANDS * ROWS == NUM_PERM


def assign_stories(fingerprints: Iterable[Fingerprint]) -> list[StoryLink]:
    """One StoryLink per fingerprint, the same story_id for documents of one story.

    Bounded (issue #13): the banded candidates are made, verified and added to the forests one band and one
    _CHUNK of pairs at a time, never all at once (at 50,000 make_corpus.py pages, 11.1 million distinct pairs
    and 8.1 million links took the stage to 1,188 MB; docs/scaling.md, session 14). The same-topic pairs
    are judged _TOPIC_PAGES pages at a time too, in three passes: each page's closest partner first (best_partner),
    then the verdicts, then weak_joins over the stories every link made."""
    pages = page_table(fingerprints)
    own = without_states(pages.names)
    levels = np.stack([forest(len(pages.days)) for _ in LEVELS])
    held = held_for(pages.days, pages.last_days)  # an undated page's links to dated ones wait (undated.py)
    _link_banded(pages, own, levels, held)
    _link_sides(pages, own, levels, held)
    _link_same_topic(pages, own, levels, held)
    attach(held, levels, LEVELS, pages.days, pages.last_days, pages.topics, own, pages.sigs)
    return _story_links(pages.doc_ids, split_crowds(levels))


def _link_banded(pages: Pages, own: np.ndarray, levels: np.ndarray, held: Held) -> None:
    """The banded candidates' links into the forests, a slice at a time (`own`: the names without state words)."""
    sigs, days, last_days, years, names = pages.sigs, pages.days, pages.last_days, pages.years, pages.names
    no_topic = np.bincount(pages.topics[1], minlength=len(days)) == 0
    for part in banded_pairs(sigs, days):
        keep = (same_story(sigs, days, part, last_days) | followed_up(sigs, days, last_days, years, own, part)
                | topicless_story(sigs, days, last_days, names, own, no_topic, part))
        _unite_levels(levels, sigs, part[keep], held)


def _link_sides(pages: Pages, own: np.ndarray, levels: np.ndarray, held: Held) -> None:
    """Pages with no topic, paired with their WINDOW date neighbours among the pages of the one state they know
    (topics.side_rows: a pair's page is a page of each of its states), judged as banded pairs with such a
    page are (topicless_story). A page that leads with a side event and names one state (the shooting "from
    the Uzbek side", the guard's state unnamed) shared 5-6/64 of its vocabulary with four pages of its story,
    too little for two equal values in one band to find it (tests/stories/test_stories_stress_angles.py).
    Pages of two pairs that share a state are judged so too as a follow-up is (followed_up, the banded
    test): a regional body's appeal to one side twelve days after a seizure between two states (eval/wire15,
    pages cut to half: 6/64 of vocabulary and three names of the story's own, no pair in common) was a story
    of its own (tests/stories/test_stories_side_follow_up.py). Not a same-week test: one-sentence pages of one
    state and week joined by vocabulary alone lowered plover_gsr story F1 0.845 -> 0.839, cameo_examples
    0.915 -> 0.912. Bounded as the same-topic pairs are (window_slices)."""
    sigs, days, last_days, years, names = pages.sigs, pages.days, pages.last_days, pages.years, pages.names
    no_topic = np.bincount(pages.topics[1], minlength=len(days)) == 0
    for part in window_slices(pages.sides, days, _TOPIC_PAGES):
        part = part[plausible_years(years, part)]
        keep = (topicless_story(sigs, days, last_days, names, own, no_topic, part)
                | followed_up(sigs, days, last_days, years, own, part))
        _unite_levels(levels, sigs, part[keep], held)


def _link_same_topic(pages: Pages, own: np.ndarray, levels: np.ndarray, held: Held) -> None:
    """The same-topic pairs' links into the forests, then the joins between stories (weak_joins), the pairs
    made again for each of three passes: best partners, verdicts and links, joins."""
    sigs, days, last_days, years, names = pages.sigs, pages.days, pages.last_days, pages.years, pages.names

    def by_topic() -> Iterator[np.ndarray]:
        for part in window_slices(pages.topics, days, _TOPIC_PAGES):
            yield part[plausible_years(years, part)]

    best = np.full(len(days), -1, dtype=np.int64)  # each page's closest same-topic partner (best_partner)
    for part in by_topic():
        raise_best(best, part, partner_scores(sigs, names, part, same_story(sigs, days, part, last_days, 0.0)))
    verdicts = []  # one byte a pair, for weak_joins once every link is in
    for part in by_topic():
        verdicts.append(same_topic_story(names, sigs, days, part, last_days, best, own))
        keep = (verdicts[-1] == LINK) | followed_up(sigs, days, last_days, years, own, part, names, best)
        _unite_levels(levels, sigs, part[keep], held)
    # joins between groups (weak_joins) rest on no one pair's vocabulary: every link's level only; a weak pair
    # of strangers tied to their own groups is no evidence (kin.py)
    groups = roots(levels[0])
    tie = ties(groups, own, by_topic())
    verdicts = [estranged(p, v, own, tie, WEAK, DATED) for p, v in zip(by_topic(), verdicts)]
    joins = joins_between(groups, lambda: zip(by_topic(), verdicts))
    unite(levels[0], joins[hold(held, joins, np.zeros(len(joins), dtype=np.float32))])


def _unite_levels(levels: np.ndarray, sigs: np.ndarray, links: np.ndarray, held: Held | None = None) -> None:
    """Add verified links to the forest of every level their share of vocabulary reaches; with `held`, an
    undated page's links to dated pages are held instead (undated.hold)."""
    strength = shares(sigs, links)
    if held is not None:
        now = hold(held, links, strength)
        links, strength = links[now], strength[now]
    for labels, threshold in zip(levels, LEVELS):
        unite(labels, links[strength >= threshold] if threshold else links)


def _story_links(doc_ids: list[str], story: np.ndarray) -> list[StoryLink]:
    """Each story's pages in doc_id order, stories in the order of their first page; a story is named by
    its first page (a root is its component's smallest row, and rows are in doc_id order)."""
    names = {root: "s" + ids.digest(doc_ids[root]) for root in np.unique(story).tolist()}
    return [StoryLink(doc_ids[i], names[root]) for i, root in
            zip(np.argsort(story, kind="stable").tolist(), np.sort(story, kind="stable").tolist())]


def shares(sigs: np.ndarray, links: np.ndarray, joins: int = 0) -> np.ndarray:
    """Each link's share of equal MinHash values (its pages' estimated vocabulary Jaccard, a multiple of 1/64,
    exact in float32), _CHUNK links at a time; then 0.0 for each of `joins` links between groups
    (weak_joins), which no one pair's vocabulary made."""
    found = [(sigs[part[:, 0]] == sigs[part[:, 1]]).mean(axis=1, dtype=np.float32) for part in np.array_split(
        links, range(_CHUNK, len(links), _CHUNK))] if len(links) else []
    return np.concatenate([*found, np.zeros(joins, dtype=np.float32)])


def split_crowds(levels: np.ndarray) -> np.ndarray:
    """The story of each page (its root row). Stories of more than MAX_STORY pages are looked at again with
    only their links of at least the next SECOND_LOOK share of vocabulary, until each part is small enough or
    the ladder ends (near-copies are one story whatever their number); a story within the bound keeps every
    link it has. `levels` are the forests of LEVELS. Why a crowded story's parts are the components of the
    next level's forest: every link at least that strong was kept at each step before (the thresholds rise),
    so those links join only pages of one story of the step before, and within a crowded story they are all
    the links that step keeps. (Until session 14 the links themselves were held and filtered step by step.)"""
    story = roots(levels[0])
    for labels in levels[1:]:
        crowded = np.bincount(story, minlength=len(story))[story] > MAX_STORY
        if not crowded.any():
            break
        story = np.where(crowded, roots(labels), story)
    return story


def by_doc_id(fingerprints: Iterable[Fingerprint]) -> list[Fingerprint]:
    """One fingerprint per doc_id, sorted by doc_id (a repeated doc_id keeps a deterministic one)."""
    unique = {fp.doc_id: fp for fp in sorted(fingerprints, key=lambda f: (f.doc_id, f.signature, f.published or ""))}
    return [unique[d] for d in sorted(unique)]


def signature_matrix(fps: list[Fingerprint]) -> np.ndarray:
    """(documents × NUM_PERM) MinHash values, one row per fingerprint (affine32 values fit 32 bits)."""
    if not fps:
        return np.zeros((0, NUM_PERM), dtype=np.uint32)
    sigs = np.stack([np.frombuffer(fp.signature, dtype="<u8") for fp in fps])
    if (sigs >> np.uint64(32)).any():
        raise ValueError("MinHash values above 2³²: not scheme affine32 signatures")
    return sigs.astype(np.uint32)  # half the memory traffic of uint64 when pairs are compared


def day_numbers(fps: list[Fingerprint]) -> np.ndarray:
    """Publication day of each fingerprint as a day ordinal (NO_DAY when unknown)."""
    return np.array([_first_day(fp.published).toordinal() if fp.published else NO_DAY for fp in fps], dtype=np.int64)


def last_day_numbers(fps: list[Fingerprint]) -> np.ndarray:
    """Last day each publication date can be: a date known only to the month ("2024-03") or year spans
    all its days, and is within a week of a day-dated report of the same story late in that month."""
    return np.array([_last_day(fp.published).toordinal() if fp.published else NO_DAY for fp in fps], dtype=np.int64)


def _last_day(value: str) -> dt.date:
    parts = [int(p) for p in value.split("-")]
    if len(parts) >= 3:
        return dt.date(parts[0], parts[1], parts[2])
    month = parts[1] if len(parts) == 2 else 12
    return dt.date(parts[0], month, calendar.monthrange(parts[0], month)[1])


def _first_day(value: str) -> dt.date:
    """A date of any precision ("2024", "2024-03", "2024-03-05") as its first day."""
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


def candidate_pairs(sigs: np.ndarray, days: np.ndarray) -> np.ndarray:
    """The distinct (i, j) row pairs, i < j, to verify: WINDOW neighbours per band bucket and order. All at
    once, for benchmarks and tests that count the comparisons clustering makes; the stage itself takes
    them a band at a time (banded_pairs)."""
    n = len(sigs)
    bands = [_band_codes(sigs, days, band) for band in range(BANDS)]
    codes = _distinct(np.concatenate([np.zeros(0, dtype=np.int64), *bands]))
    return np.stack((codes // max(n, 1), codes % max(n, 1)), axis=1)


def banded_pairs(sigs: np.ndarray, days: np.ndarray) -> Iterator[np.ndarray]:
    """The (i, j) row pairs, i < j, of candidate_pairs, a band at a time and at most _CHUNK at once: distinct
    within a band, so a pair two bands propose comes twice (verifying it twice gives the same link; at
    50,000 make_corpus.py pages 11.6 million pairs against 11.1 million distinct, 4 % more work)."""
    n = max(len(sigs), 1)
    for band in range(BANDS):
        codes = _band_codes(sigs, days, band)
        for start in range(0, len(codes), _CHUNK):
            part = codes[start : start + _CHUNK]
            yield np.stack((part // n, part % n), axis=1)


def _band_codes(sigs: np.ndarray, days: np.ndarray, band: int) -> np.ndarray:
    """Distinct pair codes (low * n + high) of one band: each row with its WINDOW predecessors in its bucket,
    in two orders."""
    n, index = len(sigs), np.arange(len(sigs))
    bucket = _band_key(sigs, band)
    # np.lexsort sorts by its last key first: bucket, then (date,) the next bands' values, then row.
    ahead = [_band_key(sigs, (band + k) % BANDS) for k in range(LOOKAHEAD_BANDS, 0, -1)]
    found = [np.zeros(0, dtype=np.int64)]
    for order in (np.lexsort((index, *ahead, days, bucket)), np.lexsort((index, *ahead, bucket))):
        found.extend(_window_pairs(order, bucket[order], n))
    return _distinct(np.concatenate(found))


def _band_key(sigs: np.ndarray, band: int) -> np.ndarray:
    """A band's ROWS = 2 values as one uint64 per row (each value is below 2³²)."""
    cols = sigs[:, band * ROWS : (band + 1) * ROWS].astype(np.uint64)
    return (cols[:, 0] << np.uint64(32)) | cols[:, 1]


def _distinct(values: np.ndarray) -> np.ndarray:
    # Sort and drop repeats: np.unique took 10 s on 5 M pair codes here (numpy 2.4), this 0.2 s.
    values = np.sort(values)
    return values[np.concatenate(([True], values[1:] != values[:-1]))] if len(values) else values


def _window_pairs(order: np.ndarray, sorted_bucket: np.ndarray, n: int) -> list[np.ndarray]:
    """Pair codes (low * n + high) of each row with its WINDOW predecessors in `order`, same bucket only."""
    codes = []
    for k in range(1, min(WINDOW, len(order) - 1) + 1):
        same = sorted_bucket[k:] == sorted_bucket[:-k]
        a, b = order[:-k][same], order[k:][same]
        codes.append(np.minimum(a, b).astype(np.int64) * n + np.maximum(a, b))
    return codes


def same_story(sigs: np.ndarray, days: np.ndarray, pairs: np.ndarray, last_days: np.ndarray | None = None,
               threshold: float = STORY_JACCARD) -> np.ndarray:
    """Which candidate pairs are one story: close in time when both dates are known (a coarse date is the
    span from `days` to `last_days`), and similar enough (`threshold`: lower for pairs that share a topic,
    see topics.py). Pairs are tested _CHUNK at a time: the date test over millions of pairs at once held
    eight temporaries of eight bytes a pair."""
    last_days = days if last_days is None else last_days
    keep = np.zeros(len(pairs), dtype=bool)
    for start in range(0, len(pairs), _CHUNK):
        keep[start : start + _CHUNK] = _same_story(sigs, days, last_days, pairs[start : start + _CHUNK], threshold)
    return keep


def _same_story(sigs: np.ndarray, days: np.ndarray, last_days: np.ndarray, pairs: np.ndarray,
                threshold: float) -> np.ndarray:
    keep = _gap(days, last_days, pairs) <= MAX_DAYS_APART
    rows = np.flatnonzero(keep)  # the cheap date test first: fewer signature rows to gather
    keep[rows] = _similar(sigs, pairs[rows], threshold)
    return keep


def _similar(sigs: np.ndarray, pairs: np.ndarray, threshold: float) -> np.ndarray:
    a, b = sigs[pairs[:, 0]], sigs[pairs[:, 1]]
    # The share of equal MinHash values estimates Jaccard similarity (what MinHash.jaccard computes).
    return ((a == b).mean(axis=1) >= threshold) & ~_empty(a) & ~_empty(b)


def same_topic_story(names: np.ndarray, sigs: np.ndarray, days: np.ndarray, pairs: np.ndarray,
                     last_days: np.ndarray, best: np.ndarray | None = None, own: np.ndarray | None = None
                     ) -> np.ndarray:
    """The verdict on each same-topic pair: LINK when it is one story, by STORY_JACCARD of vocabulary, by
    NAMES_JACCARD of proper names (stories/names.py: reworded outlets keep the names), or by TOPIC_JACCARD
    of vocabulary when it is one page's closest pair (best_partner); WEAK for a TOPIC_JACCARD pair that is
    neither page's closest (weak_joins counts them); DATED for a pair within the dates that shares less;
    UNDATED for a pair too far apart (or a page without content words). `names`: names.name_matrix; `best`:
    each page's best partner score over every same-topic pair of the corpus when `pairs` are a slice of them;
    `own`: names.without_states(names), made once for all slices."""
    own = without_states(names) if own is None else own
    verdict = np.full(len(pairs), UNDATED, dtype=np.int8)
    dated = same_story(sigs, days, pairs, last_days, 0.0)  # the date test (and a nonempty text)
    keep = same_story(sigs, days, pairs, last_days, TOPIC_JACCARD)
    short = np.flatnonzero(~keep & dated)
    # MIN_SHARED names of the story itself (no state word, none the page also writes in lower case) are
    # one story whatever the share: eval/wire8's Norway–Russia outlets, reworded to 2-5/64 of their
    # vocabulary, shared 3-4 such names (a ship, a port, an institute's head); two stories of one country
    # pair in one week (wire8, wire9) at most 2.
    keep[short] = named_alike(names, pairs[short]) | named_alike(own, pairs[short], 0.0)
    weak = np.flatnonzero(keep & ~same_story(sigs, days, pairs, last_days))
    weak = weak[~named_alike(names, pairs[weak])]
    verdict[dated] = DATED
    verdict[keep] = LINK
    if len(weak):
        # a page's closest partner holds only if the two share a name of the story's own (no state word),
        # when both pages name any: eval/wire8, a page of one Algeria-Tunisia story whose closest page that
        # week (6/64) was of the other, sharing only 'Algerian' and 'Tunisian', chained the two stories
        # (story F1 0.903 -> 0.951). Pages without such names (one-sentence pages) keep their closest link.
        nameless = ~(own != 0).any(axis=1)
        named = named_alike(own, pairs[weak], 0.0, at_least=1) | nameless[pairs[weak, 0]] | nameless[pairs[weak, 1]]
        score = partner_scores(sigs, names, pairs[weak], dated[weak])  # an undated page's closest: undated.py
        named |= undated_closest(days, last_days, pairs[weak], score, best)
        verdict[weak[~(best_partner(sigs, names, pairs, dated, best)[weak] & named)]] = WEAK
        # nor does a pair of pages that both name some names and share none (not even a state's) count towards
        # weak_joins: pages of a pair and week that name nothing in common are two stories in one house style
        # (tests/stories/test_stories_stress_five.py: a power deal's wire page shared 8/64 with two pages of a
        # border arrest of the same pair and week, 2 of the 3 dated pairs between the groups, and joined them).
        # Asking for a shared name of the story's own (no state word) split stories in scripts/story_stress.py
        # (realnews cut to half its pages 1.0 -> 0.964, eval/wire10 to its lead 0.875 -> 0.816); this leaves
        # every corpus and mode there as it was.
        unnamed = ~(names != 0).any(axis=1)  # a page naming nothing says nothing either way
        apart = ~(named_alike(names, pairs[weak], 0.0, at_least=1) | unnamed[pairs[weak, 0]] | unnamed[pairs[weak, 1]])
        verdict[weak[apart]] = DATED
    return verdict


def best_partner(sigs: np.ndarray, names: np.ndarray, pairs: np.ndarray, dated: np.ndarray,
                 best: np.ndarray | None = None) -> np.ndarray:
    """Which pairs are, for at least one of their two pages, its closest partner among the `dated` pairs:
    most MinHash values in common, then most names. A link by topic alone (vocabulary between TOPIC_JACCARD
    and STORY_JACCARD, too few names) is kept only so: two stories of one country pair in one week share
    the pair and as much vocabulary as two outlets of one story do, and one such link chained them into
    one story (eval/wire9: a repatriated crew and an exchange of fire, Korea, August 2016, linked at 8/64
    between pages whose closest partners were in their own stories; eval/wire8: two Algeria–Tunisia
    stories of one week at 6/64). Each page keeps its own closest link, so a page reworded by every
    other outlet still joins its story (realnews and wire4 stories unchanged)."""
    score = partner_scores(sigs, names, pairs, dated)
    if best is None:  # the pairs are all there are: each page's best among them
        best = np.full(len(sigs), -1, dtype=np.int64)
        raise_best(best, pairs, score)
    return dated & ((score == best[pairs[:, 0]]) | (score == best[pairs[:, 1]]))


def partner_scores(sigs: np.ndarray, names: np.ndarray, pairs: np.ndarray, dated: np.ndarray) -> np.ndarray:
    """Each pair's closeness for best_partner: MinHash values in common, then names in common; -1 if not dated."""
    score = np.full(len(pairs), -1, dtype=np.int64)
    step = max(_CHUNK // names.shape[1], 1)  # the name test holds (pairs × names × names) booleans
    for start in range(0, len(pairs), step):
        part = pairs[start : start + step]
        a, b = names[part[:, 0]], names[part[:, 1]]
        shared = ((a[:, :, None] == b[:, None, :]) & (a[:, :, None] != 0)).sum(axis=(1, 2))
        matches = (sigs[part[:, 0]] == sigs[part[:, 1]]).sum(axis=1)
        score[start : start + step] = matches * (names.shape[1] + 1) + shared
    score[~dated] = -1
    return score


def raise_best(best: np.ndarray, pairs: np.ndarray, score: np.ndarray) -> None:
    """Each page's best score so far, raised by these pairs' (in place)."""
    np.maximum.at(best, pairs[:, 0], score)
    np.maximum.at(best, pairs[:, 1], score)


def weak_joins(roots: np.ndarray, pairs: np.ndarray, verdict: np.ndarray) -> np.ndarray:
    """(root, root) links joining two stories when at least JOIN_SHARE of the same-topic pairs between them
    that pass the date test are WEAK links: pages of one story reworded by each outlet that pair off with
    their closest partners, but still share some vocabulary with most pages of the other group."""
    return joins_between(roots, lambda: [(pairs, verdict)])


def joins_between(roots: np.ndarray, parts: Callable[[], Iterable[tuple[np.ndarray, np.ndarray]]]) -> np.ndarray:
    """weak_joins over slices of (pairs, verdicts), `parts()` giving them again for a second pass: first the
    pairs of stories that some WEAK pair joins (only they can be joined), then every dated pair between
    those counted. Linear in the pairs, and held: the story pairs with a WEAK pair between them."""
    n = max(len(roots), 1)
    found = [np.zeros(0, dtype=np.int64)]
    for pairs, verdict in parts():
        codes = _story_pair_codes(roots, pairs, n)
        found.append(codes[(verdict == WEAK) & (codes >= 0)])
    found = _distinct(np.concatenate(found))
    total, weak = np.zeros(len(found), dtype=np.int64), np.zeros(len(found), dtype=np.int64)
    for pairs, verdict in parts() if len(found) else ():
        codes = _story_pair_codes(roots, pairs, n)
        counted = (verdict >= DATED) & (codes >= 0)
        codes, is_weak = codes[counted], verdict[counted] == WEAK
        at = np.minimum(np.searchsorted(found, codes), len(found) - 1)
        hit = found[at] == codes
        np.add.at(total, at[hit], 1)
        np.add.at(weak, at[hit], is_weak[hit])
    found = found[(weak > 0) & (weak >= JOIN_SHARE * total)]
    return np.stack((found // n, found % n), axis=1)


def _story_pair_codes(roots: np.ndarray, pairs: np.ndarray, n: int) -> np.ndarray:
    """The (smaller root, larger root) code of each pair between two stories; -1 for a pair inside one."""
    a, b = roots[pairs[:, 0]], roots[pairs[:, 1]]
    return np.where(a != b, np.minimum(a, b) * n + np.maximum(a, b), -1)


def topicless_links(fps: list[Fingerprint], sigs: np.ndarray, days: np.ndarray, last_days: np.ndarray,
                    pairs: np.ndarray) -> np.ndarray:
    """Banded candidate pairs with a page that has no topic (its events and named states give no country
    pair, so same_topic_story never sees it) that are one story by what a reworded outlet keeps: within
    MAX_DAYS_APART, TOPIC_JACCARD of vocabulary, and NAMES_JACCARD of their names with MIN_SHARED of the
    story's own (no state word). Bounded as the banded candidates are: no pair is made here.

    tests/stories/test_stories_stress_set.py: a piece built on quotes of a seizure at sea, naming the port,
    the officer and the boats' home town but coding no interstate event, shared 10/64 of its vocabulary and
    6 of 13 names with the wire report of Hanoi's protest, and was a story of its own. On the development
    sets (realnews, wire2, wire4, wire8, wire9, wire10, newswire, demo, seeds) and the held-out summary lines
    story F1 is unchanged; scripts/story_stress.py: eval/wire8 cut to half its pages 0.799 -> 0.842, every
    other corpus and mode unchanged."""
    pairs = pairs.reshape(-1, 2)
    names = name_matrix(fps)
    return pairs[topicless_story(sigs, days, last_days, names, without_states(names), no_topics(fps), pairs)]


def no_topics(fps: list[Fingerprint]) -> np.ndarray:
    """Which pages have no topic."""
    return np.array([all(is_side(t) for t in fp.topics) for fp in fps], dtype=bool)


def topicless_story(sigs: np.ndarray, days: np.ndarray, last_days: np.ndarray, names: np.ndarray, own: np.ndarray,
                    no_topic: np.ndarray, pairs: np.ndarray) -> np.ndarray:
    """Which of a slice of banded pairs topicless_links keeps (`own`: names.without_states(names); `no_topic`:
    the pages without a topic)."""
    rows = np.flatnonzero(no_topic[pairs[:, 0]] | no_topic[pairs[:, 1]])
    rows = rows[same_story(sigs, days, pairs[rows], last_days, TOPIC_JACCARD)]
    rows = rows[named_alike(names, pairs[rows]) & named_alike(own, pairs[rows], 0.0)]
    keep = np.zeros(len(pairs), dtype=bool)
    keep[rows] = True
    return keep


def followed_up(sigs: np.ndarray, days: np.ndarray, last_days: np.ndarray, years: np.ndarray, own: np.ndarray,
                pairs: np.ndarray, names: np.ndarray | None = None, best: np.ndarray | None = None) -> np.ndarray:
    """Which candidate pairs (banded or same-topic) too far apart for MAX_DAYS_APART but within FOLLOW_UP_DAYS
    are one story followed up: TOPIC_JACCARD of vocabulary and MIN_SHARED names other than state words
    (`own`, names.without_states) in common, and neither page dated before the latest year the other
    states (topics.plausible_years over `years`). Same-topic pairs (`names`: every name, state words
    included) within AFTERMATH_DAYS need one name of their own fewer and no share of vocabulary if they
    share NAMES_JACCARD of their names (`aftermath`). Bounded as the candidates are: no pair is made here."""
    gap = _gap(days, last_days, pairs)  # 0 when a date is unknown: such pairs are same_story's alone
    rows = np.flatnonzero((gap > MAX_DAYS_APART) & (gap <= FOLLOW_UP_DAYS))  # the week ruled them out, not the year
    rows = rows[plausible_years(years, pairs[rows])]
    keep = np.zeros(len(pairs), dtype=bool)
    if names is not None:
        texts = _similar(sigs, pairs[rows], 0.0)  # no share asked, only two pages with content words
        keep[rows[aftermath(names, own, pairs[rows], gap[rows]) & texts]] = True
        if best is not None:
            keep[rows[lone_aftermath(sigs, names, best, pairs[rows], gap[rows])]] = True
        keep[rows[late_follow_up(sigs, names, own, pairs[rows], _similar)]] = True  # late.py
    rows = rows[_similar(sigs, pairs[rows], TOPIC_JACCARD)]  # same_story's vocabulary test alone
    keep[rows[named_alike(own, pairs[rows], 0.0)]] = True
    return keep


def aftermath(names: np.ndarray, own: np.ndarray, pairs: np.ndarray, gap: np.ndarray) -> np.ndarray:
    """Which same-topic pairs `gap` days apart are a story and its aftermath (AFTERMATH_DAYS): NAMES_JACCARD
    of all their names and MIN_SHARED - 1 names of their own (`own`) in common."""
    near = np.flatnonzero(gap <= AFTERMATH_DAYS)
    near = near[named_alike(names, pairs[near])]
    keep = np.zeros(len(pairs), dtype=bool)
    keep[near[named_alike(own, pairs[near], 0.0, at_least=MIN_SHARED - 1)]] = True
    return keep


def lone_aftermath(sigs: np.ndarray, names: np.ndarray, best: np.ndarray, pairs: np.ndarray, gap: np.ndarray
                   ) -> np.ndarray:
    """Which same-topic pairs `gap` days apart are a story and an aftermath page that stands alone: within
    AFTERMATH_DAYS, what a same-week pair of one topic needs (TOPIC_JACCARD of vocabulary, NAMES_JACCARD of
    all names), and one of the two pages has no same-topic page within MAX_DAYS_APART (`best` -1,
    best_partner's scores over the dated pairs).

    eval/wire15: an analysis page eleven days after a survey ship was chased from disputed waters ("Nicosia
    and Beirut step back from the brink") names none of the first pages' cast, only the states, their
    capitals and a port (no name of the story's own in common, 4/15 and 5/19 of all names, 5/64 and 7/64 of
    the vocabulary), and was a story of its own. Every same-topic pair of two stories of the development
    sets 8-42 days apart fails it (wire8 w8_01/w8_08 at 4/64, wire9's Korea pairs at 3 of 29-30 names);
    a page standing alone asks that no story of its pair ran in its week, which a busy pair never leaves."""
    near = np.flatnonzero((gap <= AFTERMATH_DAYS) & ((best[pairs[:, 0]] < 0) | (best[pairs[:, 1]] < 0)))
    near = near[_similar(sigs, pairs[near], TOPIC_JACCARD)]
    keep = np.zeros(len(pairs), dtype=bool)
    keep[near[named_alike(names, pairs[near])]] = True
    return keep


def _gap(days: np.ndarray, last_days: np.ndarray, pairs: np.ndarray) -> np.ndarray:
    """Days between the two dates of each pair (0 when they overlap, or when one is unknown)."""
    da, db = days[pairs[:, 0]], days[pairs[:, 1]]
    gap = np.maximum(np.maximum(da - last_days[pairs[:, 1]], db - last_days[pairs[:, 0]]), 0)
    return np.where((da == NO_DAY) | (db == NO_DAY), 0, gap)


def _empty(sigs: np.ndarray) -> np.ndarray:
    # A text without content words keeps MinHash's initial values (all 2³²−1, scheme affine32), so two
    # of them "agree" 100 %: that is no evidence of one story.
    return (sigs == EMPTY_VALUE).all(axis=1)
