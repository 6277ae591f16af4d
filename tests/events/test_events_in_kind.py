"""An act answered "in kind" (events/in_kind.py): the answered act, told just before, with the two states swapped,
its status the answering clause's. wire41, wire42, wire44, wire47, wire49 (pages49's table). Our own sentences,
through the whole pipeline (the answering sentence has no trigger of its own: the prefilter must let it through)."""
from __future__ import annotations

import pytest

from detente import pipeline
from detente.events import mentions_trigger
from detente.events.lexicon import cue_words
from detente.records import Document

EXPULSION = "Norway expelled two Finnish diplomats on Monday, accusing them of spying. "


def coded(text: str) -> set[tuple]:
    events = pipeline.code_documents([Document("d0", "t0.txt", None, "text", text)])[0].events
    return {(e.event_type, e.source.country, e.target.country if e.target else None, e.status) for e in events}


@pytest.mark.parametrize("answer, status", [
    ("Finland responded in kind on Tuesday.", "asserted"),
    ("Helsinki answered in kind a day later.", "asserted"),
    ("Finland would not respond in kind, its foreign minister said.", "negated"),
    ("Finland has chosen not to answer in kind.", "negated"),
    ("Finland will retaliate in kind, the minister said.", "pending"),
    ("Finland reciprocated on Wednesday.", "asserted"),
])
def test_the_answered_act_is_swapped(answer, status):
    assert ("SANCTION", "FIN", "NOR", status) in coded(EXPULSION + answer)


def test_same_sentence_answer():
    text = "Two days after Chile expelled the Peruvian ambassador and Peru answered in kind, the talks were cancelled."
    assert ("SANCTION", "PER", "CHL", "asserted") in coded(text)


@pytest.mark.parametrize("answer", [
    "Asked whether Finland would respond in kind, the minister said a decision would come later.",
    "If Norway expels anyone else, Finland will respond in kind.",
    "There was no answer in kind from Finland.",
])
def test_no_answer_is_read(answer):
    assert not {e for e in coded(EXPULSION + answer) if e[1] == "FIN" and e[0] == "SANCTION"}


def test_nothing_answered_nothing_coded():
    # a friendly act is not answered "in kind" by a measure; and with no act aimed at Finland there is none to swap
    assert not {e for e in coded("Norway praised the Finnish plan. Finland responded in kind.") if e[1] == "FIN"
                and e[0] == "SANCTION"}


def test_an_act_the_sentence_tells_itself_is_not_doubled():
    events = pipeline.code_documents([Document("d0", "t0.txt", None, "text", EXPULSION + "Finland answered Norway "
                                                "in kind and expelled two Norwegian diplomats.")])[0].events
    assert len([e for e in events if e.source.country == "FIN" and e.event_type == "SANCTION"]) == 1


def test_cues_load_and_reach_the_prefilter():
    words = cue_words("inkind")
    assert words["respond"] == "phrase" and words["reciprocate"] == "alone"
    for lemma, value in words.items():
        form = {"reply": "replied", "retaliate": "retaliated", "hit": "hit back"}.get(lemma, lemma + "ed")
        sentence = f"Quito {form} in kind." if value == "phrase" else f"Quito {form}."
        assert mentions_trigger(sentence), sentence


def test_an_act_told_without_its_target_is_answered():
    # the expulsion names no state it hit; the answering state was hit (wire41, wire47: "X's decision to expel its
    # ambassador" left without a target)
    assert ("SANCTION", "FIN", "NOR", "negated") in coded("Norway expelled two diplomats on Monday. Finland would "
                                                          "not respond in kind.")


def test_an_act_a_later_sentence_tells_is_not_doubled():
    events = pipeline.code_documents([Document("d0", "t0.txt", None, "text", EXPULSION + "Finland will not answer "
                                                "in kind. Finland has no quarrel with Oslo. Finland will not expel any Norwegian diplomats.")])[0].events
    assert len([e for e in events if e.source.country == "FIN" and e.event_type == "SANCTION"]) == 1


def test_a_threatened_answer_is_the_threat():
    # wire20: "warns Thailand will respond in kind" is a threat, coded from "warns"; no pending act beside it
    found = coded(EXPULSION + "Finland warned that it would respond in kind.")
    assert not {e for e in found if e[1] == "FIN" and e[0] == "SANCTION"}
