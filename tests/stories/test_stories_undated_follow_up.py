"""An undated page joins a story's later part months on when its link there is a follow-up's (stories/undated.py,
`follow_ups`): MIN_SHARED names of the story's own and TOPIC_JACCARD of vocabulary with the later page, whose
vocabulary the undated page's closest page shares too (eval/wire36: a pact's August notice and its November
rescue, an undated August page naming the ministers the November page names).
"""
from __future__ import annotations

import numpy as np

from detente.stories.forest import forest, roots, unite
from detente.stories.names import MIN_SHARED, MAX_NAMES
from detente.stories.topics import TOPIC_JACCARD
from detente.stories.undated import BRIDGE_DAYS, FOLLOW_UP_DAYS, attach, hold, held_for

PAGES = 5
ALIKE = int(np.ceil(TOPIC_JACCARD * 64))  # MinHash values two pages share at TOPIC_JACCARD


def _names(shared: int) -> np.ndarray:
    """Own names (no state words) of the five pages: the undated page 4 shares `shared` with page 2."""
    names = (np.arange(PAGES * MAX_NAMES, dtype=np.uint32).reshape(PAGES, MAX_NAMES) + 1)
    names[4, :shared] = names[2, :shared]
    return names


def _sigs(closest_alike: bool) -> np.ndarray:
    """Signatures: page 1 (the undated page's closest) shares ALIKE values with page 2 or none."""
    sigs = np.arange(PAGES * 64, dtype=np.uint32).reshape(PAGES, 64)
    if closest_alike:
        sigs[2, :ALIKE] = sigs[1, :ALIKE]
    return sigs


def _roots(gap_days: int, shared: int = MIN_SHARED, closest_alike: bool = True, own: bool = True) -> list[int]:
    """Pages 0, 1 (day 0, linked), 2, 3 (day `gap_days`, linked) and undated page 4 linked to 1 (0.3 of its
    vocabulary) and 2 (0.2): each page's story root after hold and attach."""
    days = np.array([1000, 1000, 1000 + gap_days, 1000 + gap_days, -1], dtype=np.int64)
    held = held_for(days, days)
    levels = np.stack([forest(PAGES), forest(PAGES)])
    links = np.array([[0, 1], [2, 3], [1, 4], [2, 4]], dtype=np.int64)
    now = hold(held, links, np.array([0.5, 0.5, 0.3, 0.2], dtype=np.float32))
    for labels in levels:
        unite(labels, links[now])
    attach(held, levels, (0.0, 0.25), days, days, None, _names(shared) if own else None, _sigs(closest_alike))
    return roots(levels[0]).tolist()


def test_an_undated_page_followed_up_months_on_joins_both_parts_of_its_story():
    assert len(set(_roots(BRIDGE_DAYS + 50))) == 1


def test_a_follow_up_needs_the_story_s_own_names():
    far = _roots(BRIDGE_DAYS + 50, shared=MIN_SHARED - 1)
    assert len(set(far)) == 2 and far[4] == far[0]  # the closest page's story alone


def test_a_follow_up_needs_the_two_parts_to_share_vocabulary():
    # a roundup of two stories names each one's cast; the stories' own pages share nothing
    far = _roots(BRIDGE_DAYS + 50, closest_alike=False)
    assert len(set(far)) == 2 and far[4] == far[0]


def test_a_follow_up_is_within_a_year():
    assert len(set(_roots(FOLLOW_UP_DAYS + 10))) == 2


def test_without_names_the_bridge_stays_within_bridge_days():
    assert len(set(_roots(BRIDGE_DAYS + 50, own=False))) == 2
    assert len(set(_roots(BRIDGE_DAYS, own=False))) == 1
