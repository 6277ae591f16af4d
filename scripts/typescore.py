"""Type-only score of a one-sentence-per-document benchmark: does the coder find each gold event's PLOVER
type, whatever the actors, and are the types it codes right? Runs stages 1–5 in-process (no DuckDB).

    .venv/bin/python scripts/typescore.py ../shared/bench/plover_gsr [--show-errors] [--ner] [--json OUT]

Counting (the same as ../shared/bench/score.py on a gold without actor codes): a document's prediction is
the set of distinct types of its coded events, with or without resolved actors. A predicted type is right
when some gold event of the document has it as its type or one of its `alt` types; a gold event (core
ones only) is found when some predicted type is its type or an alt. Per type: precision by predicted type,
recall by gold type. The confusion listing counts, for each missed gold type, what was coded instead.
"""
from __future__ import annotations

import json
import os
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field


@dataclass
class TypeScore:
    predicted: int = 0
    right: int = 0
    gold: int = 0
    found: int = 0
    by_type: dict = field(default_factory=lambda: defaultdict(Counter))  # type → {predicted, right, gold, found}
    confusion: Counter = field(default_factory=Counter)  # (gold type, what was coded instead or "-")
    errors: list = field(default_factory=list)  # (doc, "MISS"/"FP", gold types, predicted types)

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0


def _accepts(gold_event: dict) -> set[str]:
    return {gold_event["type"], *gold_event.get("alt", [])}


def score_types(gold: dict[str, list[dict]], predicted: dict[str, set[str]]) -> TypeScore:
    """gold: document → its gold events ({type, alt, core}); predicted: document → types coded there."""
    s = TypeScore()
    for doc, events in sorted(gold.items()):
        types = set(predicted.get(doc, ()))
        allowed = set().union(*(_accepts(e) for e in events)) if events else set()
        gold_types = sorted(e["type"] for e in events)
        for t in sorted(types):
            ok = t in allowed
            s.predicted, s.right = s.predicted + 1, s.right + ok
            s.by_type[t]["predicted"] += 1
            s.by_type[t]["right"] += ok
            if not ok:
                s.errors.append((doc, "FP", gold_types, sorted(types)))
        for e in (e for e in events if e.get("core", True)):
            hit = bool(types & _accepts(e))
            s.gold, s.found = s.gold + 1, s.found + hit
            s.by_type[e["type"]]["gold"] += 1
            s.by_type[e["type"]]["found"] += hit
            if not hit:
                s.errors.append((doc, "MISS", [e["type"]], sorted(types)))
                for other in sorted(types) or ["-"]:
                    s.confusion[(e["type"], other)] += 1
    return s


def report(s: TypeScore, show_errors: bool = False, texts: dict[str, str] | None = None,
           rejected: list[tuple[str, str, str]] | None = None) -> str:
    """The summary line first, then per type, confusion, the documents rejected before coding, the errors.
    A reject used to be printed on stderr as "rejected x.txt: ..." while coding, so it came above the summary
    and read like a failure of the script (newcomer15, session 26): it is a fact about the set, said after it."""
    f1 = 2 * s.precision * s.recall / (s.precision + s.recall) if s.precision + s.recall else 0.0
    lines = [f"type precision {s.precision:.3f} ({s.right}/{s.predicted})  type recall {s.recall:.3f} "
             f"({s.found}/{s.gold})  f1 {f1:.3f}", "", f"{'type':10} {'P':>6} {'pred':>5} {'R':>6} {'gold':>5}"]
    for t in sorted(s.by_type):
        c = s.by_type[t]
        p = f"{c['right'] / c['predicted']:.2f}" if c["predicted"] else "-"
        r = f"{c['found'] / c['gold']:.2f}" if c["gold"] else "-"
        lines.append(f"{t:10} {p:>6} {c['predicted']:>5} {r:>6} {c['gold']:>5}")
    lines += ["", "missed gold type → coded instead ('-': nothing coded)"]
    lines += [f"  {g:10} → {o:10} {n}" for (g, o), n in s.confusion.most_common()]
    if rejected:
        lines += ["", f"rejected before coding: {len(rejected)} document{'s' if len(rejected) != 1 else ''} "
                  "(the reader refused the file; its core gold events count as missed)"]
        lines += [f"  {name}: {reason}: {detail}" for name, reason, detail in rejected]
    if show_errors:
        lines.append("")
        for doc, kind, gold_types, types in s.errors:
            text = (texts or {}).get(doc, "")
            lines.append(f"{doc}: {kind} gold={','.join(gold_types)} coded={','.join(types) or '-'}  {text[:200]}")
    return "\n".join(lines)


def _coded_types(bench: str, ner: bool) -> tuple[dict[str, set[str]], dict[str, str], list[tuple[str, str, str]]]:
    """Document file name → types of its coded events, and → its text (for the error listing); and the
    documents rejected before coding (name, reason, detail), for the report to list after the summary."""
    from detente import pipeline
    from detente.records import CodedArticle, Document, Reject
    from detente.runners.local import chunks, code_chunk

    texts = os.path.join(bench, "texts")
    documents = [d for d in pipeline.read([texts]) if isinstance(d, Document)]
    types: dict[str, set[str]] = defaultdict(set)
    text_of: dict[str, str] = {}
    rejected: list[tuple[str, str, str]] = []
    for r in (r for part in chunks(documents) for r in code_chunk(part, True, ner)):
        if isinstance(r, Reject):
            rejected.append((os.path.basename(r.path), r.reason, r.detail))
        elif isinstance(r, CodedArticle):
            name = os.path.basename(r.article.path)
            text_of[name] = " ".join(r.article.text.split())
            types[name] |= {e.event_type for e in r.events}
    return types, text_of, rejected


def main(argv: list[str]) -> int:
    if not argv or argv[0].startswith("-"):
        print(__doc__, file=sys.stderr)
        return 2
    bench = argv[0]
    gold_path = os.path.join(bench, "gold.jsonl")
    if not os.path.exists(gold_path):
        print(f"{gold_path}: no gold file; give a benchmark folder holding texts/ and gold.jsonl", file=sys.stderr)
        return 2
    with open(gold_path, encoding="utf-8") as fh:
        gold = {g["doc"]: g["events"] for g in (json.loads(line) for line in fh if line.strip())}
    predicted, texts, rejected = _coded_types(bench, "--ner" in argv)
    s = score_types(gold, predicted)
    print(report(s, "--show-errors" in argv, texts, rejected))
    if "--json" in argv and argv.index("--json") + 1 < len(argv):
        with open(argv[argv.index("--json") + 1], "w", encoding="utf-8") as fh:
            json.dump({"precision": round(s.precision, 3), "recall": round(s.recall, 3),
                       "predicted": s.predicted, "right": s.right, "gold": s.gold, "found": s.found}, fh)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
