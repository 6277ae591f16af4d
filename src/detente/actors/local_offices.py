"""Officials of a province, region or city act for the state the place lies in.

"The governor of Kandahar", "Balochistan's chief minister", "the wali of Tetouan", "Pleven regional
governor", "the prefect of the Romanian county of Teleorman": the place names no state, so without this
pass such a phrase took the document's main country, which in a story of two border provinces is wrong
for one side (eval/wire8: a Tunisian governor receiving an Algerian wali were both coded Tunisian, and
the meeting was lost). The place is read through the places gazetteers (places.state_of_place), never
from a list of office holders; data/local_offices.tsv lists the offices.
"""
from __future__ import annotations

import functools
from dataclasses import replace

from detente.actors.draft import Draft, add_country, inherit
from detente.actors.coref import DocContext, PersonRef
from detente.actors.ambiguous import narrowed_state
from detente.actors.gazetteer import Hit, data_rows, office_name
from detente.actors.items import Item
from detente.records import Mention, Sentence, Token

LOCAL_NOTE = "local office"  # starts the resolution note this pass writes (read back by `with_local_offices`)
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "madam"})
# Not "in": "Governor X in Geneva" is a visit, not an office there.
PLACE_PREPS = frozenset({"of", "for"})
# Common nouns naming the kind of region: "the Romanian county of Teleorman", "Teleorman county".
REGION_NOUNS = frozenset({"county", "province", "region", "governorate", "oblast", "district", "prefecture",
                          "state", "department", "municipality", "city", "wilaya", "wilayat", "town"})
NAME_DEPS = frozenset({"compound", "flat", "npadvmod", "amod", "nmod", "poss"})
# ORG is allowed: the rule entities label names they do not know ORG ("Balochistan", "Pleven"); a name
# read as a PERSON ("Kharkiv") counts only when a region or listed place has it, not a mere town.
NOT_PLACE_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT"})


@functools.lru_cache(maxsize=1)
def local_offices() -> frozenset[str]:
    return frozenset(row[0].lower() for row in data_rows("local_offices.tsv"))


def local_places(drafts: list[Draft], sentence: Sentence, hits: list[Hit] | None = None) -> None:
    """Give each local official with no state yet the state of the place it holds office in (`hits`: the
    sentence's gazetteer hits, a name of places in two states already read in context)."""
    by_root = {d.root: d for d in drafts}
    for draft in drafts:
        office = next((i for i in draft.items if _is_office(i)), None)
        if draft.countries or office is None:
            continue
        found = _place_of(office, draft, sentence, by_root, hits)
        if found is not None:
            code, place = found
            add_country(draft, code)
            draft.notes.append(f"{LOCAL_NOTE} '{office.text}' of '{place}' ({code})")
            _named_holder(draft, drafts, sentence)


def _named_holder(draft: Draft, drafts: list[Draft], sentence: Sentence) -> None:
    """The holder named after a comma: "the regional governor of Pleven, Mr. X, met…". The parser
    often misses this apposition in a long sentence (eval/wire8), so it is read from the words: the
    first comma within a few words after the office, then the person (past an honorific)."""
    tokens = sentence.tokens
    comma = next((i for i in range(draft.last + 1, min(draft.last + 8, len(tokens)))
                  if tokens[i].text == ","), None)
    if comma is None or any(t.pos in ("VERB", "AUX") for t in tokens[draft.last + 1:comma]):
        return
    start = comma + 1
    while start < len(tokens) and tokens[start].text.rstrip(".").lower() in HONORIFICS:
        start += 1
    holder = next((d for d in drafts if d.first == start and d.kind == "person" and not d.countries), None)
    if holder is not None:
        inherit(holder, draft, f"holder of the local office '{draft.root_item.text}'")


def with_local_offices(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> DocContext:
    """`ctx` with this sentence's place-resolved local offices among its organs named with their state, so
    a bare "the governor" in the next sentences is the same governor (coref.recent_organ), not the
    document's main country: in a story of two border provinces "the governor" and "the wali" are two states."""
    found = tuple(PersonRef(sentence.index, m.start, "", m.country, m.sector, f"role '{m.text}'",
                            office=office_name(m.text.split()[-1] if m.kind == "role" else m.text))
                  for m in mentions if m.country and m.kind == "role" and f"+ {LOCAL_NOTE} '" in m.resolution)
    return replace(ctx, organ_roles=ctx.organ_roles + found) if found else ctx


def _is_office(item: Item) -> bool:
    return item.kind == "role" and item.term is not None and item.term.text.lower() in local_offices()


def _place_of(office: Item, draft: Draft, sentence: Sentence, by_root: dict[int, Draft],
              hits: list[Hit] | None = None) -> tuple[str, str] | None:
    """(state, place text) from the office's "of" phrase, its possessor or a name just before it."""
    tokens = sentence.tokens
    head = max(range(office.first, office.last + 1), key=lambda i: not office.first <= tokens[i].head <= office.last)
    heads = {head, draft.root} if draft.kind == "person" else {head}  # "Governor Ali Khan of Kandahar"
    objects = [t.i for p in tokens if p.head in heads and p.dep == "prep" and p.text.lower() in PLACE_PREPS
               for t in tokens if t.head == p.i and t.dep == "pobj"]
    owners = [t.i for t in tokens if t.head == head and t.dep == "poss" and t.pos == "PROPN"]
    for i in objects + owners:
        found = _state_word_under(i, tokens, by_root, draft) or _named_place(_region_name(i, tokens), sentence, hits)
        if found:
            return found
    return _named_place(_name_before(office, tokens), sentence, hits)


def _state_word_under(i: int, tokens: tuple[Token, ...], by_root: dict[int, Draft], draft: Draft) -> tuple[str, str] | None:
    """A state word inside the place phrase: "the prefect of the Romanian county of Teleorman"."""
    for other in by_root.values():
        if other is not draft and len(other.countries) == 1 and other.kind in ("country", "demonym") \
                and _under(other.root, i, tokens):
            return other.countries[0], " ".join(t.text for t in tokens[other.first:other.last + 1])
    return None


def _under(i: int, top: int, tokens: tuple[Token, ...]) -> bool:
    for _ in range(12):
        if i == top:
            return True
        if tokens[i].head == i:
            return False
        i = tokens[i].head
    return False


def _region_name(i: int, tokens: tuple[Token, ...]) -> list[int]:
    """The proper-noun tokens naming the place at token `i`: the name itself with its compound parts
    ("Haut-Rhin", "El Tarf"), or the name a region noun carries ("the county of Teleorman",
    "Teleorman county")."""
    token = tokens[i]
    if token.pos != "PROPN" and token.text.lower() in REGION_NOUNS:
        inner = [t.i for p in tokens if p.head == i and p.dep == "prep" and p.text.lower() == "of"
                 for t in tokens if t.head == p.i and t.dep == "pobj"]
        if inner:
            return _region_name(inner[0], tokens)
        return [t.i for t in tokens if t.head == i and t.dep in NAME_DEPS and t.pos == "PROPN" and t.i < i]
    if token.pos != "PROPN":
        return []
    first = i
    while first > 0 and tokens[first - 1].head in range(first - 1, i + 1) and (
            tokens[first - 1].pos == "PROPN" or tokens[first - 1].text in ("-", "'", "’")):
        first -= 1
    return list(range(first, i + 1))


def _name_before(office: Item, tokens: tuple[Token, ...]) -> list[int]:
    """A place name right before the office, past "regional"/"provincial": "Kandahar governor",
    "Pleven regional governor"."""
    i = office.first - 1
    while i >= 0 and tokens[i].tag == "JJ" and tokens[i].text.islower():
        i -= 1
    last = i
    while i >= 0 and (tokens[i].pos == "PROPN" or tokens[i].text in ("-",)) and tokens[i].tag != "POS":
        i -= 1
    return list(range(i + 1, last + 1)) if last > i else []


def _named_place(span: list[int], sentence: Sentence, hits: list[Hit] | None = None) -> tuple[str, str] | None:
    from detente.places import state_of_place

    tokens = sentence.tokens
    if not span or any(tokens[i].ent in NOT_PLACE_ENTS for i in span) or not tokens[span[0]].text[:1].isupper():
        return None
    start, end = tokens[span[0]].start - sentence.start, tokens[span[-1]].start + len(tokens[span[-1]].text) - sentence.start
    text = sentence.text[start:end]
    # "the governor of the Bank": a one-word name after "the" is an institution's short name, and some town
    # somewhere bears most such words; only a region or a listed place is taken there
    the = span[0] > 0 and tokens[span[0] - 1].text.lower() == "the" and len(span) == 1
    code = narrowed_state(text, hits) or state_of_place(text, towns=not the and not any(tokens[i].ent == "PERSON" for i in span))
    return (code, text) if code else None
