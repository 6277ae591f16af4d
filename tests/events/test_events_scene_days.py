"""Session 34 dates30: the day a sentence shares with the undated sentences of its paragraph is a day of its scene,
not one a past perfect looks back to ("It said the contract had run out on 31 March": eval/wire31 w31_06); and a day after a start marker under a promise or a "would" is the start of an act to come, not a past day of the scene
(events/page_anchor.scene_mention, events/date_scope.DECISION). Our own sentences; the page is published on
Wednesday 2019-03-13."""
from __future__ import annotations

import pytest

from detente import pipeline
from detente.events.date_scope import starts_decided_act
from detente.events.dates import find_dates
from detente.events.page_anchor import scene_mention
from detente.records import Document

LEAD = "Freedonia and Ruritania ended their quarrel over fish exports on Tuesday.\n\n"
ASKED = "Freedonia asked Ruritania to pay the arrears without delay."


def _dates(text: str, start: str) -> set:
    doc = Document("d0", "t0.txt", None, "text", text, date="2019-03-13")
    coded = pipeline.code_documents([doc])[0]
    return {e.date.value for e in coded.events if e.evidence.sentence.startswith(start)}


@pytest.mark.parametrize("background", [
    "The ministry said the fishing licence had run out on March 1, and that no new one was signed. ",
    "He said the ministry had warned the fleet when its boats were stopped on March 1. ",
])
def test_a_background_day_is_not_shared_with_the_next_sentence(background):
    assert _dates(LEAD + background + ASKED + "\n\nFishermen cheered in the port.\n", "Freedonia asked") \
        == {"2019-03-12"}


def test_a_day_of_the_scene_is_still_shared():
    text = LEAD + "The ministry spoke to the fleet on Monday. " + ASKED + "\n\nFishermen cheered.\n"
    assert _dates(text, "Freedonia asked") == {"2019-03-11"}


def test_scene_mention_skips_past_perfects_only():
    for sentence, wanted in (("The licence had run out on March 1.", [False]),
                             ("The deal, announced on Monday evening, sets up a joint post.", [True]),
                             ("Freedonia said on Monday that Ruritania had expelled its envoy.", [True]),
                             ("In Port Ama, the ministers met on Monday, and agreed to talk.", [True])):
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
            "starting on Friday. " + ASKED + "\n\nFishermen cheered.\n")
    assert "2019-03-08" not in _dates(text, "Freedonia asked")
