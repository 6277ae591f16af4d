"""Stories stage (placeholder walking skeleton; being replaced)."""
from __future__ import annotations

from collections.abc import Iterable

from detente.records import Article, StoryLink


def signature(article: Article) -> tuple[int, ...]:
    return ()


def assign_stories(signatures: Iterable[tuple[str, tuple[int, ...]]]) -> list[StoryLink]:
    return [StoryLink(d, "s" + d[1:]) for d, _ in signatures]
