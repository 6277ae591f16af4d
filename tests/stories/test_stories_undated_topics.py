"""An undated page's closest page is first of all a page of its own country pair (undated.attach, topic_agrees).

eval/wire25, pages cut to half their body (scripts/story_stress.py): an undated page of a border shooting between
two states shared as much vocabulary with a wire page of another pair's border story (a house style's words) as
with a page of its own story; the lower row won the tie and the page joined the other pair's story. Arrays only:
which link an undated page keeps is decided here, whatever the pages say.
"""
from __future__ import annotations

import numpy as np

from detente.stories.forest import forest, roots, unite
from detente.stories.undated import attach, held_for, hold, topic_agrees

# (topic number, row) columns: rows 0 and 1 are of topic 7 (one pair), 2 and 3 of topic 9 (another), row 4 of
# both, row 5 of none
TOPICS = np.array([[7, 7, 9, 9, 7, 9], [0, 1, 2, 3, 4, 4]], dtype=np.int64)


def test_links_agree_on_a_shared_topic_or_when_a_page_has_none():
    page = np.array([0, 0, 4, 5, 2], dtype=np.int64)
    other = np.array([1, 2, 3, 0, 3], dtype=np.int64)
    assert topic_agrees(TOPICS, page, other, 6).tolist() == [True, False, True, True, True]


def _undated_page_story(share_other_pair: float, with_topics: bool) -> tuple[int, list[int]]:
    """Pages 0, 1 (topic 7, day 1000, linked) and 2, 3 (topic 9, day 1400, linked); undated page 4 of topic 9
    alone, linked to page 0 at `share_other_pair` and to page 2 at 0.2: the root of page 4 and of all pages."""
    topics = None if not with_topics else np.array([[7, 7, 9, 9, 9], [0, 1, 2, 3, 4]], dtype=np.int64)
    days = np.array([1000, 1000, 1400, 1400, -1], dtype=np.int64)
    held = held_for(days, days)
    levels = np.stack([forest(5), forest(5)])
    links = np.array([[0, 1], [2, 3], [0, 4], [2, 4]], dtype=np.int64)
    now = hold(held, links, np.array([0.5, 0.5, share_other_pair, 0.2], dtype=np.float32))
    for labels in levels:
        unite(labels, links[now])
    attach(held, levels, (0.0, 0.25), days, days, topics)
    story = roots(levels[0]).tolist()
    return story[4], story


def test_an_undated_page_joins_its_own_pairs_story_over_an_equal_or_closer_page_of_another_pair():
    for share in (0.2, 0.3):
        page, story = _undated_page_story(share, True)
        assert page == story[2] != story[0]


def test_without_topics_the_closest_page_decides_as_before():
    page, story = _undated_page_story(0.2, False)
    assert page == story[0] != story[2]  # a tie: the lower row
