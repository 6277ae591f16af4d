"""Held people told as the subject of a verb of coming back ("walked back across the bridge", "crossed back into",
"came home", "returned home") in the sentence that tells who held them ("the officers held for five days by X
walked back") were let go by that holder: PLOVER RETREAT from the holder to their state, not their own state's
withdrawal (events/returned_people.py, nlp/reduced_relatives.py; wire25 w25_03). Sentences written for these
tests."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from detente.events.lexicon import cue_words, trigger_lemma
from detente.events.returned_people import _PEOPLE_ROW

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))
from helpers import events_of  # noqa: E402

HELD = "Chilean border guards detained four Peruvian customs officers near the Chacalluta crossing on Monday."
PROTEST = "Peru protested to Chile on Monday."


@pytest.mark.parametrize("back", [
    "The four Peruvian customs officers held for five days by Chilean border guards walked back across the bridge "
    "on Friday evening.",
    "The four Peruvian officers detained for a week by the Chilean police crossed back over the bridge on Saturday.",
    "Four Peruvian fishermen held for nearly a week by Chile returned home on Sunday, officials said.",
])
def test_held_people_coming_back_are_released_by_the_holder_of_their_sentence(back):
    events = events_of(f"{PROTEST} {back}")
    assert ("RETREAT", "CHL", "PER") in events, events
    assert ("RETREAT", "PER", "CHL") not in events, events


@pytest.mark.parametrize("back", ["The four Peruvian officers walked back across the bridge on Friday evening.",
                                  "The four Peruvian officers returned home on Sunday."])
def test_a_holder_told_in_another_sentence_is_not_read(back):
    # recall18 read the page's last holder: one held-out false positive (wire7), no development page gained
    events = events_of(f"{HELD} {back}")
    assert not any(k == "RETREAT" for k, s, t in events), events


def test_coming_back_with_no_holder_on_the_page_is_no_event():
    events = events_of("The four Peruvian officers walked back across the bridge on Friday evening.")
    assert not any(k == "RETREAT" for k, s, t in events), events


def test_each_homecoming_word_is_a_lemma_the_pass_reads():
    assert {"walk", "cross", "come", "return"} <= set(cue_words("homecoming"))
    assert trigger_lemma("verb:walk[subj:officer|fisherman&word:back] src=nsubj") == "walk"


def test_only_the_people_subject_rows_are_read():
    assert _PEOPLE_ROW.match("verb:cross[subj:driver|officer&word:back] src=nsubj tgt=none")
    assert _PEOPLE_ROW.match("verb:return[subj:fisherman|crew&word:home] src=nsubj tgt=none")
    # a unit going back to base withdraws on its own (triggers.tsv return row with a unit subject)
    assert not _PEOPLE_ROW.match("verb:return[subj:company|battalion&word:base|barracks] src=nsubj tgt=none")
    assert not _PEOPLE_ROW.match("verb:return[obj:prisoner|detainee] src=nsubj tgt=object")


def test_a_release_already_told_is_not_coded_twice():
    from detente import pipeline
    from detente.records import Document
    text = ("Santiago freed four Peruvian customs officers on Friday. The four Peruvian officers held for five days "
            "by Chilean border guards walked back across the bridge on Friday evening.")
    coded = pipeline.code_document(Document("d0", "t0.txt", None, "text", text))
    retreats = [e for e in coded.events if e.event_type == "RETREAT"]
    assert len(retreats) == 1 and "came back" not in retreats[0].rule, [e.rule for e in retreats]
