"""Plain spaCy and detente's coding in one process, with the model's products through blis and through numpy's
OpenBLAS (nlp/blas.py), alternated round by round (docs/scaling.md, session 19).

    PYTHONPATH=src .venv/bin/python benchmarks/blas_compare.py DIR [--docs N] [--rounds R]

Rows: the stock pipeline as published (`load_stock_model`, every component, `nlp.pipe` batch 64) over the raw
texts, once with blis (as published) and once with its layers switched to numpy's OpenBLAS; detente's
`pipeline.code_documents` in chunks of CHUNK_DOCUMENTS, with both. CPU s are this process's `process_time`
(one thread: OpenBLAS is held to one). Each row warms up first on other documents of the folder (a fifth as many). Prints one
line per row and round, then the medians and the ratios, and whether detente's events were the same both ways.
"""
from __future__ import annotations

import argparse
import hashlib
import statistics
import sys
import time

from detente import nlp, pipeline
from detente.ingest import IngestOptions, read_inputs
from detente.nlp import blas
from detente.nlp.model import load_stock_model
from detente.records import Document
from detente.runners.local import CHUNK_DOCUMENTS


def _switch(model, ops) -> None:
    for _name, component in model.components:
        if hasattr(getattr(component, "model", None), "walk"):
            for node in component.model.walk():
                node.ops = ops


def _spacy(model, texts: list[str]) -> str:
    digest = hashlib.sha256()
    for doc in model.pipe(texts, batch_size=64):
        digest.update(repr([(t.dep_, t.head.i, t.ent_type_) for t in doc]).encode())
    return digest.hexdigest()[:12]


def _detente(docs: list[Document]) -> str:
    digest = hashlib.sha256()
    for i in range(0, len(docs), CHUNK_DOCUMENTS):
        for coded in pipeline.code_documents(docs[i:i + CHUNK_DOCUMENTS]):
            digest.update(repr((coded.events, coded.fingerprint)).encode())
    return digest.hexdigest()[:12]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder")
    ap.add_argument("--docs", type=int, default=100)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args(argv)
    everything = [d for d in read_inputs([args.folder], IngestOptions()) if isinstance(d, Document)]
    docs, warm = everything[:args.docs], everything[args.docs:args.docs + max(4, args.docs // 5)]
    if len(docs) < args.docs or not warm:
        ap.error(f"the folder needs at least {args.docs} + 1 documents")
    from thinc.api import NumpyOps

    stock, ours, fast, slow = load_stock_model(), nlp.load_model(), blas.blas_ops(), NumpyOps()
    blas.one_blas_thread()
    rows = {"spaCy stock, blis": (stock, slow, _spacy, [d.content for d in docs], [d.content for d in warm]),
            "spaCy stock, OpenBLAS": (stock, fast, _spacy, [d.content for d in docs], [d.content for d in warm]),
            "detente, blis": (ours, slow, _detente, docs, warm),
            "detente, OpenBLAS": (ours, fast, _detente, docs, warm)}
    spent: dict[str, list[float]] = {name: [] for name in rows}
    hashes: dict[str, set[str]] = {name: set() for name in rows}
    try:
        for r in range(args.rounds):
            for name, (model, ops, run, items, warm_items) in rows.items():
                _switch(model, ops)
                run(model, warm_items) if run is _spacy else run(warm_items)
                start = time.process_time()
                hashes[name].add(run(model, items) if run is _spacy else run(items))
                spent[name].append(time.process_time() - start)
                print(f"round {r + 1}: {name}: {spent[name][-1]:.2f} CPU s", flush=True)
    finally:  # the process's model as load_model leaves it
        _switch(ours, fast)
    median = {name: statistics.median(values) for name, values in spent.items()}
    for name, value in median.items():
        print(f"{name}: median {value:.2f} CPU s over {len(docs)} documents; hashes {sorted(hashes[name])}")
    print(f"detente events same with blis and OpenBLAS: {hashes['detente, blis'] == hashes['detente, OpenBLAS']}")
    print(f"x spaCy as published: detente blis {median['spaCy stock, blis'] / median['detente, blis']:.2f}, "
          f"detente OpenBLAS {median['spaCy stock, blis'] / median['detente, OpenBLAS']:.2f}; "
          f"against spaCy on OpenBLAS too: {median['spaCy stock, OpenBLAS'] / median['detente, OpenBLAS']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
