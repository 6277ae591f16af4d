"""Prefilter on/off give identical events on the seeds and both sentence benchmarks (read at test time)."""
import os
from dataclasses import replace

import pytest

from detente import actors, clean
from detente.events import code_events, mentions_trigger
from detente.ingest import IngestOptions, read_inputs
from detente.nlp import parse_article
from detente.errors import InputRejected
from detente.records import Document

SHARED = "/work/shared"
FOLDERS = ["seeds", "bench/plover_gsr/texts", "bench/cameo_examples/texts"]


def _documents(folder):
    path = os.path.join(SHARED, folder)
    if not os.path.isdir(path):
        pytest.skip(f"{path} absent")
    return [d for d in read_inputs([path], IngestOptions()) if isinstance(d, Document)]


@pytest.mark.slow
@pytest.mark.parametrize("folder", FOLDERS)
def test_prefilter_on_and_off_give_identical_events(folder):
    differing, coded = [], 0
    for document in _documents(folder):
        try:
            article = clean.clean_document(document)
        except InputRejected:
            continue
        full = parse_article(article)
        # The prefiltered run leaves sentences without a trigger form unparsed (no tokens, no mentions).
        kept = tuple(s if mentions_trigger(s.text) else replace(s, tokens=()) for s in full)
        all_mentions = actors.find_mentions(article, full)
        kept_mentions = tuple(m for m in all_mentions if kept[m.sentence].parsed)
        on, off = code_events(article, kept, kept_mentions), code_events(article, full, all_mentions)
        coded += len(off)
        if on != off:
            differing.append(document.path)
    assert coded > 0
    assert differing == []


def test_reporting_verbs_alone_do_not_send_a_sentence_to_the_parser():
    from detente.events import mentions_trigger

    assert not mentions_trigger("The spokesman said the weather was mild in the capital.")
    assert mentions_trigger("The spokesman said the neighbouring government must withdraw its troops.")
    assert mentions_trigger("The spokesman said the two ministers met in the capital.")
