"""A page with no topic (no country pair from its events or named states) joins a page of its story by what
a reworded outlet keeps: some vocabulary and the story's names (stories.cluster.topicless_links)."""
from __future__ import annotations

from dataclasses import replace

import numpy as np

from detente.stories import fingerprint
from detente.stories.cluster import STORY_JACCARD, day_numbers, last_day_numbers, signature_matrix, topicless_links
from detente.stories.fingerprint import jaccard
from detente.stories.topics import TOPIC_JACCARD

from tests.conftest import make_article

BOARDING = ("Coast guards of Ruritania boarded two trawlers from Kessel near the Vellmar banks on Monday and took "
            "nineteen fishermen to the port of Ostrava, where Captain Oskar Brandt said their catch of tuna and "
            "squid would be impounded because the crews had fished without licences.")
FAMILIES = ("Families in Kessel waited for news of sons and husbands held at Ostrava after Brandt's officers "
            "stopped their boats on the Vellmar banks; neighbours said the village had fished those waters for "
            "generations, priests held vigils, and lawyers travelled overnight to argue that every skipper "
            "carried valid papers.")
HARVEST = ("Farmers near Zenda harvested barley early this year as dry winds swept the plains, and millers in "
           "Strelsau said flour prices would rise; the trade minister Lena Vogt promised subsidies for bakers.")
PAIR = np.array([[0, 1]])


def _links(*fps) -> int:
    fps = list(fps)
    return len(topicless_links(fps, signature_matrix(fps), day_numbers(fps), last_day_numbers(fps), PAIR))


def _fp(text: str, published: str = "2025-03-04", topics: tuple[str, ...] = ()):
    return replace(fingerprint(make_article(text)), published=published, topics=topics)


def test_a_topicless_retelling_joins_on_some_vocabulary_and_the_storys_names():
    a, b = _fp(BOARDING), _fp(FAMILIES, "2025-03-05")
    assert TOPIC_JACCARD <= jaccard(a, b) < STORY_JACCARD  # too little vocabulary for a link by words alone
    assert _links(a, b) == 1
    assert _links(replace(a, topics=("RUR-ZZZ",)), b) == 1  # one page without a topic is enough


def test_pages_with_topics_other_names_or_other_weeks_are_not_linked_here():
    a, b = _fp(BOARDING), _fp(FAMILIES, "2025-03-05")
    assert _links(replace(a, topics=("RUR-ZZZ",)), replace(b, topics=("RUR-ZZZ",))) == 0  # same_topic_story's
    assert _links(a, _fp(HARVEST)) == 0  # no name and no vocabulary in common
    assert _links(a, replace(b, published="2025-04-20")) == 0  # weeks apart: followed_up's business, not this
