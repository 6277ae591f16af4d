"""Short names of international bodies named earlier: "the council", "the bloc", "the alliance".

A story that names "the UN Security Council" goes on with "the council condemned…"; one that names the
European Union speaks of "the bloc's foreign policy chief". data/short_names.tsv lists, per body, the
nouns that refer back to it. A noun becomes an actor item only when
- a body listing it was named before it in the document (the most recent such body wins), and
- it is definite ("the council", "this alliance") and has no modifier of its own but a size ("the
  27-nation bloc"): "the city council", "the ruling alliance", "Iran's council", "the council of
  elders" are other bodies, and "a council" is none in particular.
Without such a body the noun stays what it was before (no actor), so a domestic story keeps its
councils and unions to itself.

Halves of a divided country are named the same way by one word: "the North accused the South" in a story
that names North and South Korea (data/divided_states.tsv; wire9).

A regional body's region adjective with a noun for its members ("East African leaders", "the East
African bloc", "Southeast Asian nations") stands for the body when the document names the body anywhere:
news leads often describe the body before they name it. "The two Arab nations" (a number) is a group of
states, not the body.
"""
from __future__ import annotations

import functools

from detente.actors import coref
from detente.actors.gazetteer import Term, case_matches, data_rows, split_list, term_index
from detente.actors.items import Item
from detente.records import Sentence, Token

NOUN_TAGS = frozenset({"NOUN", "PROPN"})
DEFINITE = frozenset({"the", "this", "that"})
# Words of a modifier that only gives the body's size: "the 27-nation bloc", "the 15-member council".
SIZE_WORDS = frozenset({"-", "member", "nation", "state", "country", "strong"})
COUNT_WORDS = frozenset({"two", "three", "four", "five", "six", "both", "2", "3", "4", "5", "6"})
# Nouns for a regional body's members acting together: "East African leaders", "Gulf states".
MEMBER_NOUNS = frozenset({"leaders", "countries", "states", "nations", "governments", "bloc", "neighbours",
                          "neighbors", "heads"})
# Verbs whose own "of" phrase follows their object: in "accused the court of usurpation" the "of" is the
# charge, not part of the court's name (wire49 w49_06, where the parser hangs it on "court").
OF_VERBS = frozenset({"accuse", "suspect", "convict", "warn", "inform", "notify", "remind", "absolve", "clear"})


@functools.lru_cache(maxsize=1)
def short_nouns() -> dict[str, tuple[str, ...]]:
    """Canonical body name → the nouns that refer back to it (short_names.tsv)."""
    return {row[0]: tuple(split_list(row[1])) for row in data_rows("short_names.tsv")}


@functools.lru_cache(maxsize=1)
def region_words() -> dict[str, str]:
    """Region adjective ("west african") → canonical name of its regional body (short_names.tsv)."""
    return {region: row[0] for row in data_rows("short_names.tsv") if len(row) > 2 for region in split_list(row[2])}


@functools.lru_cache(maxsize=1)
def _all_nouns() -> frozenset[str]:
    return frozenset(noun for nouns in short_nouns().values() for noun in nouns)


def with_short_names(sentence: Sentence, ctx: coref.DocContext, items: list[Item]) -> list[Item]:
    """`items` plus definite short nouns ("the council") that refer back to a body named earlier. A
    short noun replaces role items inside it: "military" in "the military alliance" is no army."""
    shorts = _short_items(sentence, ctx, items) + _regional_items(sentence, ctx, items) + \
        _divided_items(sentence, ctx, items)
    inside = {i for s in shorts for i in range(s.first, s.last + 1)}
    return [i for i in items if not inside & set(range(i.first, i.last + 1))] + shorts


def _short_items(sentence: Sentence, ctx: coref.DocContext, items: list[Item]) -> list[Item]:
    taken = {i for item in items if item.kind != "role" for i in range(item.first, item.last + 1)}
    out = []
    for token in sentence.tokens:
        span = next((s for s in _noun_spans(sentence.tokens, token) if not taken & set(range(s[0], token.i + 1))
                     and _bare_definite(sentence.tokens, s)), None)
        if span is None:
            continue
        noun = _joined(sentence.tokens[span[0]:token.i + 1])
        term = _earlier_body(ctx, noun, token.start)
        if term is not None:
            out.append(Item(span[0], token.i, "body", noun, (term,)))
    return out


def _regional_items(sentence: Sentence, ctx: coref.DocContext, items: list[Item]) -> list[Item]:
    """"East African leaders": a region adjective of a body the document names, then a member noun."""
    tokens = sentence.tokens
    taken = {i for item in items if item.kind != "role" for i in range(item.first, item.last + 1)}
    named = None
    out = []
    for token in tokens:
        if token.text.lower() not in MEMBER_NOUNS:
            continue
        for size in (3, 2, 1):  # longest region first: "West African" before "African"
            first = token.i - size
            region = " ".join(t.text.lower() for t in tokens[max(first, 0):token.i]).replace(" - ", "-")
            if first < 0 or region not in region_words() or taken & set(range(first, token.i + 1)):
                continue
            if first > 0 and tokens[first - 1].text.lower() in COUNT_WORDS:
                break  # "the two Arab nations": a group of states
            named = named if named is not None else _named_bodies(ctx)
            term = named.get(region_words()[region])
            if term is not None:
                out.append(Item(first, token.i, "body", " ".join(t.text for t in tokens[first:token.i + 1]),
                                (Term(token.text.lower(), "body", term.code, term.sector, term.entity, use="region"),)))
            break
    return out


def _named_bodies(ctx: coref.DocContext) -> dict[str, Term]:
    """Canonical name → body Term of every body the document names."""
    out = {}
    for ref in (s for s in ctx.states if s.kind == "body"):
        body = next((t for t in term_index().get(ref.text.lower(), ())
                     if t.kind == "body" and case_matches(t.text, ref.text)), None)
        if body is not None:
            out.setdefault(body.entity, body)
    return out


def _noun_spans(tokens: tuple[Token, ...], token: Token) -> list[tuple[int, int]]:
    """(first, last) tokens of each listed noun ending at `token`, longest first ("military alliance"). The
    parser splits a hyphenated noun in three ("co - chairs", wire36), so three tokens are tried as well."""
    if token.pos not in NOUN_TAGS:
        return []
    spans = [(token.i - size + 1, token.i) for size in (3, 2, 1) if token.i - size + 1 >= 0]
    return [(a, b) for a, b in spans if _joined(tokens[a:b + 1]) in _all_nouns()]


def _joined(tokens: tuple[Token, ...]) -> str:
    """The lower-case words of a span, a hyphen written without spaces: "co - chairs" → "co-chairs"."""
    return " ".join(t.text.lower() for t in tokens).replace(" - ", "-")


def _bare_definite(tokens: tuple[Token, ...], span: tuple[int, int]) -> bool:
    """A "the" before the noun, no modifier before it but a size (or a count of a plural: "the three
    co-chairs"), and no "of" phrase after it. The children of every word of the span count: the parser
    hangs "the" on "co" in "the co - chairs"."""
    first, last = span
    children = [t for t in tokens if first <= t.head <= last and not first <= t.i <= last]
    if not any(t.dep == "det" and t.text.lower() in DEFINITE for t in children):
        return False
    for child in children:
        if child.dep in ("det", "case", "punct"):
            continue
        if child.i > last:
            if child.dep == "prep" and child.text.lower() == "of" and not _verb_of(tokens, last):
                return False  # "the council of elders", "the union of journalists"
            continue
        if child.i < first and (_size_only(tokens, child) or _count_of_plural(tokens, child, last)):
            continue
        return False
    return True


def _verb_of(tokens: tuple[Token, ...], last: int) -> bool:
    """The noun is the object of a verb that takes an "of" phrase of its own ("accused the court of ...")."""
    noun = tokens[last]
    return noun.dep == "dobj" and tokens[noun.head].lemma.lower() in OF_VERBS


def _size_only(tokens: tuple[Token, ...], child: Token) -> bool:
    """"27-nation", "15-member": every word of the modifier's subtree is a number or a size word."""
    words = [t for t in tokens if t.i <= child.i and _within(tokens, t, child)]
    return any(any(c.isdigit() for c in t.text) for t in words) and all(
        any(c.isdigit() for c in t.text) or t.text.lower() in SIZE_WORDS for t in words)


def _count_of_plural(tokens: tuple[Token, ...], child: Token, last: int) -> bool:
    """"the three co-chairs": a spelled count before a plural short noun counts the body's own officials."""
    return child.dep == "nummod" and child.text.lower() in COUNT_WORDS and tokens[last].text.lower().endswith("s")


def _within(tokens: tuple[Token, ...], token: Token, top: Token) -> bool:
    steps, i = 0, token.i
    while i != top.i and tokens[i].head != i and steps < 10:
        i, steps = tokens[i].head, steps + 1
    return i == top.i


def _earlier_body(ctx: coref.DocContext, noun: str, position: int) -> Term | None:
    """The most recent body named before `position` whose short names include `noun`, as a Term of
    kind "body" written as the noun (use "short", entity the body's canonical name)."""
    for ref in reversed([s for s in ctx.states if s.kind == "body" and s.start < position]):
        body = next((t for t in term_index().get(ref.text.lower(), ())
                     if t.kind == "body" and case_matches(t.text, ref.text)), None)
        if body is not None and noun in short_nouns().get(body.entity, ()):
            return Term(noun, "body", body.code, body.sector, body.entity, use="short")
    return None


@functools.lru_cache(maxsize=1)
def divided_words() -> dict[str, tuple[str, str]]:
    """Capitalised word ("North") → (state code, partner code) (divided_states.tsv)."""
    return {row[1]: (row[0], row[2]) for row in data_rows("divided_states.tsv")}


def _divided_items(sentence: Sentence, ctx: coref.DocContext, items: list[Item]) -> list[Item]:
    """"the North", "the South": a half of a divided country when the document names both halves. Not the
    first word of a longer name ("the North Atlantic", "the South Korean navy", "the North-South talks")."""
    tokens = sentence.tokens
    taken = {i for item in items for i in range(item.first, item.last + 1)}
    named = None
    out = []
    for token in tokens:
        pair = divided_words().get(token.text)
        if pair is None or token.i in taken or token.i == 0 or tokens[token.i - 1].text.lower() != "the":
            continue
        nxt = tokens[token.i + 1] if token.i + 1 < len(tokens) else None
        if nxt is not None and (nxt.text[:1].isupper() or nxt.text in ("-", "–")):
            continue
        named = named if named is not None else {s.code for s in ctx.states}
        if pair[0] in named and pair[1] in named:
            entity = next((t.entity for ts in term_index().values() for t in ts if t.kind == "country"
                           and t.code == pair[0]), pair[0])
            out.append(Item(token.i, token.i, "country", token.text,
                            (Term(token.text, "country", pair[0], None, entity, use="short"),)))
    return out
