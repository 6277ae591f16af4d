"""Throughput and memory of `detente ingest` against plain spaCy, on one corpus of real or synthetic text.

    .venv/bin/python benchmarks/throughput.py --docs 1000 [--corpus real|synthetic] [--json out.json] [--prefilter-off] [--ner]

One run builds N articles (txt files in a temp dir) and measures, on the same texts:
  (a) spaCy baseline: the model exactly as published (`spacy.load` of the full en_core_web_sm
      pipeline, via detente.nlp.model.load_stock_model; detente's own load_model swaps in a faster
      equivalent of one component, which the baseline must not get) over the raw file texts with
      nlp.pipe(n_process=2), in a child process;
  (b) the real CLI end to end, `detente ingest DIR --db tmp.duckdb` (default workers), as a child;
  (b') optionally the same with --no-prefilter (every coded sentence parsed), and with --ner
       (entities from the model's recogniser instead of the gazetteers and rules, the default);
  (c) story clustering alone (pipeline.link_stories) on the stored fingerprints, at N and N/10, with
      the number of candidate pairs it verifies.
The corpus: `real` (the default) builds pseudo-articles from the sentences of the real news pages in
../shared with ../shared/bench/make_corpus.py (names, numbers and dates re-drawn in every copy, the
sentence mix of real pages); `synthetic` uses benchmarks/synth.py, whose pages are half clutter and
whose sentences are easier on the prefilter, so it flatters detente.
Wall time counts each child from start to exit (interpreter start, model loads, and for ingest the
DuckDB writes and story linking); CPU seconds sum user and system time of the whole process tree,
which stays meaningful when other jobs share the machine. Peak RSS sums the RSS of the child and all its descendants,
sampled every 0.1 s with psutil. Targets (docs/scaling.md, issue #13): (b) ≥ 3× the throughput of (a) at
1,000 real-text docs; peak RSS of (b) ≤ 1 GB at 10,000 docs and flat as the corpus grows tenfold.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
SAMPLE_SECONDS = 0.1


@dataclass
class Measure:
    name: str
    docs: int
    words: int
    seconds: float
    peak_rss_mb: float
    cpu_seconds: float  # user + system CPU of the whole process tree: fairer than wall on a busy machine
    inner_seconds: float | None = None  # time of the work itself, without start-up (baseline only)
    notes: dict = field(default_factory=dict)

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds if self.seconds else 0.0

    @property
    def docs_per_cpu_s(self) -> float:
        return self.docs / self.cpu_seconds if self.cpu_seconds else 0.0

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


def tree_rss(proc: psutil.Process, each: dict[int, int] | None = None) -> int:
    """RSS of a process and all its descendants, in bytes (processes that vanish mid-count are skipped);
    `each`, when given, keeps the peak RSS seen of every process id."""
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            rss = p.memory_info().rss
        except psutil.Error:
            continue
        total += rss
        if each is not None:
            each[p.pid] = max(each.get(p.pid, 0), rss)
    return total


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # every waited-for descendant, pool workers too
    return usage.ru_utime + usage.ru_stime


def run_measured(cmd: list[str], env: dict | None = None, each: dict[int, int] | None = None
                 ) -> tuple[float, int, float, str]:
    """Run `cmd`; return (wall seconds, peak RSS of its process tree in bytes, CPU seconds, stdout).
    `each` receives the peak RSS of every process of the tree by process id (the child's own first)."""
    cpu_before = children_cpu()
    started = time.perf_counter()
    child = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    peak = [0]
    if each is not None:
        each[child.pid] = 0

    def sample() -> None:
        proc = psutil.Process(child.pid)
        while child.poll() is None:
            try:
                peak[0] = max(peak[0], tree_rss(proc, each))
            except psutil.Error:
                break
            time.sleep(SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = child.communicate()
    seconds = time.perf_counter() - started
    sampler.join()
    if child.returncode not in (0, 1):  # detente ingest exits 1 when some inputs were rejected
        raise RuntimeError(f"{' '.join(cmd)} failed with exit code {child.returncode}:\n{err[-3000:]}")
    return seconds, peak[0], children_cpu() - cpu_before, out


MAKE_CORPUS = HERE.parent.parent / "shared" / "bench" / "make_corpus.py"  # ../shared of the checkout


def corpus_command(kind: str, docs: int, seed: int, folder: Path) -> list[str]:
    """The command that writes the corpus: the real-text recipe of ../shared, or benchmarks/synth.py."""
    if kind == "synthetic":
        return [sys.executable, str(HERE / "synth.py"), "--docs", str(docs), "--out", str(folder), "--seed", str(seed)]
    if not MAKE_CORPUS.is_file():
        raise SystemExit(f"the real-text corpus needs {MAKE_CORPUS} (the shared benchmark data next to the "
                         "checkout); use --corpus synthetic without it")
    return [sys.executable, str(MAKE_CORPUS), str(folder), str(docs), "--seed", str(seed)]


def build_corpus(docs: int, seed: int, folder: Path, kind: str = "real") -> tuple[list[Path], int]:
    subprocess.run(corpus_command(kind, docs, seed, folder), check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    files = sorted(folder.glob("*.txt"))
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in files)
    return files, words


def spacy_baseline(folder: Path, docs: int, words: int, batch_size: int) -> Measure:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--baseline-child", str(folder),
           "--batch-size", str(batch_size)]
    seconds, peak, cpu, out = run_measured(cmd)
    inner = json.loads(out.strip().splitlines()[-1])
    return Measure("spaCy nlp.pipe (n_process=2)", docs, words, seconds, peak / 2**20, cpu, inner["seconds"],
                   {"batch_size": batch_size, "tokens": inner["tokens"]})


def baseline_child(folder: Path, batch_size: int) -> None:
    """Child process of the baseline: parse every raw text with the full pipeline, print the timing."""
    from detente.nlp.model import load_stock_model

    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    nlp = load_stock_model()
    started = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, n_process=2, batch_size=batch_size))
    print(json.dumps({"seconds": time.perf_counter() - started, "tokens": tokens}))


def detente_cli() -> list[str]:
    script = Path(sys.executable).parent / "detente"
    return [str(script)] if script.exists() else [sys.executable, "-m", "detente"]


def detente_ingest(folder: Path, db: Path, docs: int, words: int, prefilter: bool, ner: bool = False) -> Measure:
    flags = ([] if prefilter else ["--no-prefilter"]) + (["--ner"] if ner else [])
    args = ["ingest", str(folder), "--db", str(db), *flags]
    each: dict[int, int] = {}
    seconds, peak, cpu, out = run_measured([*detente_cli(), *args], each=each)
    notes = stored_counts(db)
    parent, *others = each.values()  # the CLI process, then its workers (and multiprocessing's tracker)
    notes["parent_peak_rss_mb"] = round(parent / 2**20)
    notes["largest_worker_peak_rss_mb"] = round(max(others, default=0) / 2**20)
    parsed = re.search(r"sentences parsed: (\d+)/(\d+)", out)
    if parsed:
        notes["sentences_parsed"], notes["sentences"] = int(parsed[1]), int(parsed[2])
    name = " ".join(["detente ingest", *flags])
    return Measure(name, docs, words, seconds, peak / 2**20, cpu, None, notes)


def stored_counts(db: Path) -> dict:
    from detente import store

    with store.opened(str(db), read_only=True) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("documents", "events", "rejects", "stories")}


def story_clustering(db: Path) -> dict:
    """Seconds of pipeline.link_stories on all stored fingerprints and on a tenth of them."""
    from detente import pipeline, store

    prints = list(store.fingerprints(str(db)))
    tenth = prints[: max(1, len(prints) // 10)]
    pipeline.link_stories(prints[:2])  # warm-up: data files and imports load on the first call
    timings = {}
    for label, chunk in (("all", prints), ("tenth", tenth)):
        best, runs = float("inf"), 0
        while runs < 3 and (runs == 0 or best < 5.0):  # best of 3 only where it is cheap: less noise
            started = time.perf_counter()
            pipeline.link_stories(chunk)
            best, runs = min(best, time.perf_counter() - started), runs + 1
        timings[label] = {"docs": len(chunk), "seconds": best, "pairs": compared_pairs(chunk)}
    timings["ratio"] = timings["all"]["seconds"] / max(timings["tenth"]["seconds"], 1e-9)
    return timings


def compared_pairs(prints: list) -> int:
    """Candidate pairs story clustering verifies (bounded per document; see detente.stories.cluster)."""
    from detente.stories import cluster

    ordered = cluster.by_doc_id(prints)
    return len(cluster.candidate_pairs(cluster.signature_matrix(ordered), cluster.day_numbers(ordered)))


def machine() -> dict:
    return {"date": dt.datetime.now().isoformat(timespec="seconds"), "cpus": os.cpu_count(),
            "memory_gb": round(psutil.virtual_memory().total / 2**30, 1), "platform": platform.platform(),
            "python": platform.python_version(), "load_average_at_start": os.getloadavg()}


def table(rows: list[Measure], stories: dict) -> str:
    base = rows[0] if rows[0].inner_seconds is not None else None  # the spaCy row, unless skipped
    head = (f"{'run':34} {'docs':>6} {'words':>10} {'wall s':>8} {'docs/s':>8} {'words/s':>9} {'peak RSS MB':>12} "
            f"{'× spaCy':>8} {'CPU s':>8} {'docs/CPU s':>10} {'× spaCy':>8}")
    lines = [head, "-" * len(head)]
    for m in rows:
        ratio = f"{m.docs_per_s / base.docs_per_s:.2f}" if base and base.docs_per_s else "-"
        cpu_ratio = f"{m.docs_per_cpu_s / base.docs_per_cpu_s:.2f}" if base and base.docs_per_cpu_s else "-"
        lines.append(f"{m.name:34} {m.docs:>6} {m.words:>10,} {m.seconds:>8.1f} {m.docs_per_s:>8.1f} "
                     f"{m.words_per_s:>9,.0f} {m.peak_rss_mb:>12,.0f} {ratio:>8} {m.cpu_seconds:>8.0f} "
                     f"{m.docs_per_cpu_s:>10.2f} {cpu_ratio:>8}")
    if base:
        lines.append(f"(spaCy nlp.pipe alone, without start-up and model load: {base.inner_seconds:.1f} s, "
                     f"{base.docs / base.inner_seconds:.1f} docs/s)")
    for m in rows:
        if m.notes and m is not base:
            lines.append(f"({m.name}: " + ", ".join(f"{k} {v}" for k, v in m.notes.items()) + ")")
    a, t = stories["all"], stories["tenth"]
    lines.append(f"story clustering: {a['docs']} docs {a['seconds']:.2f} s ({a['pairs']:,} pairs compared), "
                 f"{t['docs']} docs {t['seconds']:.3f} s ({t['pairs']:,} pairs), "
                 f"ratio {stories['ratio']:.1f} (linear ≈ 10, quadratic ≈ 100)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000, help="articles in the corpus")
    parser.add_argument("--corpus", choices=("real", "synthetic"), default="real",
                        help="real: sentences of the real news pages in ../shared (make_corpus.py); "
                             "synthetic: benchmarks/synth.py")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--batch-size", type=int, default=64, help="nlp.pipe batch size of the spaCy baseline")
    parser.add_argument("--prefilter-off", action="store_true", help="add a `detente ingest --no-prefilter` row")
    parser.add_argument("--ner", action="store_true", help="add a `detente ingest --ner` row (entities from the recogniser)")
    parser.add_argument("--skip-baseline", action="store_true",
                        help="no spaCy row (large corpora where only memory and story scaling are wanted)")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--keep-db", type=Path, help="keep a copy of the ingested database here (for the "
                        "corpus-level stages' memory, benchmarks/link_memory.py)")
    parser.add_argument("--baseline-child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.baseline_child:
        baseline_child(args.baseline_child, args.batch_size)
        return 0
    info = machine()
    with tempfile.TemporaryDirectory(prefix="detente-bench-") as tmp:
        folder = Path(tmp) / "corpus"
        files, words = build_corpus(args.docs, args.seed, folder, args.corpus)
        print(f"{args.corpus} corpus: {len(files)} articles, {words:,} words in {folder}", file=sys.stderr)
        rows = [] if args.skip_baseline else [spacy_baseline(folder, len(files), words, args.batch_size)]
        if rows:
            print(f"measured: {asdict(rows[0])}", file=sys.stderr)
        db = Path(tmp) / "detente.duckdb"
        rows.append(detente_ingest(folder, db, len(files), words, prefilter=True))
        print(f"measured: {asdict(rows[-1])}", file=sys.stderr)  # a long run's rows survive an interrupt
        if args.prefilter_off:
            rows.append(detente_ingest(folder, Path(tmp) / "full.duckdb", len(files), words, prefilter=False))
        if args.ner:
            rows.append(detente_ingest(folder, Path(tmp) / "ner.duckdb", len(files), words, prefilter=True, ner=True))
        stories = story_clustering(db)
        if args.keep_db:
            shutil.copyfile(db, args.keep_db)
    print(table(rows, stories))
    if args.json:
        result = {"machine": info, "corpus": args.corpus, "command": " ".join([Path(sys.argv[0]).name, *(argv or sys.argv[1:])]),
                  "runs": [asdict(m) | {"docs_per_s": m.docs_per_s, "words_per_s": m.words_per_s,
                                        "docs_per_cpu_s": m.docs_per_cpu_s} for m in rows],
                  "speedup_vs_spacy": None if args.skip_baseline else [m.docs_per_s / rows[0].docs_per_s for m in rows[1:]],
                  "cpu_speedup_vs_spacy": None if args.skip_baseline else
                  [m.docs_per_cpu_s / rows[0].docs_per_cpu_s for m in rows[1:]],
                  "stories": stories}
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
