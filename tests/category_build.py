"""Writing a set of our own sentences scored per category (tests/events/data/blindcats,
tests/actors/data/actorsblind) from its case list: each set's build.py lists (category, text, events) cases and
calls `write_set`, which writes texts/NNNN.txt, gold.jsonl (../shared/bench/ANNOTATION.md's format) and
categories.tsv. Run a build.py from the repository root with the set's folder as argument."""
from __future__ import annotations

import json
import os

AG = ("SUPPORT", "COOPERATE")  # the alternatives an agreement's gold event accepts
REL = ("CONCEDE",)


def event(t: str, s: str, g: str, st: str = "asserted", alt: tuple[str, ...] = (), note: str = "",
          core: bool = True) -> dict:
    """One gold event (type, source, target, status), undated."""
    return {"type": t, "alt": list(alt), "source": s, "target": g, "status": st, "date": None, "core": core, "note": note}


def write_set(out: str, cases: list[tuple[str, str, list[dict]]], name: str, prefix: str, header: str) -> None:
    """The set's files: one text per case, its events with a default note and an incident id of their own."""
    os.makedirs(os.path.join(out, "texts"), exist_ok=True)
    with open(os.path.join(out, "gold.jsonl"), "w") as g, open(os.path.join(out, "categories.tsv"), "w") as c:
        c.write(f"# doc\tcategory ({header})\n")
        for i, (cat, text, events) in enumerate(cases, 1):
            doc = f"{i:04d}.txt"
            with open(os.path.join(out, "texts", doc), "w") as t:
                t.write(text + "\n")
            for j, e in enumerate(events):
                e["note"] = e["note"] or f"{cat}: {e['type'].lower()} {e['source']}->{e['target']}"
                e["incident"] = f"{prefix}{i:04d}-{j}"
            g.write(json.dumps({"doc": doc, "story": f"{name}-{i:04d}", "pub_date": None, "events": events,
                                "leaks": []}) + "\n")
            c.write(f"{doc}\t{cat}\n")
    print(len(cases), "cases", sum(len(e) for _, _, e in cases), "events")
