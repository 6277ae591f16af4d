"""Clean stage (placeholder walking skeleton; being replaced)."""
from __future__ import annotations

from detente.records import NO_DATE, Article, Document, Segment


def clean_document(document: Document) -> Article:
    text = document.content
    segments, pos = [], 0
    for block in text.split("\n"):
        if block.strip():
            segments.append(Segment(len(segments), "title" if not segments else "body", pos, pos + len(block)))
        pos += len(block) + 1
    return Article(document.doc_id, document.path, document.line, document.fmt, text, tuple(segments), NO_DATE,
                   document.url, document.title, document.outlet)
