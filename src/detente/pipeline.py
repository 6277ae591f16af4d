"""The order of the stages, written once.

    1. ingest   paths → Document | Reject             (detente.ingest.read_inputs)
    2. clean    Document → Article (role-tagged segments, publication date)
    3. nlp      Article → Sentence… (only candidate sentences are parsed; entities only where
                a trigger matched the parse: events.could_code)
    4. actors   Article, Sentence… → Cast (Mention…, named-state counts)
    5. events   Article, Sentence…, Cast → Event…
    6. stories  signatures of all articles → StoryLink…   (corpus-level, after 1–5)
   6b. story dates  PageDate…, DateReport… → Redated…  (corpus-level, after 6: a page with no publication
                day of its own borrows its story's, and its events' relative dates are resolved again)
    7. incidents  every stored event as a Report… → Incident…  (corpus-level, after 6: one record per
                real-world event, whatever the number of sentences and outlets reporting it)
    8. agreements  every stored event as an AgreementReport… → Agreement… (corpus-level, after 7: named
                agreements and the dated steps of their lives)
    9. store    CodedArticle…, Reject…, StoryLink…, Incident…, Agreement… → DuckDB rows

Stages 6, 6b, 7 and 8 run over the whole stored corpus after each ingest (`runners.local.link_corpus`, for
both engines), so their ids do not depend on ingest order or on how the corpus was split into runs.

Stages 2–5 run per document (`code_document`) or per batch of documents (`code_documents`, one
parser stream for all of them), in any process: the local runner's pool or a
Spark executor. Runners (detente.runners) own batching, parallelism, error policy and counts.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, NamedTuple

from detente import actors, agreements, clean, events, incidents, nlp, stories
from detente.events import story_dates
from detente.ingest import IngestOptions, discover, read_file, read_inputs
from detente.records import (Agreement, AgreementReport, Article, CodedArticle, DateReport, Document, Fingerprint, Incident,
                             PageDate, Redated, Reject, Report, Sentence, StoryLink)


OnError = Callable[[Document, Exception], Any]
Split = tuple[Article, tuple[Sentence, ...]]  # an article and its sentences, inside code_documents only


def _reraise(_document: Document, exc: Exception) -> Any:
    raise exc


def _keep_all(_text: str) -> bool:
    return True


def candidate_sentence(text: str) -> bool:
    """Prefilter: can this sentence hold an event? Cheap lexical test, run before the parser.

    Must never drop a sentence the coder would code (tests/test_pipeline_prefilter.py checks that
    events are identical with the prefilter on and off). Only the trigger lexicon decides: the coder
    also codes events whose parties are plain noun phrases or unnamed ("an agentless passive"), and
    an actor test passed 96 % of the sentences that had a trigger form on the throughput corpus.
    """
    return events.mentions_trigger(text)


def read(paths: Sequence[str], options: IngestOptions | None = None) -> Iterator[Document | Reject]:
    """Stage 1 over many paths."""
    return read_inputs(paths, options or IngestOptions())


def inputs(paths: Sequence[str], options: IngestOptions) -> Iterator[str]:
    """Stage 1a: the input files (and "-") below the given paths, in a stable order."""
    return discover(paths, options)


def read_input(path: str, options: IngestOptions) -> Iterator[Document | Reject]:
    """Stage 1b: the documents and rejects of one input file."""
    return read_file(path, options)


def code_document(document: Document, prefilter: bool = True, model=None, ner: bool = False,
                  max_chars: int = clean.MAX_TEXT_CHARS) -> CodedArticle:
    """Stages 2–5 for one document. Raises detente.errors.InputRejected for unusable input."""
    return code_documents([document], prefilter, model, ner=ner, max_chars=max_chars)[0]


def code_documents(documents: Sequence[Document], prefilter: bool = True, model=None,
                   on_error: OnError = _reraise, ner: bool = False,
                   max_chars: int = clean.MAX_TEXT_CHARS) -> list[CodedArticle | Any]:
    """Stages 2–5 for a batch, one result per document in order. The parser gets the candidate
    sentences of all documents as one stream (see nlp.parse_sentences for why). A stage that raises
    for one document hands it to `on_error` (the runner's error policy) and the others go on.
    Entities come from the gazetteer names and rules (nlp/entities.py): half the parse's CPU, and as good
    or better on every held-out set; `ner`: from the model's statistical recogniser instead (docs/scaling.md).
    A document whose text is over `max_chars` characters is rejected (too_large) before it is split or parsed."""
    keep = candidate_sentence if prefilter else _keep_all
    parse = _Parse(keep, model, None if ner else actors.entity_names)
    split: dict[int, Split] = {}
    results: dict[int, CodedArticle | Any] = {}
    for i, document in enumerate(documents):
        try:
            article = clean.clean_document(document, max_chars)
            split[i] = (article, tuple(nlp.split_sentences(article)))
        except Exception as exc:
            results[i] = on_error(document, exc)
    for i, parsed in _parse_all(split, parse).items():
        try:
            if isinstance(parsed, Exception):
                raise parsed
            results[i] = _code_article(*parsed)
        except Exception as exc:
            results[i] = on_error(documents[i], exc)
    return [results[i] for i in range(len(documents))]


class _Parse(NamedTuple):
    """How stage 3 runs: which sentences it parses, with which model, and where entities come from."""

    keep: Callable[[str], bool]
    model: Any
    names: Callable[[str], Any] | None  # None: the model's recogniser

    def __call__(self, sentences: Sequence[Sentence]) -> tuple[Sentence, ...]:
        return nlp.parse_sentences(sentences, self.keep, self.model, events.could_code, self.names)


def _parse_all(split: dict[int, Split], parse: _Parse) -> dict[int, Split | Exception]:
    """Stage 3 over all articles in one parser call; should that raise, article by article, so
    one bad text costs only its own document (its exception is returned in its place)."""
    flat = [s for _article, sentences in split.values() for s in sentences]
    try:
        stream = iter(parse(flat))
        return {i: (article, tuple(next(stream) for _ in sentences)) for i, (article, sentences) in split.items()}
    except Exception:
        return {i: _parse_one(article, sentences, parse) for i, (article, sentences) in split.items()}


def _parse_one(article: Article, sentences: tuple[Sentence, ...], parse: _Parse) -> Split | Exception:
    try:
        return article, parse(sentences)
    except Exception as exc:
        return exc


def _code_article(article: Article, sentences: tuple[Sentence, ...]) -> CodedArticle:
    """Stages 4–5 and the story fingerprint of one parsed article."""
    cast = actors.read_actors(article, sentences)
    dated = events.dated_page(article, sentences, cast.mentions)
    coded = events.code_events(dated, sentences, cast.mentions, cast.named_states)
    return CodedArticle(
        article=dated,
        sentences=len(sentences),
        parsed=sum(1 for s in sentences if s.parsed),
        events=coded,
        fingerprint=stories.fingerprint(article, coded, cast.named_states),
    )


def link_stories(fingerprints: Iterable[Fingerprint]) -> list[StoryLink]:
    """Stage 6: group documents into stories (near-duplicates and the same story from other outlets)."""
    return stories.assign_stories(fingerprints)


def date_from_stories(pages: Iterable[PageDate], reports: Iterable[DateReport]) -> list[Redated]:
    """Stage 6b (after 6, before 7): the events of a page with no publication day of its own, dated again
    against its story's day (events.story_dates); only those whose date changes."""
    return story_dates.redate(pages, reports)


def link_incidents(reports: Iterable[Report]) -> list[Incident]:
    """Stage 7: group event rows that report the same real-world event into incidents."""
    return incidents.assign_incidents(reports)


def follow_agreements(reports: Iterable[AgreementReport]) -> list[Agreement]:
    """Stage 8: named agreements and the dated steps of their lives, from the events that name them."""
    return agreements.follow_agreements(reports)
