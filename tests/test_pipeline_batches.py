"""Coding documents as one batch (one parser stream) gives each document exactly its own result."""
from __future__ import annotations

from detente import ids, nlp, pipeline
from detente.records import CodedArticle, Document, Reject
from detente.runners.local import chunks, code_chunk

PAGES = [
    "Kenya and Tanzania signed a trade accord in Nairobi on Monday, officials said.",
    "",  # empty: the cleaner rejects it
    "Brazilian troops fired on a Paraguayan patrol near the border on Sunday. Paraguay protested.",
    "The markets closed higher on Friday as shares of mining firms rose.",
]


def _documents() -> list[Document]:
    return [Document(ids.digest(text or "empty"), f"page{i}.txt", None, "text", text) for i, text in enumerate(PAGES)]


def test_a_batch_codes_each_document_as_if_it_were_alone():
    documents = _documents()
    together = code_chunk(documents)
    alone = [r for d in documents for r in code_chunk([d])]
    assert together == alone
    assert [type(r) for r in together] == [CodedArticle, Reject, CodedArticle, CodedArticle]
    assert together[1].path == "page1.txt"
    assert sum(len(r.events) for r in together if isinstance(r, CodedArticle)) >= 2


def test_a_parser_failure_costs_only_the_document_that_caused_it():
    class FailsOnFire:
        """The real model, except that it raises on any sentence mentioning 'fired'."""

        def get_pipe(self, name):
            return nlp.load_model().get_pipe(name)

        def pipe(self, texts, **options):
            texts = list(texts)
            if any("fired" in t for t in texts):
                raise RuntimeError("parser broke")
            return nlp.load_model().pipe(texts, **options)

    documents = [d for d in _documents() if d.content]
    results = pipeline.code_documents(documents, model=FailsOnFire(), on_error=lambda d, exc: (d.path, str(exc)))
    assert results[1] == ("page2.txt", "parser broke")
    assert isinstance(results[0], CodedArticle) and results[0].events
    assert isinstance(results[2], CodedArticle)


def test_chunks_keep_order_and_size():
    documents = _documents()
    parts = chunks(documents, 3)
    assert [len(p) for p in parts] == [3, 1] and [d for p in parts for d in p] == documents
