"""The names a story's outlets keep: no state word (a state's own name of several words included), no word
the page also writes in lower case; MIN_SHARED of them join two same-topic pages of one week whose
vocabulary and name share fall short, and a second story of the pair that week shares too few."""
from __future__ import annotations

from dataclasses import replace

import numpy as np

from detente.stories import assign_stories, fingerprint
from detente.stories.fingerprint import jaccard
from detente.stories.names import MIN_SHARED, common_words, name_hashes, name_matrix, named_alike, names, \
    state_hashes, without_states
from detente.stories.topics import TOPIC_JACCARD

from tests.conftest import make_article

# Written for these tests: a research ship held in an Arctic port, told by three outlets in their own words,
# and a fishing-quota story of the same two states the same week.
HELD = ("A border patrol boarded the Polarlys research ship in the Kveld Sea on Tuesday and escorted it to "
        "Gorsk. The Norwegian foreign minister called the boarding unlawful; the ship belongs to the Tromsvik "
        "Marine Institute, whose director, Sigrid Aune, said the crew of twelve had permits. Minister Eirik "
        "Dahle phoned Ambassador Lev Sokolin from Bergen, and Captain Ole Rasmussen radioed Hammerfest and "
        "Vardo before the boarding. The coast was icebound, the patrol said.")
REWORDED = ("Families of twelve sailors waited for news on Thursday. Officials in Gorsk kept the Polarlys at a "
            "quay, lawyers for Tromsvik argued over permits, and Aune flew north to plead with prosecutors while "
            "reporters crowded a cold harbour office. In Kirkenes, Pastor Ingrid Holm and Mayor Tor Lien lit candles "
            "with relatives outside the shuttered Saint Olav church, and Judge Anatoly Belov set no date.")
QUOTAS = ("Norway and Russia agreed cod quotas for next year in Oslo on Wednesday. The Norwegian fisheries "
          "minister, Per Lunde, said trawlers from Hammerdal would get a larger share; the Russian delegation, "
          "led by Pavel Orlov, asked for access to the Kveld Sea shelf.")


def _fp(text: str, day: str):
    return replace(fingerprint(make_article(text, published=day)), topics=("NOR-RUS",))


def _stories(*fps) -> list[str]:
    story = {link.doc_id: link.story_id for link in assign_stories(fps)}
    return [story[fp.doc_id] for fp in fps]


def test_a_word_the_page_also_writes_in_lower_case_is_no_name():
    found = names(make_article("The ship sailed. Officials of the Coast Guard said the Polarlys was safe; "
                               "the coast was clear and a guard stood by."))
    assert "polarlys" in found and "coast" not in found and "guard" not in found
    assert {"coast", "guard", "ship"} <= common_words(["the coast was clear and a guard stood by the ship"])
    assert "polarlys" not in common_words(["Officials said the Polarlys was safe"])


def test_each_word_of_a_state_name_of_several_words_is_a_state_word():
    blanked = set(state_hashes().tolist())
    for word in ("north", "korean", "korea", "norwegian"):
        assert int(np.frombuffer(name_hashes((word,)), dtype="<u4")[0]) in blanked
    assert int(np.frombuffer(name_hashes(("polarlys",)), dtype="<u4")[0]) not in blanked


def test_outlets_of_one_week_sharing_min_shared_story_names_are_one_story():
    held, reworded = _fp(HELD, "2024-09-10"), _fp(REWORDED, "2024-09-12")
    assert jaccard(held, reworded) < TOPIC_JACCARD
    matrix = name_matrix([held, reworded])
    assert not named_alike(matrix, np.array([[0, 1]]))[0]  # a quarter of all their names: not reached
    assert named_alike(without_states(matrix), np.array([[0, 1]]), 0.0)[0]  # but MIN_SHARED of the story's
    assert MIN_SHARED == 3 and len(set(_stories(held, reworded))) == 1


def test_another_story_of_the_pair_that_week_stays_apart():
    held, quotas = _fp(HELD, "2024-09-10"), _fp(QUOTAS, "2024-09-11")
    assert not named_alike(without_states(name_matrix([held, quotas])), np.array([[0, 1]]), 0.0)[0]
    assert len(set(_stories(held, quotas))) == 2
