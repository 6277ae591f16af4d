"""Story linking under stress: story B-cubed F1 of a development folder with its pages weakened.

    .venv/bin/python scripts/story_stress.py BENCH_DIR [MODE ...]

Modes (each scored apart; default all): none (the pages as they are); half (each page cut to the first
half of its body, whole segments); lead (title and the first LEAD body segments: a wire brief); thin50 /
thin33 (each page's fingerprint vocabulary thinned to a half / a third, a different part for each page,
its proper names kept: an outlet that rewords the story). Shows where linking splits one story's
outlets or merges two stories. Reads the gold's story ids: development folders only (realnews, wire4,
newswire, wire2, demo), never a held-out one.
"""
from __future__ import annotations

import json
import os
import sys
import types
import zlib
from dataclasses import replace

from detente import pipeline
from detente.records import Article, CodedArticle, Document
# the fingerprint's own MinHash setup, so a thinned signature compares with the others
from detente.stories.fingerprint import signature, vocabulary

MODES = ("none", "half", "lead", "thin50", "thin33")
LEAD = 3  # body segments of a brief
THIN = {"thin50": 2, "thin33": 3}  # keep one word in N
USAGE = f"usage: story_stress.py BENCH_DIR [MODE ...]   modes: {', '.join(MODES)}"


def cut(article: Article, mode: str) -> Article:
    """The article with its body cut to its first half ("half") or to its first LEAD segments ("lead")."""
    body = [s for s in article.segments if s.role == "body"]
    if mode == "lead":
        dropped = set(body[LEAD:])
    else:
        total, seen, dropped = sum(s.end - s.start for s in body), 0, set()
        for s in body:
            if seen >= total / 2:
                dropped.add(s)
            seen += s.end - s.start
    return replace(article, segments=tuple(s for s in article.segments if s not in dropped))


def thinned(coded: CodedArticle, keep_one_in: int) -> CodedArticle:
    """The coded article with a fingerprint of one in `keep_one_in` of its words (chosen by a hash of the
    document and the word), its topics, sides and names as they were."""
    words = {w for w in vocabulary(coded.article)
             if zlib.crc32((coded.article.doc_id + w).encode("utf-8")) % keep_one_in == 0}
    return replace(coded, fingerprint=replace(coded.fingerprint, signature=signature(words).astype("<u8").tobytes()))


_PASSES: dict[tuple[str, str], list[CodedArticle]] = {}  # one coding pass per (bench, cut): thin modes share "none"'s


def code(documents: list[Document], mode: str) -> list[CodedArticle]:
    """Stages 2-5, the cleaned articles cut first for the modes that cut (the thin modes reuse the uncut pass)."""
    key = (documents[0].path if documents else "", mode if mode in ("half", "lead") else "none")
    if key not in _PASSES:
        _PASSES[key] = _code(documents, key[1])
    coded = _PASSES[key]
    return [thinned(c, THIN[mode]) if mode in THIN else c for c in coded]


def _code(documents: list[Document], mode: str) -> list[CodedArticle]:
    real = pipeline.clean
    if mode in ("half", "lead"):
        pipeline.clean = types.SimpleNamespace(clean_document=lambda d, *a, **k: cut(real.clean_document(d, *a, **k), mode))
    try:
        coded = [c for c in pipeline.code_documents(documents, on_error=lambda d, e: e) if isinstance(c, CodedArticle)]
    finally:
        pipeline.clean = real
    return coded


def bcubed(found: dict[str, str], gold: dict[str, str]) -> float:
    """B-cubed F1 of the found story of each page against its gold story (pages in both only)."""
    pages = [p for p in gold if p in found]
    if not pages:
        return 0.0
    same = lambda labels, p: {q for q in pages if labels[q] == labels[p]}  # noqa: E731
    precision = sum(len(same(found, p) & same(gold, p)) / len(same(found, p)) for p in pages) / len(pages)
    recall = sum(len(same(found, p) & same(gold, p)) / len(same(gold, p)) for p in pages) / len(pages)
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score(bench: str, mode: str) -> float:
    texts = os.path.join(bench, "texts")
    documents = [d for d in pipeline.read([texts if os.path.isdir(texts) else bench]) if isinstance(d, Document)]
    coded = code(documents, mode)
    links = {link.doc_id: link.story_id for link in pipeline.link_stories(c.fingerprint for c in coded)}
    found = {os.path.basename(c.article.path): links[c.article.doc_id] for c in coded}
    with open(os.path.join(bench, "gold.jsonl"), encoding="utf-8") as fh:
        gold = {g["doc"]: g.get("story") or g["doc"] for g in map(json.loads, filter(str.strip, fh))}
    return bcubed(found, gold)


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(USAGE, file=sys.stderr if not argv else sys.stdout)
        return 0 if argv else 2
    bench, modes = argv[0], argv[1:] or list(MODES)
    bad = [m for m in modes if m not in MODES]
    if bad or not os.path.isfile(os.path.join(bench, "gold.jsonl")):
        print(f"unknown mode {bad[0]!r}" if bad else f"{bench}: no gold.jsonl there", file=sys.stderr)
        print(USAGE, file=sys.stderr)
        return 2
    for mode in modes:
        print(f"{bench} {mode:<7} story_f1={score(bench, mode):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
