"""Where one worker's CPU time goes, stage by stage, on a folder of documents (docs/scaling.md, issue #13).

    PYTHONPATH=src .venv/bin/python benchmarks/profile_stages.py DIR [--docs N] [--rounds R] [--components]

Runs what a worker runs (`pipeline.code_documents` over chunks of runners.local.CHUNK_DOCUMENTS documents)
in this one process, with each stage function wrapped in a `process_time` timer that charges time to the
innermost stage running (exclusive times, no profiler overhead: cProfile inflates every small Python call).
"spaCy" is what remains of `nlp.parse_sentences` once the stages called from inside it are taken out: the
model's components on the candidate sentences. A warm-up pass over other documents (the folder's last
--warm ones) loads the model, gazetteers and lexicons first; the measured pass then sees each of its documents
once, as a worker does (a second pass over the same documents would hit the per-sentence caches, e.g. the date
scanner's, and flatter the Python stages). `--components` then times each spaCy component alone over the
candidate sentences (batch PARSE_BATCH). Run it several times for a spread: one pass per process.
"""
from __future__ import annotations

import argparse
import functools
import hashlib
import sys
import time
from collections import defaultdict
from pathlib import Path

from detente import actors, clean, events, nlp, pipeline, stories
from detente.ingest import IngestOptions, read_inputs
from detente.nlp import sentences as nlp_sentences
from detente.records import Document
from detente.runners.local import CHUNK_DOCUMENTS

SPACY = "spaCy (parse_sentences' own time)"
TIMED = [  # (module, attribute, label)
    (clean, "clean_document", "clean.clean_document"),
    (nlp, "split_sentences", "nlp.split_sentences"),
    (nlp, "parse_sentences", SPACY),
    (events, "mentions_trigger", "prefilter (events.mentions_trigger)"),
    (nlp_sentences, "_tokens", "spaCy tokens -> Token records"),
    (events, "could_code", "events.could_code"),
    (actors, "entity_names", "actors.entity_names (rule entities: names)"),
    (nlp_sentences, "rule_entities", "nlp.rule_entities"),
    (actors, "read_actors", "actors.read_actors"),
    (events, "dated_page", "events.dated_page"),
    (events, "code_events", "events.code_events"),
    (stories, "fingerprint", "story fingerprint"),
]


class Clock:
    """Exclusive CPU time per label: entering a stage charges the time so far to the stage it interrupts."""

    def __init__(self):
        self.spent: dict[str, float] = defaultdict(float)
        self.stack = ["other (pipeline glue)"]
        self.mark = time.process_time()

    def _charge(self):
        now = time.process_time()
        self.spent[self.stack[-1]] += now - self.mark
        self.mark = now

    def wrap(self, fn, label):
        @functools.wraps(fn)
        def timed(*args, **kwargs):
            self._charge()
            self.stack.append(label)
            try:
                return fn(*args, **kwargs)
            finally:
                self._charge()
                self.stack.pop()
        return timed


def documents(folder: str, limit: int) -> list[Document]:
    docs = [d for d in read_inputs([folder], IngestOptions()) if isinstance(d, Document)]
    return docs[:limit]


def run(docs: list[Document], clock: Clock | None) -> tuple[float, str, int]:
    """One pass over the documents; the CPU seconds, a hash of every event and fingerprint, the events."""
    digest, n = hashlib.sha256(), 0
    start = time.process_time()
    if clock is not None:
        clock.mark = start
    for i in range(0, len(docs), CHUNK_DOCUMENTS):
        for coded in pipeline.code_documents(docs[i:i + CHUNK_DOCUMENTS]):
            digest.update(repr((coded.events, coded.fingerprint)).encode())
            n += len(coded.events)
    if clock is not None:
        clock._charge()
    return time.process_time() - start, digest.hexdigest()[:12], n


def components(docs: list[Document]) -> dict[str, float]:
    """Each component of the model alone, over the sentences the prefilter passes (batch PARSE_BATCH)."""
    texts = [s.text for d in docs for s in nlp.split_sentences(clean.clean_document(d))
             if pipeline.candidate_sentence(s.text)]
    texts.sort(key=len)
    model = nlp.load_model()
    out = {"candidate sentences": float(len(texts))}
    start = time.process_time()
    parsed = [model.make_doc(t) for t in texts]
    out["tokenizer"] = time.process_time() - start
    for name, proc in model.pipeline:
        if name == nlp_sentences.ENTITY_PIPE:
            continue
        start = time.process_time()
        if hasattr(proc, "pipe"):
            parsed = list(proc.pipe(parsed, batch_size=nlp_sentences.PARSE_BATCH))
        else:
            parsed = [proc(doc) for doc in parsed]
        out[name] = time.process_time() - start
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder")
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--warm", type=int, default=32, help="documents after the first --docs, for the warm-up")
    ap.add_argument("--components", action="store_true")
    args = ap.parse_args(argv)
    everything = documents(args.folder, args.docs + args.warm)
    docs, warm = everything[:args.docs], everything[args.docs:]
    if len(docs) < args.docs or not warm:
        ap.error(f"the folder needs at least {args.docs} + 1 documents")
    nlp.load_model()
    run(warm, None)
    clock = Clock()
    saved = [(mod, attr, getattr(mod, attr)) for mod, attr, _label in TIMED]
    for mod, attr, label in TIMED:
        setattr(mod, attr, clock.wrap(getattr(mod, attr), label))
    try:
        total, digest, n = run(docs, clock)
    finally:
        for mod, attr, fn in saved:
            setattr(mod, attr, fn)
    print(f"{len(docs)} documents (warmed on {len(warm)} others): {total:.2f} CPU s, {n} events, hash {digest}")
    print("| stage | CPU s |\n| --- | --- |")
    for label, spent in sorted(clock.spent.items(), key=lambda kv: -kv[1]):
        print(f"| {label} | {spent:.2f} |")
    print(f"| **total** | **{sum(clock.spent.values()):.2f}** |")
    if args.components:
        for name, value in components(docs).items():
            print(f"component {name}: {value:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
