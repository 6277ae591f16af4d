"""Actors stage: find who is named in parsed sentences and resolve each actor to country + sector.

    find_mentions(article, sentences) → Mention…   every actor phrase of the parsed sentences
    mentions_actor(text) → bool                   cheap, recall-safe parser prefilter
    country_of_place(text) → code | None          gazetteer lookup for event locations
    document_states(article, sentences) → counts   how often each state is named in title and body text
    resolve_name(text) → (country, sector)        resolve a free-text actor phrase (tests, tools)

Knowledge lives in data/*.tsv (countries, bodies, seats, roles, leaders, places); see gazetteer.py.
Pronouns, "the country" and bare titles ("the premier") are resolved in anaphora.py (rules and
known limits in its docstring); a non-state group rooted in one state (bodies.tsv "home") gets
that state with sector REB and kind "org".
Mentions may nest ("the head of Pakistan's armed forces" contains "Pakistan's armed forces"); a
phrase naming several states ("US and Pakistani officials") yields one Mention per state over the
same span; kind "group" ("the two countries") has no country and lists the candidate states,
"+"-joined, in `entity`.
"""
from __future__ import annotations

import re
from collections import Counter

from detente.actors.coref import build_context
from detente.actors.gazetteer import country_of_place, scan
from detente.actors.resolve import sentence_mentions
from detente.records import Article, DateInfo, Mention, Segment, Sentence

__all__ = ["find_mentions", "mentions_actor", "country_of_place", "resolve_name", "document_states"]

# Pronouns coreference may resolve, and capitalised words (a surname seen earlier in the document
# may come back alone: "Okafor said"). Function words that are capitalised only at the start of a
# sentence are not names.
NAME = re.compile(r"\b[A-Z][\w'’-]+")
PRONOUN = re.compile(r"\b(?:it|its|he|his|she|her|they|their|them)\b", re.IGNORECASE)
NOT_NAMES = frozenset("The A An In On At But And Or If As It Its He His She Her This That These Those "
                      "There Then When While After Before Since For From To With By Of".split())


def mentions_actor(text: str) -> bool:
    """True whenever find_mentions could return a mention with a country for this sentence."""
    if scan(text) or PRONOUN.search(text):
        return True
    return any(word not in NOT_NAMES for word in NAME.findall(text))


def find_mentions(article: Article, sentences: tuple[Sentence, ...]) -> tuple[Mention, ...]:
    ctx = build_context(article, sentences)
    return tuple(m for s in sentences if s.parsed for m in sentence_mentions(article, s, ctx))


def document_states(article: Article, sentences: tuple[Sentence, ...]) -> Counter[str]:
    """Times each state or body is named in the title and body (page furniture left out), read from the
    sentence text so the counts are the same whether or not the parser prefilter skipped a sentence."""
    ctx = build_context(article, sentences)
    roles = {s.index: s.role for s in sentences}
    return Counter(ref.code for ref in ctx.states if roles.get(ref.sentence) in ("title", "body"))


def resolve_name(text: str) -> tuple[str | None, str | None]:
    """(country, sector) of a free-text actor phrase, parsed as a one-sentence article."""
    from detente.nlp import parse_article

    article = Article("resolve", "-", None, "text", text, (Segment(0, "body", 0, len(text)),),
                      DateInfo(None))
    mentions = find_mentions(article, parse_article(article))
    best = max(mentions, key=lambda m: (m.country is not None, m.last - m.first), default=None)
    return (best.country, best.sector) if best else (None, None)
