"""Actors stage (placeholder walking skeleton; being replaced)."""
from __future__ import annotations

from detente.records import Article, Mention, Sentence

_DEMO = {"pakistan": "PAK", "pakistani": "PAK", "afghanistan": "AFG", "afghan": "AFG", "us": "USA", "u.s.": "USA"}


def mentions_actor(text: str) -> bool:
    return True


def find_mentions(article: Article, sentences: tuple[Sentence, ...]) -> tuple[Mention, ...]:
    out = []
    for s in sentences:
        for t in s.tokens:
            code = _DEMO.get(t.text.lower())
            if code:
                out.append(Mention(s.index, t.i, t.i, t.i, t.start, t.start + len(t.text), t.text, code, "GOV", "country"))
    return tuple(out)
