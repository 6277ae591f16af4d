"""Counted plural roles of officials: "the two officials", "both negotiators", "all three lawmakers".

roles.tsv lists the common counted phrases ("the two leaders", "both armies") as groups of the story's
states; any other plural noun of state officials after "the two", "both" or "all three" names officials
of as many states just the same (eval/wire8: "The two officials decided to open a telephone line", a
governor and a prefect of two states, was given the page's main country and coded as one state's act).
Such a phrase is read as the listed "the two leaders" is: people (the states of the two people named
last, else the story's pair). Left alone: things and forces ("the three vessels" are one state's boats:
eval/wire4, where a first version of this rule made them both states'); soldiers, diplomats, spies and a
mission's staff, whom a story often counts as one state's captives or expelled envoys; a count with no
"the" or "all" ("two officials said" are two people of one state); a phrase with its own "of" or "from"
owner ("the two officials from Chile and Peru" names its states itself).
"""
from __future__ import annotations

import functools
from dataclasses import replace
from typing import TYPE_CHECKING

from detente.actors.gazetteer import Term, data_rows
from detente.actors.mentions import antecedent_nouns
from detente.records import Token

if TYPE_CHECKING:
    from detente.actors.items import Item  # items.py imports this module

COUNTS = {"two": "two", "three": "three", "both": "two"}
# what must stand before a numeral count for the phrase to be definite: "the two", "all three"
DEFINITE_BEFORE = frozenset({"the", "all"})
ROLE_USES = frozenset({"role", "title", "head"})
ORGAN_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD"})
ONE_SIDE = frozenset({"diplomat", "soldier", "spy"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
OWNER_PREPS = frozenset({"of", "from"})
INNER_DEPS = frozenset({"amod", "compound", "nummod", "det", "predet", "punct", "nmod"})


def counted_group(item: Item, tokens: tuple[Token, ...]) -> Item:
    """The item widened to its count and read as a "people" term, else the item itself."""
    term = item.term
    head = tokens[item.last]
    if item.kind != "role" or term is None or term.use not in ROLE_USES or head.tag not in PLURAL_TAGS:
        return item
    first = _count_start(tokens, item.first, head)
    if first is None or any(t.head == head.i and t.dep == "prep" and t.text.lower() in OWNER_PREPS for t in tokens
                            if t.i > head.i):
        return item
    if not _official(head, term):
        return item
    count = next(t for t in tokens[first:item.first] if t.text.lower() in COUNTS)
    text = " ".join(t.text for t in tokens[first:item.last + 1])
    label = f"the {COUNTS[count.text.lower()]} {term.text.lower()}"
    return replace(item, first=first, text=text, terms=(Term(label, "role", None, term.sector, label, use="people"),))


def bare_counts(tokens: tuple[Token, ...], taken: set[int]) -> list[Item]:
    """"The two agreed", "both signed": a count standing alone as the doer of a verb names the two people
    just named, of two states (eval/wire24, wire26, wire27, realnews: "X telephoned his Kenyan counterpart,
    Y, and the two agreed that ..." lost the agreement's doer). Read as a group of those two states only
    (coref.recent_parties, this sentence included), never the story's pair: "the two denied it" after two
    fishermen of one state names no two states. A passive subject ("the two were freed") is left alone:
    the counted are then captives or envoys, whom a story counts as one state's people."""
    from detente.actors.items import Item

    out = []
    for token in tokens:
        word = token.text.lower()
        if token.i in taken or token.dep != "nsubj" or word not in COUNTS or tokens[token.head].pos != "VERB" \
                or any(t.head == token.i and t.dep != "det" for t in tokens if t.i != token.i):
            continue
        first = token.i if word == "both" else token.i - 1
        if first < 0 or first != token.i and (tokens[first].text.lower() not in DEFINITE_BEFORE
                                              or tokens[first].head != token.i):
            continue
        label = f"the {COUNTS[word]}"
        text = " ".join(t.text for t in tokens[first:token.i + 1])
        out.append(Item(first, token.i, "role", text, (Term(label, "role", None, "GOV", label, use="count"),)))
    return out


def _official(head: Token, term: Term) -> bool:
    """A noun of persons who act for a state's organs ("officials", "negotiators", "lawmakers"), not of
    soldiers, spies, reporters or a mission's staff ("the two diplomats were ordered to leave")."""
    lemma = head.lemma.lower()
    return lemma in antecedent_nouns("person") and term.sector in ORGAN_SECTORS and lemma not in ONE_SIDE \
        and lemma not in antecedent_nouns("force") and term.text.lower() not in _mission_nouns()


def _count_start(tokens: tuple[Token, ...], first: int, head: Token) -> int | None:
    """Index of the phrase's first word when a definite count opens it ("the two", "both"), else None:
    every word between the count and the role must modify the role's noun phrase."""
    i = first - 1
    while i >= 0 and tokens[i].text.lower() not in COUNTS:
        if tokens[i].dep not in INNER_DEPS or not i < tokens[i].head <= head.i:
            return None
        i -= 1
    if i < 0 or not i < tokens[i].head <= head.i:
        return None
    word = tokens[i].text.lower()
    if word == "both":
        return i
    return i - 1 if i > 0 and tokens[i - 1].text.lower() in DEFINITE_BEFORE else None


@functools.lru_cache(maxsize=1)
def _mission_nouns() -> frozenset[str]:
    """missions.tsv's nouns (read here: actors/missions.py imports the drafts, which import the items)."""
    return frozenset(row[0].lower() for row in data_rows("missions.tsv"))
