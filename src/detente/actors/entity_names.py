"""The gazetteer's names in a sentence as entity labels, for the parser's rule-based entities
(`nlp.entities`, the default; `detente ingest --ner` uses the statistical recogniser instead)."""
from __future__ import annotations

import re

from detente.actors.gazetteer import scan

LABELS = {"country": "GPE", "capital": "GPE", "place": "GPE", "demonym": "NORP", "body": "ORG", "org": "ORG",
          "seat": "ORG", "leader": "PERSON", "role": ""}
# A name that needs a place reading ("strict" in the data files: "Victoria", "Male") gets one only
# after a word that introduces a place.
PLACE_BEFORE = re.compile(r"\b(?:in|to|from|at|near|outside|across|into|of|visited|visit)\s+$", re.IGNORECASE)


def entity_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of every gazetteer name in `text`; role words get the label "" (no entity)."""
    out = []
    for hit in scan(text):
        term = hit.term
        label = LABELS.get(term.kind, "")
        if term.check == "strict" and not PLACE_BEFORE.search(text[max(0, hit.start - 12):hit.start]):
            label = ""
        out.append((hit.start, hit.end, label))
    return out
