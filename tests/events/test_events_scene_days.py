"""Session 34 dates30: the day a sentence shares with the next one of its paragraph is a day of its own clauses, not
one a relative or contact clause gives another act ("dropped the rule it imposed nine days ago": eval/wire8 w8_03);
and a day after a start marker under a promise or a "would" is the start of an act to come, not a past day of the
scene (events/page_anchor.scene_mention, events/date_scope.DECISION). Our own sentences; the page is published on
Wednesday 2019-03-13."""
from __future__ import annotations


import pytest

from detente import pipeline
from detente.events.date_scope import starts_decided_act
from detente.events.dates import find_dates
from detente.events.page_anchor import scene_mention
from detente.records import Document

TALKS = "The foreign ministers of Freedonia and Ruritania held talks in Port Ama on Monday. "
AGREED = "The two ministers also agreed to set up a joint fisheries committee."


def _dates(text: str, start: str) -> set:
    doc = Document("d0", "t0.txt", None, "text", text, date="2019-03-13")
    coded = pipeline.code_documents([doc])[0]
    return {e.date.value for e in coded.events if e.evidence.sentence.startswith(start)}


@pytest.mark.parametrize("middle", [
    "Freedonia thus dropped the heart of the visa rule it imposed ten days ago. ",
    "Freedonia lifted the fishing ban, which Ruritania had protested on March 1. ",
])
def test_a_day_of_a_relative_clause_is_not_carried_to_the_next_sentence(middle):
    assert _dates(TALKS + middle + AGREED + "\n\nFishermen cheered in the port.\n", "The two ministers") \
        == {"2019-03-11"}


def test_a_day_of_the_main_clause_is_still_carried():
    text = TALKS + "Freedonia dropped the visa rule on Tuesday. " + AGREED + "\n\nFishermen cheered.\n"
    assert _dates(text, "The two ministers") == {"2019-03-12"}


def test_scene_mention_skips_relative_and_contact_clauses_only():
    for sentence, wanted in (("Freedonia dropped the rule it imposed ten days ago.", [False]),
                             ("Freedonia lifted the ban, which Ruritania had protested on March 1.", [False]),
                             ("Freedonia lifted the ban on Tuesday.", [True])):
        assert [scene_mention(sentence, m) for m in find_dates(sentence)] == wanted


@pytest.mark.parametrize("sentence", [
    "The minister came away with a promise that lorries would be checked at the frontier, starting on Wednesday.",
    "Ruritania said its airline would resume flights to Port Ama from Monday.",
])
def test_a_start_under_a_promise_or_would_is_an_act_to_come(sentence):
    assert [starts_decided_act(sentence, m) for m in find_dates(sentence)] == [True]


def test_a_promised_start_is_not_the_paragraphs_day():
    text = ("Freedonia and Ruritania settled their quarrel over fish exports on Sunday.\n\n"
            "The Ruritanian minister came away with a promise that lorries would be checked at the frontier, "
            "starting on Friday. " + AGREED + "\n\nFishermen cheered.\n")
    assert "2019-03-08" not in _dates(text, "The two ministers")
