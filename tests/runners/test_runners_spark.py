"""The Spark runner stores exactly what the local runner stores (documents, events, rejects, stories)."""
from __future__ import annotations

import os
import shutil
from pathlib import Path
from functools import reduce

import pytest

from detente.ingest import IngestOptions
from detente.records import Reject
from detente.runners import spark as spark_runner
from detente.runners.local import RunOptions, run_ingest

from tests.conftest import SEEDS, need_shared
from tests.runners.corpus import snapshot
from tests.store.test_store_story_dates import write_story

def need_spark() -> None:
    pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'detente[spark]')")
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        pytest.skip("Java is not installed (no `java` on PATH, no JAVA_HOME): the Spark engine needs Java 17")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The seed articles, one of them twice under another name, a broken JSONL file of our own, and three
    invented pages of one story, one without a date (stage 6b dates it from the other two)."""
    need_shared()
    seeds = sorted(SEEDS.glob("*.txt"))
    if not seeds:
        pytest.skip(f"no seed articles in {SEEDS}")
    folder = tmp_path_factory.mktemp("spark_corpus")
    for path in seeds:
        shutil.copy(path, folder / path.name)
    shutil.copy(seeds[0], folder / "zz_copy_of_first.txt")
    for path in write_story(tmp_path_factory.mktemp("story")):
        for page in sorted(Path(path).glob("*.txt")):
            shutil.copy(page, folder / f"story_{page.name}")
    (folder / "broken.jsonl").write_text('{"text": "half a record"\n{"title": "no text field"}\n', encoding="utf-8")
    return folder


@pytest.mark.spark
@pytest.mark.slow
def test_spark_runner_stores_the_same_rows_as_the_local_runner(corpus, tmp_path):
    need_spark()
    local_db, spark_db = str(tmp_path / "local.duckdb"), str(tmp_path / "spark.duckdb")
    local = run_ingest([str(corpus)], RunOptions(db=local_db, workers=1, batch_size=2))
    spark = spark_runner.run_ingest_spark([str(corpus)], RunOptions(db=spark_db, batch_size=2), master="local[2]")

    local_rows, spark_rows = snapshot(local_db), snapshot(spark_db)
    assert len(spark_rows["documents"]) == len(list(SEEDS.glob("*.txt"))) + 3
    assert spark_rows["coded_dates"] == local_rows["coded_dates"] and spark_rows["coded_dates"]
    assert spark_rows["documents"] == local_rows["documents"]
    assert spark_rows["events"] == local_rows["events"]
    assert spark_rows["stories"] == local_rows["stories"]
    assert spark_rows["rejects"] == local_rows["rejects"] and spark_rows["rejects"]
    assert [k for k, _ in spark_rows["ledger"]] == [k for k, _ in local_rows["ledger"]]
    for field in ("inputs", "documents", "duplicates", "sentences", "parsed", "events", "rejects"):
        assert getattr(spark, field) == getattr(local, field), field
    assert spark.duplicates == 1

    # Every input is now ledgered: a second run starts no Spark job and changes nothing.
    again = spark_runner.run_ingest_spark([str(corpus)], RunOptions(db=spark_db), master="local[2]")
    assert again.documents == 0 and again.inputs_skipped == again.inputs
    assert snapshot(spark_db) == spark_rows


@pytest.mark.spark
@pytest.mark.slow
def test_executors_write_a_parquet_dataset_with_the_local_runners_rows(corpus, tmp_path):
    need_spark()
    local_db, root = str(tmp_path / "local.duckdb"), str(tmp_path / "dataset") + "/"
    local = run_ingest([str(corpus)], RunOptions(db=local_db, workers=1, batch_size=2))
    spark = spark_runner.run_ingest_spark([str(corpus)], RunOptions(db=root, batch_size=2), master="local[2]")

    local_rows, spark_rows = snapshot(local_db), snapshot(root)
    for table in ("documents", "segments", "events", "stories", "rejects", "coded_dates"):
        assert spark_rows[table] == local_rows[table], table
    assert [k for k, _ in spark_rows["ledger"]] == [k for k, _ in local_rows["ledger"]]
    for field in ("inputs", "documents", "duplicates", "sentences", "parsed", "events", "rejects"):
        assert getattr(spark, field) == getattr(local, field), field
    assert (tmp_path / "dataset" / "events").is_dir() and (tmp_path / "dataset" / "story_ids").is_dir()

    again = spark_runner.run_ingest_spark([str(corpus)], RunOptions(db=root), master="local[2]")
    assert again.documents == 0 and again.inputs_skipped == again.inputs
    assert snapshot(root) == spark_rows


def test_of_several_copies_the_first_read_is_kept_and_all_are_counted():
    copies = [((3, 0), 1, "third file"), ((0, 5), 1, "first file"), ((1, 0), 1, "second file")]
    for order in (copies, copies[::-1], copies[1:] + copies[:1]):
        assert reduce(spark_runner.first_copy, order) == ((0, 5), 3, "first file")


def test_known_documents_and_rejects_are_keyed_so_they_never_merge(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    text = "Chile and Peru agreed on Tuesday to reopen their shared border crossing to lorries."
    (folder / "a.txt").write_text(text, encoding="utf-8")
    (folder / "b.jsonl").write_text(f'{{"text": "{text}"}}\nnot json at all\n', encoding="utf-8")
    options = IngestOptions()
    items = [kv for n, p in enumerate(sorted(str(p) for p in folder.iterdir()))
             for kv in spark_runner.keyed_items(n, p, options, frozenset())]
    doc_keys = [k for k, (_o, _c, item) in items if not isinstance(item, Reject)]
    assert len(doc_keys) == 2 and doc_keys[0] == doc_keys[1]  # same content → same key → one survives
    assert [k[0] for k, (_o, _c, item) in items if isinstance(item, Reject)] == ["reject"]

    known = frozenset(doc_keys)
    again = [kv for n, p in enumerate(sorted(str(p) for p in folder.iterdir()))
             for kv in spark_runner.keyed_items(n, p, options, known)]
    assert [k[0] for k, _ in again if k[0] == "known"] == ["known", "known"]
    assert all(v[2] is None for k, v in again if k[0] == "known")


def test_standard_input_is_refused_with_a_reason(tmp_path):
    from detente.errors import ConfigError

    with pytest.raises(ConfigError, match="standard input"):
        spark_runner.run_ingest_spark(["-"], RunOptions(db=str(tmp_path / "x.duckdb")))
