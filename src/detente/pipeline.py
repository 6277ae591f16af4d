"""The order of the stages, written once.

    1. ingest   paths → Document | Reject             (detente.ingest.read_inputs)
    2. clean    Document → Article (role-tagged segments, publication date)
    3. nlp      Article → Sentence… (only candidate sentences are parsed)
    4. actors   Article, Sentence… → Mention…
    5. events   Article, Sentence…, Mention… → Event…
    6. stories  signatures of all articles → StoryLink…   (corpus-level, after 1–5)
    7. store    CodedArticle…, Reject…, StoryLink… → DuckDB rows

Stages 2–5 run per document (`code_document`), in any process: the local runner's pool or a
Spark executor. Runners (detente.runners) own batching, parallelism, error policy and counts.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from detente import actors, clean, events, nlp, stories
from detente.ingest import IngestOptions, discover, read_file, read_inputs
from detente.records import CodedArticle, Document, Fingerprint, Reject, StoryLink


def candidate_sentence(text: str) -> bool:
    """Prefilter: can this sentence hold an event? Cheap lexical test, run before the parser.

    Must never drop a sentence the coder would code (tests/test_pipeline.py checks that events
    are identical with the prefilter on and off).
    """
    return events.mentions_trigger(text) and actors.mentions_actor(text)


def read(paths: Sequence[str], options: IngestOptions | None = None) -> Iterator[Document | Reject]:
    """Stage 1 over many paths."""
    return read_inputs(paths, options or IngestOptions())


def inputs(paths: Sequence[str], options: IngestOptions) -> Iterator[str]:
    """Stage 1a: the input files (and "-") below the given paths, in a stable order."""
    return discover(paths, options)


def read_input(path: str, options: IngestOptions) -> Iterator[Document | Reject]:
    """Stage 1b: the documents and rejects of one input file."""
    return read_file(path, options)


def code_document(document: Document, prefilter: bool = True, model=None) -> CodedArticle:
    """Stages 2–5 for one document. Raises detente.errors.InputRejected for unusable input."""
    article = clean.clean_document(document)
    keep = candidate_sentence if prefilter else (lambda _text: True)
    sentences = nlp.parse_article(article, keep=keep, model=model)
    mentions = actors.find_mentions(article, sentences)
    coded = events.code_events(article, sentences, mentions)
    return CodedArticle(
        article=article,
        sentences=len(sentences),
        parsed=sum(1 for s in sentences if s.parsed),
        events=coded,
        fingerprint=stories.fingerprint(article),
    )


def link_stories(fingerprints: Iterable[Fingerprint]) -> list[StoryLink]:
    """Stage 6: group documents into stories (near-duplicates and the same story from other outlets)."""
    return stories.assign_stories(fingerprints)
