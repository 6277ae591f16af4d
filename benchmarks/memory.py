"""Peak memory of the parent's writes and of the corpus-level stages at 10,000 or 50,000 documents,
without parsing them all.

    .venv/bin/python benchmarks/memory.py --docs 10000 [--source-docs 400] [--json out.json]

What it does, and what it does not measure:
  1. builds a real-text corpus of `--source-docs` pseudo-articles once (../shared/bench/make_corpus.py)
     and codes it once in a child process (runners.local.code_chunk, the workers' own function), kept
     as a pickle in `--cache` so later runs skip this step;
  2. REPLAYS those coded articles in a fresh child process until `--docs` documents are stored: copy k
     of an article gets new content-hash ids (its digits rotated by k, the copy number hashed in),
     dates moved k years on (so copies of one event are not one incident), and a new MinHash signature
     (a fixed half of the vocabulary kept, the rest made unique to the copy: the corpus's documents
     share sentences from one pool, so they are alike; on this recipe story linking then compares
     about 60-80 candidate pairs per document, against 94 (1,000) and 185 (10,000) on the real corpus);
  3. the child writes them with the parent's own write path (`store.write_batch` into the staging
     tables, batches of `--batch-size` documents with their ledger keys, as runners.local does), then
     runs the same end of an ingest (`runners.local.link_corpus`: the merge of the staged rows into
     the keyed tables, stories, story dates, incidents, agreements; each in a process of its own from
     runners.corpus.ISOLATE_EVENTS stored events, as in an ingest, or as `--stages-in` says);
  4. the RSS of the child's process tree (the stages' processes included) is sampled every 0.1 s
     (psutil); its value as each phase starts and its peak during the phase are printed.
The child holds no model, like the real parent. The workers (a model and a chunk's parse each, about
300-360 MB apiece on real text) are NOT measured here: their peak comes from real runs
(benchmarks/throughput.py), and the whole tree of a real ingest is about that plus this figure.
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import json
import os
import pickle
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
MAKE_CORPUS = HERE.parent.parent / "shared" / "bench" / "make_corpus.py"
SAMPLE_SECONDS = 0.1
KEEP_WORDS = 2  # one word in KEEP_WORDS is shared by every copy of an article (see the docstring)


# ---- step 1: code the source corpus once ---------------------------------------------------------

def coded_source(cache: Path, docs: int, seed: int) -> Path:
    """The pickle of the coded source corpus, built (in a child process) when it is not cached."""
    out = cache / f"coded-{docs}-{seed}.pickle"
    if not out.is_file():
        corpus = cache / f"corpus-{docs}-{seed}"
        if not corpus.is_dir():
            if not MAKE_CORPUS.is_file():
                raise SystemExit(f"the real-text corpus needs {MAKE_CORPUS} (the shared benchmark data)")
            subprocess.run([sys.executable, str(MAKE_CORPUS), str(corpus), str(docs), "--seed", str(seed)],
                           check=True, stdout=subprocess.DEVNULL)
        subprocess.run([sys.executable, __file__, "--code-child", str(corpus), str(out)], check=True)
    return out


def code_child(corpus: str, out: str) -> None:
    from detente import pipeline
    from detente.ingest import IngestOptions
    from detente.records import CodedArticle
    from detente.runners.local import chunks, code_chunk

    documents = [d for p in pipeline.inputs([corpus], IngestOptions())
                 for d in pipeline.read_input(p, IngestOptions()) if not hasattr(d, "reason")]
    coded = [r for part in chunks(documents) for r in code_chunk(part) if isinstance(r, CodedArticle)]
    tmp = out + ".part"
    with open(tmp, "wb") as fh:
        pickle.dump(coded, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, out)


# ---- step 2: copies with fresh ids ---------------------------------------------------------------

def _digits(k: int) -> dict:
    shift = k % 9 + 1
    return str.maketrans("0123456789", "".join(str((d + shift) % 10) for d in range(10)))


def _later(value: str | None, years: int) -> str | None:
    """A date of any precision ("2024", "2024-03", "2024-03-05") moved `years` on (29 February → 28)."""
    if not value or not value[:4].isdigit():
        return value
    year = int(value[:4]) + years
    if len(value) >= 10 and value[4:10] == "-02-29" and not _leap(year):
        return f"{year}-02-28{value[10:]}"
    return f"{year}{value[4:]}"


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def copy_of(coded, k: int):
    """Copy k of a coded article, with new ids, text, dates and signature (copy 0 is the original)."""
    if k == 0:
        return coded
    from detente import ids

    a, table = coded.article, _digits(k)
    text = a.text.translate(table)
    doc_id = "d" + ids.digest(ids.normalise(text), k)
    article = dataclasses.replace(a, doc_id=doc_id, text=text, path=f"{a.path}#copy{k}",
                                  published=_date_info(a.published, k))
    events = tuple(_event_copy(e, doc_id, k, table) for e in coded.events)
    return dataclasses.replace(coded, article=article, events=events, fingerprint=_fingerprint(coded, article, k))


def _date_info(date, k: int):
    return dataclasses.replace(date, value=_later(date.value, k))


def _event_copy(e, doc_id: str, k: int, table: dict):
    from detente import ids

    ev = dataclasses.replace(e.evidence, sentence=e.evidence.sentence.translate(table))
    return dataclasses.replace(e, event_id="e" + ids.digest(e.event_id, doc_id), doc_id=doc_id,
                               date=_date_info(e.date, k), evidence=ev)


def _fingerprint(coded, article, k: int):
    from detente.stories.fingerprint import NUM_PERM, SCHEME, minhash_class, vocabulary

    fp = coded.fingerprint
    if fp is None:
        return None
    words = sorted(w if _kept(w) else f"{w}#{k}" for w in vocabulary(article))
    mh = minhash_class()(num_perm=NUM_PERM, seed=1, scheme=SCHEME)
    mh.update_batch([w.encode("utf-8") for w in words])
    return dataclasses.replace(fp, doc_id=article.doc_id, signature=mh.hashvalues.astype("<u8").tobytes(),
                               published=article.published.value,
                               latest_year=fp.latest_year + k if fp.latest_year else fp.latest_year)


def _kept(word: str) -> bool:
    return hashlib.blake2b(word.encode("utf-8"), digest_size=2).digest()[0] % KEEP_WORDS == 0


def copies(coded: list, total: int):
    """`total` documents: copy 0 of every source article, then copy 1, and so on."""
    for n in range(total):
        k, i = divmod(n, len(coded))
        yield copy_of(coded[i], k)


# ---- step 3: the parent's writes and the corpus-level stages, sampled ----------------------------

class Sampler:
    """RSS of this process and its descendants every SAMPLE_SECONDS, its peak kept per phase."""

    def __init__(self) -> None:
        self.phase, self.peaks, self.seconds, self.starts = "start", {}, {}, {}
        self._since, self._stop = time.perf_counter(), threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def enter(self, phase: str) -> None:
        self._sample()
        now = time.perf_counter()
        self.seconds[self.phase] = self.seconds.get(self.phase, 0.0) + now - self._since
        self.phase, self._since = phase, now
        self.starts[phase] = self._sample()

    def stop(self) -> None:
        self.enter("end")
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(SAMPLE_SECONDS):
            self._sample()

    def _sample(self) -> int:
        me = psutil.Process()
        total = 0
        for p in [me, *me.children(recursive=True)]:
            try:
                total += p.memory_info().rss
            except psutil.Error:
                continue
        self.peaks[self.phase] = max(self.peaks.get(self.phase, 0), total)
        return total


def replay_child(source: str, db: str, total: int, batch_size: int, out: str, isolate: bool | None) -> None:
    from detente import ids, store
    from detente.runners import corpus, local

    sampler = Sampler()
    sampler.enter("load")
    with open(source, "rb") as fh:
        coded = pickle.load(fh)
    sampler.enter("writes")
    known = store.known_documents(db)  # what runners.local.run_ingest holds for the whole run
    batch, written, events = [], 0, 0
    for c in copies(coded, total):
        if c.article.doc_id in known:
            continue
        known.add(c.article.doc_id)
        batch.append(c)
        if len(batch) >= batch_size:
            written, events = written + len(batch), events + sum(len(b.events) for b in batch)
            store.write_batch(db, batch, [], [(ids.digest(b.article.path), b.article.path) for b in batch],
                              staged=True)
            batch = []
    if batch:
        written, events = written + len(batch), events + sum(len(b.events) for b in batch)
        store.write_batch(db, batch, [], [(ids.digest(b.article.path), b.article.path) for b in batch],
                          staged=True)
    del batch, coded
    if isolate is None:
        isolate = corpus.stored_events(db) >= corpus.ISOLATE_EVENTS
    local.link_corpus(db, on_stage=sampler.enter, isolate=isolate)
    sampler.stop()
    counts = {**_counts(db), "story_pairs": _story_pairs(db)}
    Path(out).write_text(json.dumps({"documents_written": written, "events_written": events, **counts,
                                     "isolate": isolate,
                                     "peak_rss_mb": {p: round(v / 2**20) for p, v in sampler.peaks.items()},
                                     "start_rss_mb": {p: round(v / 2**20) for p, v in sampler.starts.items()},
                                     "seconds": {p: round(v, 1) for p, v in sampler.seconds.items()}}))


def _story_pairs(db: str) -> int:
    """Candidate pairs story linking verified (after the measurement: it rebuilds them)."""
    from detente import store
    from detente.stories import cluster

    fps = cluster.by_doc_id(store.fingerprints(db))
    return len(cluster.candidate_pairs(cluster.signature_matrix(fps), cluster.day_numbers(fps)))


def _counts(db: str) -> dict:
    from detente import store

    with store.opened(db, read_only=True) as con:
        q = lambda sql: con.execute(sql).fetchall()[0][0]  # noqa: E731
        return {"documents": q("SELECT count(*) FROM documents"), "events": q("SELECT count(*) FROM events"),
                "stories": q("SELECT count(DISTINCT story_id) FROM stories"),
                "incidents": q("SELECT count(*) FROM incidents"), "agreements": q("SELECT count(*) FROM agreements"),
                "db_mb": round(os.path.getsize(db) / 2**20)}


# ---- driver --------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=10_000, help="documents to store (copies of the source corpus)")
    ap.add_argument("--source-docs", type=int, default=400, help="real-text documents coded once and replayed")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--batch-size", type=int, default=256, help="documents per transaction (the ingest default)")
    ap.add_argument("--cache", default=os.path.join(tempfile.gettempdir(), "detente-memory-bench"),
                    help="where the source corpus and its coded pickle are kept between runs")
    ap.add_argument("--db", help="database to fill (default: a new one in a temp dir, removed afterwards)")
    ap.add_argument("--json", help="also write the figures to this file")
    ap.add_argument("--stages-in", choices=("auto", "fresh", "same"), default="auto",
                    help="where the corpus-level stages run: each in a fresh process, all in the replaying "
                         "process, or as an ingest decides (runners.corpus.ISOLATE_EVENTS)")
    ap.add_argument("--code-child", nargs=2, help=argparse.SUPPRESS)
    ap.add_argument("--replay-child", nargs=6, help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.code_child:
        code_child(*a.code_child)
        return 0
    if a.replay_child:
        source, db, total, batch, out, where = a.replay_child
        replay_child(source, db, int(total), int(batch), out, {"fresh": True, "same": False}.get(where))
        return 0
    cache = Path(a.cache)
    cache.mkdir(parents=True, exist_ok=True)
    source = coded_source(cache, a.source_docs, a.seed)
    with tempfile.TemporaryDirectory() as tmp:
        db = a.db or os.path.join(tmp, "memory.duckdb")
        out = os.path.join(tmp, "result.json")
        started = time.perf_counter()
        subprocess.run([sys.executable, __file__, "--replay-child", str(source), db, str(a.docs),
                        str(a.batch_size), out, a.stages_in], check=True)
        result = {"docs": a.docs, "source_docs": a.source_docs, "batch_size": a.batch_size,
                  "wall_seconds": round(time.perf_counter() - started, 1), "load_average": os.getloadavg()[0],
                  **json.loads(Path(out).read_text())}
    print(report(result))
    if a.json:
        Path(a.json).write_text(json.dumps(result, indent=2) + "\n")
    return 0


def report(r: dict) -> str:
    lines = [f"replayed {r['documents']:,} documents ({r['events']:,} events, {r['stories']:,} stories, "
             f"{r['incidents']:,} incidents, {r['agreements']:,} agreements, {r['story_pairs']:,} story candidate "
             f"pairs, database {r['db_mb']:,} MB) "
             f"from {r['source_docs']} coded real-text documents, batches of {r['batch_size']}; "
             f"{r['wall_seconds']} s, load average {r['load_average']:.1f}",
             f"{'phase':<13}{'RSS at start':>13}{'peak RSS MB':>12}{'seconds':>10}"]
    for phase in ("load", "writes", "merge", "stories", "story dates", "incidents", "agreements"):
        if phase in r["peak_rss_mb"]:
            lines.append(f"{phase:<13}{r.get('start_rss_mb', {}).get(phase, 0):>13,}{r['peak_rss_mb'][phase]:>12,}"
                         f"{r['seconds'].get(phase, 0):>10}")
    lines.append(f"{'peak':<26}{max(r['peak_rss_mb'].values()):>12,}")
    lines.append("corpus-level stages: " + {True: "each in a fresh process", False: "in the replaying process",
                                             None: "as an ingest decides"}[r.get("isolate")])
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
