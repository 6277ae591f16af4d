"""Spark runner: the same stages and error policy as the local runner, spread over Spark executors.

    driver     discover inputs, skip ledgered ones, parallelize the paths
    executors  read each input → Documents/Rejects; drop already-stored documents (broadcast ids);
               keep one copy of each doc_id (the first in discovery order, so runs are deterministic);
               code documents in chunks with runners.local.code_chunk (model loaded once per Python worker)
    driver     stream results back partition by partition, commit them with store.write_batch in
               batches, ledger the inputs once everything is committed, then link stories

With `--db` naming a folder (a Parquet dataset, store/dataset.py) there is no funnel: each executor
writes the rows of the documents it coded as Parquet, partitioned by publication month, and sends
the driver only counts and rejects; the driver writes rejects, ledger and stories.

Only records.py dataclasses cross the wire, never spaCy objects. DuckDB allows one writer per
file, so only the driver touches the database. A run killed part-way has committed whole batches
and no ledger keys: the next run re-reads those inputs, skips the stored documents and ends in the
same state as one clean run.
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from detente import pipeline, store
from detente.errors import ConfigError
from detente.ingest import IngestOptions, input_key
from detente.records import CodedArticle, Document, Reject
from detente.runners.local import CHUNK_DOCUMENTS, RunOptions, count_into, code_chunk, link_corpus
from detente.runners.summary import RunSummary

# Target input bytes per shuffle partition: the driver holds one partition's results at a time
# (toLocalIterator), so this bounds driver memory whatever the corpus size.
PARTITION_BYTES = 4 * 1024 * 1024
DRIVER_MEMORY = "1g"
# Quiet JVM logging: Spark's INFO chatter and WARN start-up notes would drown the run summary.
# Spark prints 'Setting default log level to "WARN"' and 'To adjust logging level use sc.setLogLevel'
# on stderr when the logger of the class that starts logging "as an interpreter" has no level of its
# own equal to the root's: under PySpark that class is PythonGatewayServer (the repl's Main is the
# Scala shell's). Set both to ERROR; a newcomer read the two lines as errors (newcomer16, session 27).
# Real errors still reach stderr: the root logger prints ERROR and worse.
LOG4J_PROPERTIES = """\
rootLogger.level = error
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n
logger.repl.name = org.apache.spark.repl.Main
logger.repl.level = error
logger.gateway.name = org.apache.spark.api.python.PythonGatewayServer
logger.gateway.level = error
"""

Order = tuple[int, int]  # (input number in discovery order, item number within the input)
Keyed = tuple[Any, tuple[Order, int, Any]]  # key → (first order, copies, Document | Reject | None)
DUPLICATES = "duplicates"  # marker record: ("duplicates", n) counts documents dropped as copies
CODED = "coded"  # marker record: ("coded", documents, sentences, parsed, events) written by an executor


def run_ingest_spark(paths: Sequence[str], options: RunOptions, master: str = "local[*]",
                     say: Callable[[str], None] = lambda _line: None) -> RunSummary:
    """Ingest `paths` into `options.db` on Spark (`master` as for spark-submit); returns the counts. `say`
    gets a line at each phase: a small run printed nothing for the 60-70 s the JVM and its Python workers
    take to start, and a newcomer thought it hung (newcomer16, session 27)."""
    started = time.monotonic()
    summary = RunSummary()
    todo = _pending_inputs(paths, options, summary)
    if todo:
        store.write_batch(options.db, (), (), reread=todo)  # their earlier rejects go (store.forget_inputs)
        known = store.known_documents(options.db)
        with tempfile.TemporaryDirectory(prefix="detente-spark-") as scratch:
            say(f"starting Spark ({master}) for {len(todo)} of {summary.inputs} inputs; the JVM and its Python "
                f"workers take about a minute before the first document is coded")
            spark = _session(master, scratch)
            summary.startup_seconds = time.monotonic() - started
            say(f"Spark started in {summary.startup_seconds:.0f} s; coding (loading the model in each worker)")
            try:
                if store.is_dataset(options.db):
                    results = _coded_results(spark.sparkContext, todo, known, options, _dataset_root(options.db))
                else:
                    results = _coded_results(spark.sparkContext, todo, known, options)
                _store_results(results, options, summary)
            finally:
                spark.stop()
        now = time.monotonic()
        say(f"{summary.documents} new document{'' if summary.documents == 1 else 's'} coded in "
            f"{now - started - summary.startup_seconds:.0f} s after Spark's start ({now - started:.0f} s in all); "
            f"linking stories, incidents and agreements")
        ledger = [(key, path) for path in todo if (key := input_key(path)) is not None]
        store.write_batch(options.db, (), (), ledger)  # only after every batch is committed
    link_corpus(options.db)
    summary.seconds = time.monotonic() - started
    return summary


def _pending_inputs(paths: Sequence[str], options: RunOptions, summary: RunSummary) -> list[str]:
    """Inputs in discovery order, less the ones an earlier run finished (the ledger)."""
    finished = store.finished_inputs(options.db)
    stored = store.finished_rejects(options.db)  # a skipped input's rejects are reported again (local.py)
    todo = []
    for path in pipeline.inputs(paths, options.ingest):
        if path == "-":
            raise ConfigError("standard input cannot be read by Spark executors; save it to a file on "
                              "storage every executor can see, or use the local engine")
        summary.inputs += 1
        if (key := input_key(path)) in finished:
            summary.inputs_skipped += 1
            count_into(summary, [], stored.get(key, []))
        else:
            todo.append(path)
    return todo


def _session(master: str, scratch: str):
    """A quiet SparkSession whose Python workers run this interpreter (unless PYSPARK_PYTHON says otherwise)."""
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        raise ConfigError("the Spark engine needs Java 17 (no `java` on PATH and no JAVA_HOME); "
                          "install a JDK or use the local engine")
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise ConfigError("the Spark engine needs pyspark: pip install 'detente[spark]'") from exc
    # The JVM starts Python workers with PYSPARK_PYTHON; on a cluster the user points it at the
    # shipped venv, locally the venv we run in is the one that has detente and its model.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    log4j = os.path.join(scratch, "log4j2.properties")
    with open(log4j, "w", encoding="utf-8") as fh:
        fh.write(LOG4J_PROPERTIES)
    builder = (SparkSession.builder.master(master).appName("detente-ingest")
               .config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false")
               .config("spark.driver.memory", DRIVER_MEMORY)
               .config("spark.python.worker.reuse", "true")
               .config("spark.driver.extraJavaOptions", f"-Dlog4j2.configurationFile=file:{log4j}"))
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def _coded_results(sc, todo: list[str], known: set[str], options: RunOptions, root: str | None = None
                   ) -> Iterator[Any]:
    """CodedArticles, Rejects and ("duplicates", n) markers, streamed to the driver partition by
    partition; with a dataset `root`, ("coded", counts) markers in place of the CodedArticles,
    whose rows the executors wrote themselves."""
    known_ids = sc.broadcast(frozenset(known))
    ingest, coding, batch = options.ingest, (options.prefilter, options.ner, options.max_text_chars), options.batch_size
    numbered = list(enumerate(todo))
    items = sc.parallelize(numbered, max(1, min(len(numbered), sc.defaultParallelism * 4)))
    keyed = items.flatMap(lambda pair: keyed_items(pair[0], pair[1], ingest, known_ids.value))
    unique = keyed.reduceByKey(first_copy, numPartitions=_partitions(sc, todo))
    if root is None:
        coded = unique.mapPartitions(lambda part: _code_partition(part, coding))
    else:
        coded = unique.mapPartitions(lambda part: _write_partition(part, coding, root, batch))
    return coded.toLocalIterator()


def _dataset_root(db: str) -> str:
    """The dataset folder as an absolute path (executors open it themselves: shared storage)."""
    return os.path.join(os.path.abspath(db), "")


def _write_partition(part: Iterable[Keyed], coding: tuple[bool, bool, int], root: str, batch: int) -> Iterator[Any]:
    """Executor side of the dataset mode: code as _code_partition does, write the coded documents'
    rows as Parquet every `batch` documents, and pass on only counts, rejects and duplicates."""
    coded: list[CodedArticle] = []
    for item in _code_partition(part, coding):
        if not isinstance(item, CodedArticle):
            yield item
            continue
        coded.append(item)
        if len(coded) >= batch:
            yield _written(root, coded)
            coded = []
    if coded:
        yield _written(root, coded)


def _written(root: str, coded: list[CodedArticle]) -> tuple:
    store.write_part(root, coded)
    return (CODED, len(coded), sum(c.sentences for c in coded), sum(c.parsed for c in coded),
            sum(len(c.events) for c in coded))


def _partitions(sc, todo: list[str]) -> int:
    size = sum(os.path.getsize(p) for p in todo if os.path.isfile(p))
    return max(sc.defaultParallelism * 2, size // PARTITION_BYTES + 1)


def keyed_items(number: int, path: str, ingest: IngestOptions, known: frozenset[str]) -> Iterator[Keyed]:
    """One input's items keyed for de-duplication: documents by doc_id, everything else uniquely."""
    for item_number, item in enumerate(pipeline.read_input(path, ingest)):
        order = (number, item_number)
        if isinstance(item, Reject):
            yield ("reject", order), (order, 1, item)
        elif item.doc_id in known:  # stored by an earlier run: counted, never shuffled
            yield ("known", order), (order, 1, None)
        else:
            yield item.doc_id, (order, 1, item)


def first_copy(a: tuple[Order, int, Any], b: tuple[Order, int, Any]) -> tuple[Order, int, Any]:
    """Of two copies of one document keep the one read first; count both."""
    first = a if a[0] <= b[0] else b
    return first[0], a[1] + b[1], first[2]


def _code_partition(part: Iterable[Keyed], coding: tuple[bool, bool, int]) -> Iterator[Any]:
    """Executor side: code each unique document (the model is cached per Python worker), a chunk of
    documents per parser stream as the local runner does. `coding`: RunOptions' prefilter, ner and max_text_chars."""
    todo: list[Document] = []
    for _key, (_order, copies, item) in part:
        if item is None:
            yield (DUPLICATES, copies)
        elif isinstance(item, Reject):
            yield item
        else:
            if copies > 1:
                yield (DUPLICATES, copies - 1)
            todo.append(item)
            if len(todo) == CHUNK_DOCUMENTS:
                yield from code_chunk(todo, *coding)
                todo = []
    yield from code_chunk(todo, *coding)


def _store_results(results: Iterable[Any], options: RunOptions, summary: RunSummary) -> None:
    """Driver side: commit results in batches of `options.batch_size` documents."""
    coded: list[CodedArticle] = []
    rejects: list[Reject] = []
    for item in results:
        if isinstance(item, CodedArticle):
            coded.append(item)
        elif isinstance(item, Reject):
            rejects.append(item)
        elif item[0] == CODED:
            _count_written(summary, *item[1:])
        else:
            summary.duplicates += item[1]
        if len(coded) + len(rejects) >= options.batch_size:
            _commit(coded, rejects, options, summary)
            coded, rejects = [], []
    _commit(coded, rejects, options, summary)


def _commit(coded: list[CodedArticle], rejects: list[Reject], options: RunOptions, summary: RunSummary) -> None:
    if coded or rejects:
        store.write_batch(options.db, coded, rejects)
        count_into(summary, coded, rejects)


def _count_written(summary: RunSummary, documents: int, sentences: int, parsed: int, events: int) -> None:
    summary.documents += documents
    summary.sentences += sentences
    summary.parsed += parsed
    summary.events += events
