"""A complaint judging "the decision" or "the move" with no owner is aimed at the story's other state
(events/judged_steps.py, cues.tsv `stepnoun`): wire38 w38_09 "the ministry said the decision 'grossly undermines
China's sovereignty'" (core ACCUSE CHN→LTU) had no target, counterpart.py's `stated` exclusion holding.
Our own sentences, coded through the whole pipeline on a page about Japan and Korea."""
from __future__ import annotations

import pytest

from detente import pipeline
from detente.events.judged_steps import judged_step
from detente.events.lexicon import cue_words
from detente.records import Document
from events_kit import parsed

STORY = ("Japan and Korea have quarrelled over the islets since March. Korea opened a trade office in Taipei on "
         "Monday, and Japan said Korea had broken its promises. ")


def last_sentence(text: str) -> set[tuple]:
    coded = pipeline.code_documents([Document("d0", "t0.txt", None, "text", STORY + text)])[0]
    return {(e.event_type, e.source.country, e.target.country if e.target else None)
            for e in coded.events if e.evidence.sentence_index == 2}


@pytest.mark.parametrize("sentence", [
    "The Japanese foreign ministry said the decision grossly undermines Japan's sovereignty.",
    "A Japanese spokesman said the move was a grave provocation.",
])
def test_a_complaint_judging_an_unowned_step_is_aimed_at_the_other_state(sentence):
    assert ("ACCUSE", "JPN", "KOR") in last_sentence(sentence)


@pytest.mark.parametrize("sentence", [
    "In a statement on its website, the Japanese ministry said the decision \"grossly undermines Japan's "
    "sovereignty\" and that Korea had broken the commitment it made when the two countries established relations.",
    "The Japanese ministry said the move was a grave provocation and that Korea had broken its word.",
])
def test_the_other_state_charged_in_a_coordinated_complement_is_the_addressee(sentence):
    assert ("ACCUSE", "JPN", "KOR") in last_sentence(sentence)


def test_a_third_state_charged_beside_the_step_keeps_the_complaint_open():
    found = last_sentence("The Japanese ministry said the move was a grave provocation and that China had broken "
                          "its word.")
    assert ("ACCUSE", "JPN", "KOR") not in found


@pytest.mark.parametrize("sentence", [
    "Japan complained that its exports were held up.",
    "Japan said our decision undermines nobody's sovereignty.",
])
def test_other_complaints_stay_without_the_counterpart(sentence):
    assert ("ACCUSE", "JPN", "KOR") not in last_sentence(sentence)


def test_step_nouns_load():
    assert {"decision", "move", "step", "measure", "action"} <= set(cue_words("stepnoun"))


@pytest.mark.parametrize("text, judged", [
    ("Tokyo said the decision undermines its sovereignty.", True),
    ("Tokyo said this move violates the treaty.", True),
    ("Tokyo said Seoul's decision undermines its sovereignty.", False),
    ("Tokyo said the decision by Seoul undermines its sovereignty.", False),
    ("Tokyo said the talks undermine its sovereignty.", False),
])
def test_judged_step_reads_the_complement_subject(text, judged):
    sentence = parsed(text)[1][0]
    say = next(t.i for t in sentence.tokens if t.lemma == "say")
    assert judged_step(sentence, say) is judged
