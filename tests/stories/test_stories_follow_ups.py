"""A story followed up months later (a protocol signed, then ratified) is one story when the later page names
the people and places the first did; pages of another story of the same country pair are not joined to it."""
from __future__ import annotations

from dataclasses import replace

import numpy as np

from detente.stories import assign_stories, fingerprint
from detente.stories.cluster import FOLLOW_UP_DAYS, MAX_DAYS_APART
from detente.stories.fingerprint import jaccard
from detente.stories.names import name_matrix, named_alike, names, state_hashes, without_states
from detente.stories.topics import TOPIC_JACCARD

from tests.conftest import make_article

# Written for these tests: a river-pollution protocol between Chile and Peru, its ratification months
# later, and a different Chile-Peru story (a detained trawler) of the same week as the signing.
SIGNED = ("Chile and Peru signed a protocol on the Tacora spill on Monday. Ministers Elena Quiroga and Tomas "
          "Ballivian agreed in Arica that monitoring stations at Visviri and Charana would share alarm readings "
          "with Tacna, and the Lauca basin authority will publish weekly samples. Quiroga said Chile would fund "
          "two of the stations; Ballivian said Peru expected compensation for farmers near Charana.")
RATIFIED = ("Peru's congress ratified the Tacora protocol on Thursday, months after Quiroga and Ballivian signed "
            "it in Arica. The stations at Visviri and Charana now send readings to Tacna, the Lauca basin authority "
            "said, and farmers near Charana were paid their first compensation. Chile ratified the text in June.")
TRAWLER = ("A Chilean patrol boat detained the Peruvian trawler Santa Rosalia off Ilo on Tuesday, and Lima summoned "
           "the Chilean ambassador. Captain Hernan Mujica said the crew of eleven was held at Iquique; the navy "
           "commander, Admiral Ruiz Tagle, said the trawler had fished inside Chilean waters near Pisagua.")


def _fp(text: str, published: str | None, year: int | None = None):
    return replace(fingerprint(make_article(text, published=published)), topics=("CHL-PER",), latest_year=year)


def _stories(*fps) -> list[str]:
    """The story id of each fingerprint, in the order given."""
    story = {link.doc_id: link.story_id for link in assign_stories(fps)}
    return [story[fp.doc_id] for fp in fps]


def test_the_fixture_pages_share_some_vocabulary_and_names_beyond_the_states():
    signed, ratified, trawler = (_fp(t, "2024-03-04") for t in (SIGNED, RATIFIED, TRAWLER))
    assert jaccard(signed, ratified) >= TOPIC_JACCARD
    matrix = without_states(name_matrix([signed, ratified, trawler]))
    assert named_alike(matrix, np.array([[0, 1]]))[0] and not named_alike(matrix, np.array([[0, 2], [1, 2]])).any()
    assert {"peru", "quiroga", "charana"} <= set(names(make_article(SIGNED))) and "chilean" in names(make_article(TRAWLER))


def test_state_words_are_blanked_and_other_names_kept():
    hashes = name_matrix([_fp(TRAWLER, None)])
    kept = without_states(hashes)
    blanked = (hashes != 0) & (kept == 0)
    assert blanked.any() and np.isin(hashes[blanked], state_hashes()).all()
    assert (kept != 0).sum() >= 5  # the trawler, its captain, the ports


def test_a_ratification_months_later_naming_the_signing_is_one_story():
    signed, ratified = _fp(SIGNED, "2024-03-04"), _fp(RATIFIED, "2024-08-22", year=2024)
    assert MAX_DAYS_APART < 171 <= FOLLOW_UP_DAYS
    assert len(set(_stories(signed, ratified))) == 1


def test_a_follow_up_more_than_a_year_later_is_a_new_story():
    assert len(set(_stories(_fp(SIGNED, "2024-03-04"), _fp(RATIFIED, "2025-06-02", year=2025)))) == 2


def test_another_story_of_the_pair_in_the_same_week_stays_apart():
    signed, trawler = _fp(SIGNED, "2024-03-04"), _fp(TRAWLER, "2024-03-05")
    ratified = _fp(RATIFIED, "2024-08-22", year=2024)
    found = _stories(signed, trawler, ratified)
    assert len(set(found)) == 2 and found[0] == found[2] != found[1]


def test_a_page_months_later_sharing_only_the_states_is_a_new_story():
    later = _fp(TRAWLER.replace("Tuesday", "Friday"), "2024-08-23", year=2024)
    assert len(set(_stories(_fp(SIGNED, "2024-03-04"), later))) == 2


def _name_rows(*rows: list[int]) -> np.ndarray:
    """A name matrix (pages × 16) of the given name hashes, zero-padded."""
    out = np.zeros((len(rows), 16), dtype=np.uint32)
    for i, row in enumerate(rows):
        out[i, : len(row)] = row
    return out


def test_an_aftermath_within_six_weeks_needs_two_names_of_its_own_and_a_quarter_of_all():
    from detente.stories.cluster import AFTERMATH_DAYS, aftermath

    states = state_hashes()[:4].tolist()  # four state words both pages write
    first = _name_rows(states + [11, 12, 13, 14, 15, 16])
    later = _name_rows(states + [11, 12, 21, 22])  # two names of the story's own, 6 of 12 in all
    names = np.concatenate([first, later])
    own, pair = without_states(names), np.array([[0, 1]])
    assert aftermath(names, own, pair, np.array([AFTERMATH_DAYS])).tolist() == [True]
    assert aftermath(names, own, pair, np.array([AFTERMATH_DAYS + 1])).tolist() == [False]
    one_own = np.concatenate([first, _name_rows(states + [11, 21, 22])])
    assert aftermath(one_own, without_states(one_own), pair, np.array([30])).tolist() == [False]
    few = np.concatenate([first, _name_rows(states[:1] + [11, 12, 21, 22, 23, 24, 25, 26])])  # 3 of 16
    assert aftermath(few, without_states(few), pair, np.array([30])).tolist() == [False]
