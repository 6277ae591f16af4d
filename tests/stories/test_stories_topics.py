"""Story links that survive rewording: a shared country pair and some shared vocabulary."""
from __future__ import annotations

from dataclasses import replace

import numpy as np

from detente.stories import assign_stories, fingerprint
from detente.stories.cluster import STORY_JACCARD
from detente.stories.fingerprint import jaccard
from detente.stories.topics import (TOPIC_JACCARD, WINDOW, is_side, latest_year, page_years, side_rows, topic_pairs,
                                    topic_rows, topics)

from tests.conftest import make_article, make_event

SIGNING = ("Kenya and Tanzania signed a maritime boundary agreement in Mombasa on Monday, ending a decade-long dispute "
           "over fishing waters off the Pemba channel, with a joint patrol commission for the exclusive economic zones.")
REWORDED = ("Nairobi and Dodoma have settled their quarrel at sea: negotiators initialled a boundary pact drawing a median "
            "line through the Pemba channel, and fishing crews from both coasts may again work the contested grounds "
            "under a patrol commission, ministers said.")


def _fp(text: str, topic: tuple[str, ...] = ("KEN-TZA",), published: str | None = "2024-03-05", year=None):
    return replace(fingerprint(make_article(text, published=published)), topics=topic, latest_year=year)


def _stories(*fps) -> int:
    return len({link.story_id for link in assign_stories(fps)})


def test_two_wordings_below_the_story_threshold_are_one_story_when_they_share_a_country_pair():
    a, b = _fp(SIGNING), _fp(REWORDED)
    assert TOPIC_JACCARD <= jaccard(a, b) < STORY_JACCARD
    assert _stories(a, b) == 1
    assert _stories(a, replace(b, topics=("CHL-PER",))) == 2  # no shared country pair: vocabulary alone decides


def test_same_topic_pages_years_apart_stay_apart_when_one_is_undated():
    dated_2012 = _fp(SIGNING, published="2012-12-22", year=2012)
    undated_2021 = _fp(REWORDED, published=None, year=2021)  # its text states 2021: not published in 2012
    assert _stories(dated_2012, undated_2021) == 2
    assert _stories(_fp(SIGNING, published="2024-03-05"), _fp(REWORDED, published="2024-09-05")) == 2


def test_topics_are_the_top_event_dyads_and_the_two_most_named_states():
    article = make_article(SIGNING)
    events = [make_event(article, "AGREE", "KEN", "TZA"), make_event(article, "CONSULT", "TZA", "KEN"),
              make_event(article, "AID", "KEN", "KEN")]  # a domestic row is no dyad
    assert topics(events, {"KEN": 3, "TZA": 2, "UGA": 1}) == ("KEN-TZA",)
    assert topics([], {"KEN": 3, "UGA": 2}) == ("KEN-UGA",)
    assert latest_year(events) == 2024 and latest_year([]) is None


def test_a_plan_is_no_year_the_page_reports_on():
    article = make_article(SIGNING)
    events = [make_event(article, "AGREE", "KEN", "TZA", "2024-03-04"), make_event(article, "CONSULT", "KEN", "TZA", "2025-06")]
    assert latest_year(events) == 2025
    assert latest_year([events[0], replace(events[1], status="pending")]) == 2024  # talks to be held next year


def test_a_page_states_no_year_after_its_own_publication():
    fps = [_fp(SIGNING, published="2024-03-05", year=2025), _fp(REWORDED, published=None, year=2025),
           _fp(REWORDED, published="2024-03-05", year=None)]
    assert page_years(fps).tolist() == [[2024, 0, 2024], [2024, 2025, 0]]
    # so a page of 2024 that mentions 2025 still follows up its story's earlier pages of 2024
    assert _stories(_fp(SIGNING, published="2024-03-05", year=2024), _fp(REWORDED, published="2024-03-07", year=2025)) == 1


def test_a_page_with_no_pair_gives_the_one_state_it_knows_as_a_side():
    article = make_article(SIGNING)
    assert topics([], {"KEN": 3}) == ("KEN",) and is_side("KEN") and not is_side("KEN-TZA")
    assert topics([make_event(article, "ASSAULT", "KEN", None)], {"KEN": 1}) == ("KEN",)
    assert topics([make_event(article, "ASSAULT", "KEN", None)], {"UGA": 1}) == ()  # two states, no pair
    assert topics([], {}) == ()
    # a pair's page is a page of each of its states; a side is no topic
    fps = [_fp(SIGNING), _fp(REWORDED)]
    fps = [replace(fps[0], topics=("KEN-TZA",)), replace(fps[1], topics=("KEN",))]
    assert topic_rows(fps, {}).tolist() == [[0], [0]]
    assert side_rows(fps, {}).tolist() == [[0, 1, 0], [0, 0, 1]]


def test_a_crowded_topic_costs_a_bounded_number_of_comparisons():
    fps = [_fp(f"{SIGNING} Report {i}.") for i in range(200)]
    pairs = topic_pairs(fps, np.zeros(len(fps), dtype=np.int64))
    assert len(pairs) <= len(fps) * WINDOW
