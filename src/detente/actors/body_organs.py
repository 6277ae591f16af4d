"""A body's organ named by its capitalised word alone: "the Commission" on a page about the EU.

News about the European Union calls its executive "the Commission", with its capital, often without ever
writing "European Commission" (wire27: "Bosnia's Council of Ministers asked the Commission to help the two
delegations", "Montenegro turned down a Commission suggestion"; wire28: "a team of Commission experts").
short_names.py reads "the commission" only after the organ's full name; this reads the capitalised word
when the document names a parent body of the organ anywhere (data/body_organs.tsv). Guards, so that other
commissions keep their own reading:
- the word is capitalised and stands alone: not the end or start of a longer name ("the Joint Boundary
  Commission", "the ECOWAS Commission", "the Commission of Inquiry", "Commission on Human Rights");
- the document names no other body the same word shortens (short_names.tsv: the ECOWAS, AU Commission).
"""
from __future__ import annotations

import functools

from detente.actors import coref
from detente.actors.gazetteer import Term, data_rows, split_list
from detente.actors.items import Item
from detente.actors.short_names import short_nouns
from detente.records import Sentence, Token

ARTICLES = frozenset({"the", "a", "an", "this"})
# words after the organ's word that make it part of a longer name ("Commission of Inquiry")
NAME_LINKS = frozenset({"of", "on", "for"})


@functools.lru_cache(maxsize=1)
def organ_words() -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """Word as written ("Commission", "Court") → each (organ's canonical name, its parents' canonical names)."""
    out: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {}
    for row in data_rows("body_organs.tsv"):
        out[row[1]] = out.get(row[1], ()) + ((row[0], tuple(split_list(row[2]))),)
    return out


@functools.lru_cache(maxsize=1)
def _organ_terms() -> dict[str, Term]:
    """Organ's canonical name → its body Term (bodies.tsv, through the gazetteer)."""
    rows = {row[2]: row for row in data_rows("bodies.tsv")}
    return {organ: Term(word, "body", rows[organ][0], rows[organ][1], organ, use="organ")
            for word, entries in organ_words().items() for organ, _ in entries}


def with_organs(sentence: Sentence, ctx: coref.DocContext, items: list[Item]) -> list[Item]:
    """`items` plus each lone capitalised organ word whose parent body the document names: of the organs the
    word names, the one whose parent is named ("the Court" on a page naming the EU's court, not the ICJ)."""
    # a one-word role item is no claim on the word: "Court" is also the roles.tsv "court" of any state
    lone_roles = {item.first: item for item in items if item.kind == "role" and item.first == item.last}
    taken = {i for item in items if item.first not in lone_roles for i in range(item.first, item.last + 1)}
    out = []
    for token in sentence.tokens:
        entries = organ_words().get(token.text, ())
        if not entries or token.i in taken or not _alone(sentence.tokens, token):
            continue
        named = [organ for organ, parents in entries if any(p in ctx.supported for p in parents)]
        if len(named) == 1 and not _rival_named(ctx, named[0], token.text.lower()):
            out.append(Item(token.i, token.i, "body", token.text, (_organ_terms()[named[0]],)))
    replaced = {item.first for item in out}
    return [item for item in items if not (item.kind == "role" and item.first == item.last and item.first in replaced)] + out


def _alone(tokens: tuple[Token, ...], token: Token) -> bool:
    """Not part of a longer name: no capitalised word before it (but an article) and no "of" after it."""
    before = tokens[token.i - 1] if token.i > 0 else None
    after = tokens[token.i + 1] if token.i + 1 < len(tokens) else None
    if before is not None and before.text[:1].isupper() and before.text.lower() not in ARTICLES:
        return False
    return after is None or after.text.lower() not in NAME_LINKS


def _rival_named(ctx: coref.DocContext, organ: str, noun: str) -> bool:
    """Another body the same word shortens is named in the document ("the ECOWAS Commission")."""
    return any(body != organ and noun in nouns and body in ctx.supported for body, nouns in short_nouns().items())
