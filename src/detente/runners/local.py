"""Local runner: stream inputs, code documents on a process pool, commit in batches.

Crash safety: each batch (documents, events, rejects, and the ledger keys of inputs that are now
completely stored) is one DuckDB transaction, its per-document rows appended to the staging tables
and moved into the keyed tables at the end of the run (store.merge_staged, a slice per transaction).
A run killed at any point leaves only whole batches and whole slices; the next run skips ledgered
inputs and already-stored documents (staged ones included) and finishes the merge, so it ends in
the same state as one clean run.
"""
from __future__ import annotations

import atexit
import concurrent.futures as cf
import ctypes
import gc
import multiprocessing
import os
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from detente import pipeline, store
from detente.clean import MAX_TEXT_CHARS
from detente.errors import ConfigError, InputRejected
from detente.ingest import IngestOptions, input_key
from detente.ingest.options import kind_of
from detente.records import CodedArticle, Document, Reject
from detente.runners.corpus import link_corpus
from detente.runners.orphans import exit_with_parent
from detente.runners.summary import RunSummary

__all__ = ["RunOptions", "code_chunk", "code_or_reject", "link_corpus", "run_ingest"]

Progress = Callable[[str, int], None]  # (what happened, how many) → None


@dataclass(frozen=True)
class RunOptions:
    db: str = store.DEFAULT_DB
    workers: int = field(default_factory=lambda: max(1, min(os.cpu_count() or 1, 8)))
    batch_size: int = 256  # documents per transaction: bounds memory and the work lost to a kill
    prefilter: bool = True
    ner: bool = False  # entities from the model's recogniser, not gazetteer names and rules (pipeline.code_documents)
    max_text_chars: int = MAX_TEXT_CHARS  # a longer text is rejected (too_large), not coded (clean.MAX_TEXT_CHARS)
    ingest: IngestOptions = field(default_factory=IngestOptions)


# Documents handed to a worker at a time: their candidate sentences are parsed as one stream
# (about 750 sentences for 32 news pages), and 256-document batches still split into 8 chunks,
# so two workers stay evenly loaded.
CHUNK_DOCUMENTS = 32


def code_or_reject(document: Document, prefilter: bool = True) -> CodedArticle | Reject:
    """Error policy for one document: stage errors become Rejects, never a crashed run."""
    return code_chunk([document], prefilter)[0]


def code_chunk(documents: Sequence[Document], prefilter: bool = True,
               ner: bool = False, max_chars: int = MAX_TEXT_CHARS) -> list[CodedArticle | Reject]:
    """Code several documents together (one parser stream); each failure becomes that document's Reject."""
    results = pipeline.code_documents(documents, prefilter, on_error=as_reject, ner=ner, max_chars=max_chars)
    if _FREEZE[0]:
        _FREEZE[0] = False
        gc.freeze()
    if _TRIM[0]:
        release_free_memory()
    return results


# A worker freezes what it holds after its first chunk (the model, gazetteers, lexicons: loaded by then, kept
# for its life), so the cyclic collector's full passes no longer walk them: on 300 real-text documents in one
# process they cost 0.50 CPU s in 5 passes, 0.08 s with the loads frozen (docs/scaling.md, session 13). Frozen
# objects are still freed when their count of references falls to zero; only cycles among them would stay.
# Set by init_worker only: the parent, which codes small runs itself, never freezes.
_FREEZE = [False]
_TRIM = [False]  # a worker hands its free heap back after each chunk (release_free_memory); set by init_worker


def as_reject(document: Document, exc: Exception) -> Reject:
    """The error policy: an unusable input keeps its reason; a bug on one document must not lose the others."""
    if isinstance(exc, InputRejected):
        return Reject(document.path, document.line, exc.reason, exc.detail)
    where = traceback.extract_tb(exc.__traceback__)[-1]
    return Reject(document.path, document.line, "internal_error",
                  f"{type(exc).__name__}: {exc} (at {os.path.basename(where.filename)}:{where.lineno}); "
                  "please report this input")


def chunks(documents: Sequence[Document], size: int = CHUNK_DOCUMENTS) -> list[list[Document]]:
    return [list(documents[i:i + size]) for i in range(0, len(documents), size)]


# A worker gives its free heap back to the system after each chunk (glibc's malloc_trim), so it does not keep a
# chunk's peak (the parser's batch arrays) for the rest of the run. Until session 18 a worker fixed glibc's mmap
# threshold at 128 KiB instead: every batch array was then mapped and unmapped on its own and each of its pages
# faulted in afresh (1.97 million page faults against 0.35 million, about 2.6 of 38.6 CPU s in system time, for
# `detente ingest` of 300 real-text documents); the tree's peak RSS at 1,000 documents is 797 MB against 775
# (docs/scaling.md, "Session 18: the whole-process overhead").


def init_worker() -> None:
    from detente.nlp import load_model

    exit_with_parent()  # a killed run leaves no idle workers behind (runners/orphans.py)
    load_model()  # once per worker process, before the first document arrives
    _FREEZE[0] = True
    _TRIM[0] = True
    atexit.register(gc.unfreeze)  # at exit everything is collectable again: duckdb's nanobind reports leaks otherwise


def release_free_memory() -> bool:
    """Return this process's free heap pages to the system; False where the C library is not glibc (macOS, musl)."""
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):
        return False
    return True


class _Coder:
    """Codes batches in-process or on a spawn-context process pool.

    The pool starts with the first full batch: a run smaller than one batch (a handful of files)
    is coded in this process and does not pay for starting workers and loading the model in each.
    """

    def __init__(self, options: RunOptions):
        self.options = options
        self.pool = None

    def _pool(self, batch: int):
        if self.pool is None and self.options.workers > 1 and batch >= self.options.batch_size:
            ctx = multiprocessing.get_context("spawn")
            self.pool = cf.ProcessPoolExecutor(self.options.workers, mp_context=ctx, initializer=init_worker)
        return self.pool

    def submit(self, documents: list[Document]) -> Callable[[], list[CodedArticle | Reject]]:
        """Start coding a batch; the returned function waits for its results. On the pool, the
        workers code this batch while the caller reads inputs and writes the previous one."""
        coding = (self.options.prefilter, self.options.ner, self.options.max_text_chars)
        if not documents or self._pool(len(documents)) is None:
            results = [r for part in chunks(documents) for r in code_chunk(part, *coding)]
            return lambda: results
        size = max(1, min(CHUNK_DOCUMENTS, -(-len(documents) // (self.options.workers * 2))))
        futures = [self.pool.submit(code_chunk, part, *coding) for part in chunks(documents, size)]
        return lambda: [r for future in futures for r in future.result()]

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)


def _fresh_items(paths: Sequence[str], options: RunOptions, summary: RunSummary,
                 finished: set[str], stored: dict[str, list[Reject]]
                 ) -> Iterator[Document | Reject | tuple[str, str] | _Reread]:
    """For each unfinished input a _Reread mark, its documents and rejects, then ("key", path) when it is
    exhausted. A finished input is not read again, but its stored rejects are counted again: a rerun reports
    what a clean run would."""
    for path in pipeline.inputs(paths, options.ingest):
        summary.inputs += 1
        key = input_key(path)
        if key is not None and key in finished:
            summary.inputs_skipped += 1
            count_into(summary, [], stored.get(key, []))
            continue
        if key is not None:
            yield _Reread(path)
        yield from pipeline.read_input(path, options.ingest)
        if key is not None:
            yield (key, path)


def run_ingest(paths: Sequence[str], options: RunOptions, progress: Progress | None = None) -> RunSummary:
    """Ingest `paths` into `options.db`; returns what happened, counted."""
    if store.is_dataset(options.db):
        what = "names a folder" if os.path.isdir(options.db) else "ends in / (a folder)"  # 'demo.duckdb/' (s14)
        raise ConfigError(f"--db {options.db} {what}, a Parquet dataset: only --engine spark writes one; "
                          "give --db a file name for the local engine")
    started = time.monotonic()
    summary = RunSummary()
    known = store.known_documents(options.db)
    finished = store.finished_inputs(options.db)
    stored = store.finished_rejects(options.db)
    coder = _Coder(options)
    try:
        pending, in_flight = _Pending(), None
        for item in _fresh_items(paths, options, summary, finished, stored):
            if isinstance(item, tuple):
                pending.done.append(item)
            elif isinstance(item, _Reread):
                pending.reread.append(item.path)
            elif isinstance(item, Reject):
                pending.rejects.append(item)
            elif item.doc_id in known:
                summary.duplicates += 1
                pending.duplicates.append(item)
            else:
                known.add(item.doc_id)
                pending.batch.append(item)
            if len(pending.batch) >= options.batch_size:
                in_flight = _advance(coder, in_flight, pending, options, summary, progress)
                pending = _Pending()
            elif len(pending.duplicates) + len(pending.rejects) >= options.batch_size:
                in_flight = _write_aside(in_flight, pending, options, summary, progress)
        _commit(_advance(coder, in_flight, pending, options, summary, progress), options, summary, progress)
    finally:
        coder.close()
    link_corpus(options.db)
    summary.seconds = time.monotonic() - started
    return summary


@dataclass
class _Pending:
    """What the next transaction will hold."""

    batch: list[Document] = field(default_factory=list)  # new documents to code
    rejects: list[Reject] = field(default_factory=list)
    done: list[tuple[str, str]] = field(default_factory=list)  # (input_key, path) of exhausted inputs
    duplicates: list[Document] = field(default_factory=list)  # known content under another name
    reread: list[str] = field(default_factory=list)  # inputs read from their start: earlier rejects go first


@dataclass(frozen=True, slots=True)
class _Reread:
    """Marks an input about to be read from its start (not finished in an earlier run)."""

    path: str


@dataclass
class _InFlight:
    """A batch whose documents are being coded, and what its transaction will hold besides them."""

    pending: _Pending
    results: Callable[[], list[CodedArticle | Reject]]


def _advance(coder: _Coder, previous: _InFlight | None, pending: _Pending, options: RunOptions,
             summary: RunSummary, progress: Progress | None) -> _InFlight:
    """Start coding `pending`, then commit the batch before it while the workers are busy. Batches
    are still committed one at a time and in input order, so a kill leaves whole batches only."""
    started = _InFlight(pending, coder.submit(pending.batch))
    if previous is not None:
        _commit(previous, options, summary, progress)
    return started


def _commit(batch: _InFlight, options: RunOptions, summary: RunSummary, progress: Progress | None) -> None:
    results = batch.results()
    pending = batch.pending
    coded = [r for r in results if isinstance(r, CodedArticle)]
    rejects = pending.rejects + [r for r in results if isinstance(r, Reject)]
    store.write_batch(options.db, coded, rejects, pending.done, pending.duplicates, staged=True,
                      reread=pending.reread)
    count_into(summary, coded, rejects)
    if progress:
        # the documents the summary counts as new: a page read, then set aside by the coder (not English, too
        # large) is a reject, and counting it here made "3 documents stored" of a run whose summary says
        # "1 new document" (newcomer16, session 27)
        progress("documents", len(coded))
        progress("inputs", len(pending.done))


def _write_aside(in_flight: _InFlight | None, pending: _Pending, options: RunOptions, summary: RunSummary,
                 progress: Progress | None) -> None:
    """Commit the rejects and the sources of known documents read so far, ahead of the batch. A long
    run of them (a large JSONL or WARC file read again after an interrupted run: every document is
    known) would otherwise pile up, texts and all, until enough new documents fill a batch. The batch
    in flight is committed first and copies of documents still waiting to be coded stay, so no source
    is committed before its document; no ledger key goes with them, so a kill still resumes cleanly."""
    if in_flight is not None:
        _commit(in_flight, options, summary, progress)
    waiting = {d.doc_id for d in pending.batch}
    aside = [d for d in pending.duplicates if d.doc_id not in waiting]
    pending.duplicates = [d for d in pending.duplicates if d.doc_id in waiting]
    store.write_batch(options.db, [], pending.rejects, (), aside, staged=True, reread=pending.reread)
    count_into(summary, [], pending.rejects)
    pending.rejects, pending.reread = [], []
    return None


def count_into(summary: RunSummary, coded: list[CodedArticle], rejects: list[Reject]) -> None:
    summary.documents += len(coded)
    summary.sentences += sum(c.sentences for c in coded)
    summary.parsed += sum(c.parsed for c in coded)
    summary.events += sum(len(c.events) for c in coded)
    for r in rejects:
        summary.rejects[r.reason] += 1
        summary.reject_files[(r.reason, r.path)] += 1
        summary.reject_file_examples.setdefault((r.reason, r.path), f"{_unit(r.path)} {r.line}: {r.detail}"
                                                if r.line else r.detail)


def _unit(path: str) -> str:
    """What a reject's number counts: a WARC's records, not its lines ("line 2: WARC damaged or truncated at
    record 2" read as a line of the file; newcomer review, session 15)."""
    return "record" if kind_of(path) == "warc" else "line"
