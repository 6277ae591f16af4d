"""State agencies named by their own name after their state: "Kenya's revenue body (KRA)", "the
country's maritime regulator, the DIRMAR,". The name is bound to that state and sector for the rest of
the document, so a later bare "KRA said…" is Kenya's (issue #11, class b).

mentions.py reads the same construction from raw text when the agency noun is a role of roles.tsv and the
state is named in words ("Peru's customs authority, SUNAT"); this pass reads it from each parsed
sentence once its mentions are resolved, so the head may be any agency noun of data/agency_heads.tsv with
any modifiers, and the owner may be an anaphor ("the country's") that the resolver has already read.
The binding joins the document context's organs (coref.DocContext.organs), which the resolver already
uses for later bare names (resolve._known_surnames, resolve._alias).
"""
from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import replace

from detente.actors.coref import DocContext, PersonRef
from detente.actors.gazetteer import data_rows, scan
from detente.actors.items import token_end
from detente.records import Mention, Sentence, Token

OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
NAME_LINKS = frozenset({"and", "of", "for", "&"})  # inside a name: "the Food and Drugs Authority"
OWNER_KINDS = frozenset({"country", "demonym", "role"})  # "role": "the country" read as its state


@functools.lru_cache(maxsize=1)
def agency_heads() -> dict[str, str]:
    return {row[0].lower(): row[1] for row in data_rows("agency_heads.tsv")}


def with_agency_names(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> DocContext:
    """`ctx` with the agencies this sentence names after (or before) their state added to its organs."""
    at = mentions_by_head(sentence, mentions)
    found = [ref for token in sentence.tokens if (ref := _agency(token, sentence, mentions, at.get(token.i, ())) or
                                                  _named_first(token, sentence, mentions, at.get(token.i, ())))]
    known = {o.name for o in ctx.organs}
    new = tuple(ref for ref in found if ref.name not in known)
    return replace(ctx, organs=ctx.organs + new) if new else ctx


def mentions_by_head(sentence: Sentence, mentions: list[Mention]) -> dict[int, list[Mention]]:
    """Head token → the sentence's mentions headed there, in their order: each token of the sentence asks for its
    own, and a scan of all mentions per token was most of this step's cost (docs/scaling.md, session 23)."""
    out: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.sentence == sentence.index:
            out.setdefault(m.head, []).append(m)
    return out


def _agency(head: Token, sentence: Sentence, mentions: list[Mention], here: Sequence[Mention]) -> PersonRef | None:
    sector = agency_heads().get(head.lemma.lower()) if head.pos == "NOUN" else None
    if not sector:
        return None
    role = next((m for m in here if m.sector), None)
    owner = _owner(head, sentence, mentions) or _own_state(role)
    name = _own_name(head, sentence.tokens) if owner else None
    if owner is None or name is None:
        return None
    if role is not None and role.sector not in STATE_SECTORS:
        return None  # "Kenya's news agency (KNA)" is no state organ
    first, last = name
    text = sentence.text[sentence.tokens[first].start - sentence.start:token_end(sentence.tokens[last]) - sentence.start]
    return PersonRef(sentence.index, sentence.tokens[first].start, text, owner.country, role.sector if role else sector,
                     f"own name of {owner.country}'s '{head.text}' (parse)", office=head.lemma.lower())


def _named_first(head: Token, sentence: Sentence, mentions: list[Mention], here: Sequence[Mention]) -> PersonRef | None:
    """An agency named by its own name (two or more words, or an acronym), then set off by its state's organ:
    "The Coastal Patrol Command, Turkey's maritime police, said…", "The NIS, Kenya's spy agency,", "The 5th
    Armoured Brigade, part of Ethiopia's northern command," (whoacts2, own pages: the later "the command",
    "NIS", "the brigade" had no state). The organ is an appositive of the name, as the parse reads it."""
    role = next((m for m in here if m.kind == "role" and m.sector in STATE_SECTORS and m.country
                 and len(m.country) == 3), None)
    if role is None and head.pos == "NOUN" and head.lemma.lower() in agency_heads():  # "Ethiopia's northern command"
        owner = _owner(head, sentence, mentions)
        role = replace(owner, sector=agency_heads()[head.lemma.lower()]) if owner else None
    tokens = sentence.tokens
    anchor = _part_of(head, tokens) or head
    start = anchor.i if anchor is not head else role.first if role is not None else head.i
    if role is None or anchor.dep != "appos" or tokens[anchor.head].pos != "PROPN" or anchor.head + 2 > start \
            or tokens[anchor.head + 1].text != "," or start - anchor.head > 3 or any(
                t.pos != "DET" for t in tokens[anchor.head + 2:start]):
        return None
    last = first = anchor.head
    while first > 0 and last - first < 6 and (tokens[first - 1].pos in ("PROPN", "NUM") or (
            tokens[first - 1].text.lower() in NAME_LINKS and first > 1 and tokens[first - 2].pos == "PROPN")):
        first -= 1
    acronym = first == last and len(tokens[last].text) >= 2 and tokens[last].text.isupper() and _name_word(tokens[last])
    if not acronym and (first == last or any(not tokens[i].text[:1].isalnum() for i in (first, last))
                        or not tokens[last].text[:1].isupper()):
        return None
    name = sentence.text[tokens[first].start - sentence.start:token_end(tokens[last]) - sentence.start]
    return PersonRef(sentence.index, tokens[first].start, name, role.country, role.sector,
                     f"own name of {role.country}'s '{head.text}' (parse, named first)", office=head.lemma.lower())


PART_NOUNS = frozenset({"part", "unit", "arm", "branch", "wing", "division"})  # "X, part of Peru's navy,"


def _part_of(head: Token, tokens: tuple[Token, ...]) -> Token | None:
    """The "part" of "X, part of Ethiopia's northern command," when `head` is the organ in its "of" phrase."""
    prep = tokens[head.head] if head.dep == "pobj" else None
    part = tokens[prep.head] if prep is not None and prep.text.lower() == "of" else None
    return part if part is not None and part.lemma.lower() in PART_NOUNS and part.i < head.i else None


def _own_state(role: Mention | None) -> Mention | None:
    """The role phrase itself when its own words name its state ("Peru's customs authority" read as one
    mention): a state found only from document context is no owner."""
    words = role.resolution.split(" + ")[1:] if role is not None and role.country else []
    return role if any(w.startswith(("possessor ", "nationality ")) for w in words) else None


def _owner(head: Token, sentence: Sentence, mentions: list[Mention]) -> Mention | None:
    """The one state mention that modifies the agency noun ("Kenya's", "Kenyan", "the country's")."""
    owners = [m for m in mentions if m.sentence == sentence.index and m.country and len(m.country) == 3
              and m.kind in OWNER_KINDS and m.last < head.i and sentence.tokens[m.head].head == head.i
              and sentence.tokens[m.head].dep in OWNER_DEPS]
    return owners[0] if len(owners) == 1 else None


def _own_name(head: Token, tokens: tuple[Token, ...]) -> tuple[int, int] | None:
    """The token of the agency's own name: " (KRA)" right after the noun, or a one-word name set off by
    commas (", SUNAT," / ", the DIRMAR,"), or the acronym in brackets after a longer name (", the Maritime
    Safety Directorate (MSD)")."""
    i = head.i + 1
    if i + 2 < len(tokens) and tokens[i].text == "(" and tokens[i + 2].text == ")":
        return (i + 1, i + 1) if _name_word(tokens[i + 1]) else None
    if i >= len(tokens) or tokens[i].text != ",":
        return None
    i += 1 + (i + 1 < len(tokens) and tokens[i + 1].text.lower() == "the")
    last = i
    while last + 1 < len(tokens) and last - i < 8 and (tokens[last + 1].pos == "PROPN" or (
            tokens[last + 1].text.lower() in NAME_LINKS and last + 2 < len(tokens) and tokens[last + 2].pos == "PROPN")):
        last += 1
    after = tokens[last + 1].text if last + 1 < len(tokens) else "."
    if last == i and after in (",", ".", ")") and _name_word(tokens[i]):
        return i, i
    if after == "(" and last + 3 < len(tokens) and tokens[last + 3].text == ")" and _name_word(tokens[last + 2]):
        return last + 2, last + 2
    # a longer name set off by commas: "Peru's customs authority, the National Customs Office," (whoacts2)
    if last > i and after in (",", ".") and tokens[i].text[:1].isupper() and tokens[last].text[:1].isupper() \
            and all(t.ent != "PERSON" for t in tokens[i:last + 1]):  # "… customs authority, Jorge Salas," is its head
        return i, last
    return None


def _name_word(token: Token) -> bool:
    """A name the agency goes by: a capitalised word that no gazetteer knows and no person's name."""
    text = token.text
    return len(text) >= 2 and text[:1].isupper() and text.isalpha() and token.ent != "PERSON" and not scan(text)
