"""Same-topic story links need the two pages' events on the pair to take a common side."""
from __future__ import annotations

from dataclasses import replace

import pytest

from detente.errors import KnowledgeError
from detente.events.lexicon import PLOVER_TYPES
from detente.stories import assign_stories, fingerprint
from detente.stories.cluster import STORY_JACCARD
from detente.stories.fingerprint import minhash
from detente.stories.topics import TOPIC_JACCARD, acts, read_sides, sides

from tests.conftest import make_article, make_event

SIGNING = ("Kenya and Tanzania signed a maritime boundary agreement in Mombasa on Monday, ending a decade-long dispute "
           "over fishing waters off the Pemba channel, with a joint patrol commission for the exclusive economic zones.")
REWORDED = ("Nairobi and Dodoma have settled their quarrel at sea: negotiators initialled a boundary pact drawing a median "
            "line through the Pemba channel, and fishing crews from both coasts may again work the contested grounds "
            "under a patrol commission, ministers said.")


def _fp(text: str, sides_on_pair: tuple[str, ...]):
    return replace(fingerprint(make_article(text)), topics=("KEN-TZA",),
                   acts=tuple(f"KEN-TZA:{side}" for side in sides_on_pair))


def _stories(*fps) -> int:
    return len({link.story_id for link in assign_stories(fps)})


def test_every_listed_type_takes_its_side_and_request_takes_none():
    article = make_article(SIGNING)
    table = sides()
    assert set(table) | {"REQUEST"} == set(PLOVER_TYPES) and set(table.values()) == {"conflict", "cooperation"}
    for event_type, side in table.items():
        assert acts([make_event(article, event_type, "TZA", "KEN")], ("KEN-TZA",)) == (f"KEN-TZA:{side}",)
    assert acts([make_event(article, "REQUEST")], ("KEN-TZA",)) == ()
    assert acts([make_event(article, "ASSAULT", "KEN", "UGA")], ("KEN-TZA",)) == ()  # not a topic of the page


def test_a_bad_line_names_the_file_and_line():
    with pytest.raises(KnowledgeError, match=r"act_polarity.tsv:2: .*'ASSAULT\\tviolent'"):
        read_sides("type\tside\nASSAULT\tviolent\n")
    with pytest.raises(KnowledgeError, match=":1:"):
        read_sides("ATTACK\tconflict\n")


def test_pages_of_one_pair_whose_events_take_opposite_sides_are_two_stories():
    a, b = _fp(SIGNING, ("cooperation",)), _fp(REWORDED, ("conflict",))
    assert TOPIC_JACCARD <= minhash(a).jaccard(minhash(b)) < STORY_JACCARD
    assert _stories(a, b) == 2


def test_a_common_side_or_no_event_on_the_pair_still_links_them():
    assert _stories(_fp(SIGNING, ("cooperation",)), _fp(REWORDED, ("conflict", "cooperation"))) == 1
    assert _stories(_fp(SIGNING, ("conflict",)), _fp(REWORDED, ())) == 1


def test_near_duplicates_link_on_their_vocabulary_whatever_their_sides():
    a, b = _fp(SIGNING, ("cooperation",)), _fp(SIGNING + " Officials said.", ("conflict",))
    assert minhash(a).jaccard(minhash(b)) >= STORY_JACCARD
    assert _stories(a, b) == 1
