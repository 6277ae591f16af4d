"""The memory benchmark's replayed copies are new documents: new ids, same offsets, dates moved on."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from detente.records import CodedArticle
from detente.stories import fingerprint

from tests.conftest import make_article, make_event

MEMORY = Path(__file__).resolve().parents[2] / "benchmarks" / "memory.py"


def _load():
    spec = importlib.util.spec_from_file_location("detente_bench_memory", MEMORY)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _coded() -> CodedArticle:
    article = make_article("Kenya and Tanzania signed 12 accords on trade, transport and border posts "
                           "in Arusha on 5 March 2024, officials said.", published="2024-02-29")
    events = (make_event(article, date="2024-02-29"),)
    return CodedArticle(article, 1, 1, events, fingerprint(article, events))


def test_copies_get_new_ids_and_later_dates_with_offsets_kept():
    bench, coded = _load(), _coded()
    assert bench.copy_of(coded, 0) is coded
    copies = [bench.copy_of(coded, k) for k in range(1, 4)]
    assert len({c.article.doc_id for c in copies} | {coded.article.doc_id}) == 4
    assert len({c.events[0].event_id for c in copies} | {coded.events[0].event_id}) == 4
    first = copies[0]
    assert len(first.article.text) == len(coded.article.text) and first.article.text != coded.article.text
    assert first.events[0].doc_id == first.fingerprint.doc_id == first.article.doc_id
    assert first.article.published.value == "2025-02-28"  # no 29 February in 2025
    assert copies[2].events[0].date.value == "2027-02-28" and copies[3 - 1].article.published.value == "2027-02-28"
    assert first.fingerprint.signature != coded.fingerprint.signature


def test_replay_yields_the_asked_number_of_distinct_documents():
    bench = _load()
    docs = list(bench.copies([_coded(), _coded()], 7))
    assert len(docs) == 7
    assert len({d.article.doc_id for d in docs}) == 4  # two identical sources: copies k of both coincide
