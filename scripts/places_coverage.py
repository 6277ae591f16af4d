"""How many places named in event sentences get coordinates (a check of detente.places on a benchmark).

    .venv/bin/python scripts/places_coverage.py ../shared/bench/realnews [--list]

A place worth a location field: a place entity (GPE, LOC, FAC) that a sentence holding a coded event
names after "in", "at" or "near" ("talks in Beijing", "clashes at the border near Galwan"). Each is read
as the events stage reads a location (country from the actors stage in the sentence's context, then the
GeoNames gazetteer), and counted by precision; --list prints every place with what it resolved to, so a
reader can check the coordinates by hand. A second line counts the coded events that got a location at all
(events/locations.py: the phrase must belong to the event, so not every place above places one).
"""
from __future__ import annotations

import os
import sys
from collections import Counter

from detente import pipeline
from detente.actors import country_of_place
from detente.nlp.model import load_model, with_recogniser
from detente.places import locate
from detente.records import CodedArticle, Document
from detente.runners.local import chunks, code_chunk

PLACE_ENTS = {"GPE", "LOC", "FAC"}


def places_in(sentence: str) -> list[str]:
    """Place entities of a sentence that follow in/at/near."""
    doc = with_recogniser(load_model())(sentence)
    return [ent.text for ent in doc.ents if ent.label_ in PLACE_ENTS and ent.start > 0
            and doc[ent.start - 1].lower_ in ("in", "at", "near")]


def main(argv: list[str]) -> int:
    bench = argv[0]
    texts = os.path.join(bench, "texts")
    paths = [texts] if os.path.isdir(texts) else sorted(
        os.path.join(bench, f) for f in os.listdir(bench) if f.endswith(".txt"))
    documents = [d for d in pipeline.read(paths) if isinstance(d, Document)]
    coded = [r for part in chunks(documents) for r in code_chunk(part, True) if isinstance(r, CodedArticle)]
    seen, by_precision = {}, Counter()
    for c in coded:
        for sentence in sorted({e.evidence.sentence for e in c.events}):
            for name in places_in(sentence):
                key = (c.article.doc_id, name)
                if key not in seen:
                    seen[key] = locate(name, country_of_place(name, sentence, c.article.text))
                    by_precision[seen[key].geo_precision or "none"] += 1
    total = sum(by_precision.values())
    placed = total - by_precision["none"]
    print(f"{total} place mentions after in/at/near in event sentences of {len(coded)} documents; "
          f"{placed} get coordinates ({placed / max(total, 1):.0%}): " +
          ", ".join(f"{k} {v}" for k, v in by_precision.most_common()))
    events = [e for c in coded for e in c.events]
    located = [e for e in events if e.location is not None]
    print(f"{len(located)} of {len(events)} events have a location "
          f"({sum(e.location.latitude is not None for e in located)} with coordinates)")
    if "--list" in argv:
        for (name, loc), n in Counter((k[1], v) for k, v in seen.items()).most_common():
            print(f"{n}\t{name}\t{loc.country}\t{loc.geo_precision}\t{loc.latitude}\t{loc.longitude}\t{loc.admin1}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
