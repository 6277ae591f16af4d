"""The prefilter only saves parsing: events are identical with it on and off.

`pipeline.candidate_sentence` skips the parser on sentences that name no trigger or no actor. If it
ever drops a sentence the coder would have coded, an event silently disappears; this test codes
every seed article and every benchmark sentence both ways and compares the full Event records.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from detente import pipeline
from detente.errors import InputRejected
from detente.ingest import IngestOptions
from detente.nlp import load_model
from detente.nlp.model import with_recogniser
from detente.records import Document

from tests.conftest import BENCH, SEEDS, need_shared

CORPORA = {"seeds": SEEDS, "plover_gsr": BENCH / "plover_gsr" / "texts", "cameo_examples": BENCH / "cameo_examples" / "texts"}


def documents(folder: Path) -> list[Document]:
    options = IngestOptions()
    return [d for path in sorted(folder.glob("*.txt")) for d in pipeline.read_input(str(path), options)
            if isinstance(d, Document)]


class MemoParser:
    """The shared model, remembering each sentence's parse: spaCy parses a sentence the same way
    every time, so the prefilter-on run reuses the parses of the prefilter-off run (half the cost)."""

    def __init__(self, model):
        self.model, self.parsed = model, {}

    def get_pipe(self, name):
        return self.model.get_pipe(name)

    def pipe(self, texts, **_options):
        texts = list(texts)
        fresh = list(dict.fromkeys(t for t in texts if t not in self.parsed))
        self.parsed.update(zip(fresh, self.model.pipe(fresh)))
        return (self.parsed[t] for t in texts)


def events_or_reason(document: Document, prefilter: bool, model, ner: bool = False) -> tuple | str:
    try:
        return pipeline.code_document(document, prefilter=prefilter, model=model, ner=ner).events
    except InputRejected as exc:
        return f"rejected: {exc.reason}"


@pytest.mark.slow
@pytest.mark.parametrize("corpus,ner", [(c, False) for c in sorted(CORPORA)] + [("seeds", True), ("cameo_examples", True)])
def test_prefilter_never_changes_the_events(corpus, ner):
    """Also with `ner` (entities from the model's recogniser, not the rules: `ingest --ner`), on two corpora."""
    need_shared()
    docs = documents(CORPORA[corpus])
    if not docs:
        pytest.skip(f"no texts in {CORPORA[corpus]}")
    model = MemoParser(with_recogniser(load_model()) if ner else load_model())
    differ = []
    for doc in docs:
        full = events_or_reason(doc, False, model, ner)  # parses every sentence (and remembers them)
        filtered = events_or_reason(doc, True, model, ner)
        model.parsed.clear()
        if filtered != full:
            differ.append(f"{Path(doc.path).name}: prefilter on → {_brief(filtered)}; off → {_brief(full)}")
    assert not differ, f"{len(differ)} of {len(docs)} {corpus} documents change with the prefilter:\n" + "\n".join(differ[:20])


def test_prefilter_is_cheaper_than_parsing_everything():
    """Guards the point of the prefilter: it must actually skip some sentences of a long article."""
    need_shared()
    docs = documents(SEEDS)
    if not docs:
        pytest.skip(f"no seed articles in {SEEDS}")
    sentences = [s.text for d in docs for s in _sentences(d)]
    kept = sum(pipeline.candidate_sentence(s) for s in sentences)
    assert 0 < kept < len(sentences)


def _sentences(document: Document) -> list:
    from detente import clean
    from detente.nlp import split_sentences

    return split_sentences(clean.clean_document(document))


def _brief(result: tuple | str) -> str:
    if isinstance(result, str):
        return result
    return "[" + ", ".join(f"{e.event_type} {e.source.country}->{e.target.country if e.target else None} "
                           f"{e.status} {e.date.value}" for e in result) + "]"
