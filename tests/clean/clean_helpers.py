"""Shared helpers for the clean-stage tests."""
from __future__ import annotations

import os

from detente.clean import clean_document
from detente.records import Article, Document

FIXTURES = os.path.join(os.path.dirname(__file__), "fixtures")


def make_document(content: str, fmt: str = "text", **meta) -> Document:
    return Document(doc_id="d0", path=meta.pop("path", "test.txt"), line=None, fmt=fmt, content=content, **meta)


def fixture_text(name: str) -> str:
    with open(os.path.join(FIXTURES, name), encoding="utf-8") as fh:
        return fh.read()


def role_of(article: Article, fragment: str) -> str:
    """Role of the one segment whose text contains fragment (fails if none or several roles)."""
    roles = {s.role for s in article.segments if fragment in article.text[s.start:s.end]}
    assert len(roles) == 1, f"{fragment!r} found in segments with roles {roles}"
    return roles.pop()


def roles_of(article: Article, fragment: str) -> list[str]:
    return [s.role for s in article.segments if fragment in article.text[s.start:s.end]]


def published(page: str, fmt: str = "text", **meta) -> tuple[str | None, str, str]:
    """The publication date the clean stage finds on a page: value, precision and where it was read."""
    p = clean_document(make_document(page, fmt, **meta)).published
    return p.value, p.precision, p.source
