"""Shared by the story tests: pages written as a JSONL dump, coded and linked as an ingest links them."""
from __future__ import annotations

import json
from pathlib import Path

from detente import pipeline
from detente.records import Document


def story_by_title(pages: list[dict], folder: Path) -> dict[str, str]:
    """Title → story id of each page (fields that are None are left out of its record, as a dump omits them)."""
    path = folder / "pages.jsonl"
    path.write_text("".join(json.dumps({k: v for k, v in a.items() if v is not None}) + "\n" for a in pages),
                    encoding="utf-8")
    coded = pipeline.code_documents([d for d in pipeline.read([str(path)]) if isinstance(d, Document)])
    links = {link.doc_id: link.story_id for link in pipeline.link_stories(c.fingerprint for c in coded)}
    return {c.article.title: links[c.article.doc_id] for c in coded}
