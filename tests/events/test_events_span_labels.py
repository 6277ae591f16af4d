"""An event's evidence span without the page label that opens its paragraph (events/span_labels.py): an AGREE's
evidence began 'STORY: "We can now declare ..."' on a video page (session 24 newcomer lead)."""
from __future__ import annotations

import pytest

from detente.events.lexicon import data_rows
from detente.events.span_labels import evidence_span

LABELS = [cols[0].strip() for _, cols in data_rows("span_labels.tsv")]
SENTENCE = "Kenya signed a trade pact with Tanzania on Tuesday."


def _span(prefix: str, offset: int = 100):
    text = prefix + SENTENCE
    at = text.index("signed")
    return evidence_span("body", 0, 3, text, offset, offset + len(text), "signed", offset + at), offset + at


@pytest.mark.parametrize("label", LABELS)
def test_each_label_is_cut_from_the_span_with_its_offsets(label):
    for form in (label, label.capitalize()):
        ev, trigger_at = _span(f"{form}: ")
        assert ev.sentence == SENTENCE and ev.start == 100 + len(form) + 2 and ev.end == ev.start + len(SENTENCE)
        assert (ev.trigger, ev.trigger_start, ev.trigger_end) == ("signed", trigger_at, trigger_at + 6)


def test_a_numbered_update_and_two_labels_in_a_row_are_cut_too():
    assert _span("UPDATE 2: ")[0].sentence == SENTENCE
    assert _span("STORY: SOUNDBITE: ")[0].sentence == SENTENCE


@pytest.mark.parametrize("prefix", ["BRUSSELS: ", "Story time: ", "story: ", "STORYLINE: ", "STORY "])
def test_a_dateline_or_a_word_that_is_no_label_stays(prefix):
    ev, _ = _span(prefix)
    assert ev.sentence == prefix + SENTENCE and ev.start == 100


def test_a_label_is_never_cut_past_the_trigger():
    text = "WATCH: Kenya and Tanzania sign."
    ev = evidence_span("body", 0, 0, text, 0, len(text), "WATCH", 0)
    assert ev.sentence == text and ev.start == 0


def test_a_coded_page_s_evidence_starts_after_the_label_and_still_points_into_the_text():
    from detente.pipeline import code_document
    from detente.records import Document

    text = ("Kenya and Tanzania sign pact\n\nSTORY: Kenya signed a trade pact with Tanzania in Arusha on Tuesday, "
            "the two governments said in a joint statement.\n")
    coded = code_document(Document("dlabel", "pact.txt", None, "text", text))
    body = [e for e in coded.events if e.evidence.trigger == "signed"]
    assert body, [e.evidence.sentence for e in coded.events]
    for event in body:
        ev = event.evidence
        assert ev.sentence.startswith("Kenya signed") and coded.article.text[ev.start:ev.end] == ev.sentence
