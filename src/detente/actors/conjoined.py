"""Actor phrases whose modifiers are a list of states: "Kenyan and Ugandan troops", "US and Pakistani
officials", "Chadian, Nigerien and Malian soldiers".

Such a phrase names one actor made of several states' members. It is emitted as one "group" mention
(no country; the member codes "+"-joined in `entity`), which the events stage expands into one actor
per member state. A phrase naming two states in other ways ("Pakistan's Afghan refugees": a possessor
and a nationality) is not a list and keeps one mention per state.

The parser does not always attach the first member of the list to the phrase: in "scores of Sierra
Leonean and Liberian refugees" the first adjective becomes the object and "refugees" its conjunct,
and in "Kenyan, Ugandan and Tanzanian police" at the start of a sentence the first adjective may
become the root. `join_split_lists` puts such a stranded adjective back into its list.
"""
from __future__ import annotations

from detente.actors.draft import Draft
from detente.actors.items import Item, span_head
from detente.records import Token

# Words that may stand between the members of a list of state modifiers. "or"/"nor" are left out:
# "Kenyan or Ugandan troops" does not say that both states' troops acted.
LIST_WORDS = frozenset({",", "and", "&"})
# Items that name a state (or an international body) on their own, as list members do.
MEMBER_KINDS = frozenset({"country", "demonym", "capital", "body"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def join_split_lists(groups: list[list[Item]], tokens: tuple[Token, ...]) -> list[list[Item]]:
    """Groups of items with each stranded first list member moved into the phrase that follows it
    (groups are taken from the last back, so a longer list joins up step by step)."""
    ordered = sorted(groups, key=lambda g: min(item.first for item in g))
    out: list[list[Item]] = []
    for group in reversed(ordered):
        after = out[0] if out else None
        if after is not None and _stranded_member(group, after, tokens):
            out[0] = group + after  # the phrase's root item stays last
        else:
            out.insert(0, group)
    return out if len(out) < len(groups) else groups  # nothing joined: keep the given order


def _stranded_member(group: list[Item], after: list[Item], tokens: tuple[Token, ...]) -> bool:
    """A lone singular nationality adjective, then only list words, then a phrase that opens with a
    state word modifying a head noun."""
    if len(group) != 1:
        return False
    lone, opener = group[0], min(after, key=lambda item: item.first)
    if lone.kind != "demonym" or tokens[lone.last].tag in PLURAL_TAGS or opener.kind not in MEMBER_KINDS:
        return False  # "Kenyans and Ugandan officials": a plural demonym is a noun of its own
    if opener is after[-1] and tokens[span_head(tokens, opener.first, opener.last)].dep not in MODIFIER_DEPS:
        return False  # "Kenyan and Uganda": no noun the two adjectives could share
    gap = [t.text.lower() for t in tokens[lone.last + 1 : opener.first]]
    if not gap or not set(gap) <= LIST_WORDS:
        return False
    if "and" in gap or "&" in gap:
        return _parse_links(lone, after, tokens)
    # a comma alone ("He is Kenyan, Ugandan officials said") is only a list when the phrase after it
    # is itself a list ("Kenyan, Ugandan and Tanzanian police")
    return is_state_list(after, tokens)


def _parse_links(lone: Item, after: list[Item], tokens: tuple[Token, ...]) -> bool:
    """The parser saw the coordination even if it got the heads wrong: the stranded adjective and
    the following phrase's head are conjuncts of one another."""
    head = span_head(tokens, lone.first, lone.last)
    root = span_head(tokens, after[-1].first, after[-1].last)
    if tokens[root].dep in MODIFIER_DEPS:  # "Liberian fishermen" with no role word: the noun it modifies
        root = tokens[root].head
    return (tokens[root].dep == "conj" and tokens[root].head == head) or (
        tokens[head].dep == "conj" and tokens[head].head == root)


def is_state_list(items: list[Item], tokens: tuple[Token, ...]) -> bool:
    """Whether every state word of the phrase belongs to one list ("X and Y", "X, Y and Z") naming at
    least two different states."""
    members = sorted((item for item in items if _member(item)), key=lambda item: item.first)
    if len({item.term.code for item in members}) < 2:
        return False
    for a, b in zip(members, members[1:]):
        gap = [t.text.lower() for t in tokens[a.last + 1 : b.first]]
        if not gap or not set(gap) <= LIST_WORDS:
            return False
    return True


def _member(item: Item) -> bool:
    return item.kind in MEMBER_KINDS and item.term is not None and bool(item.term.code)


def list_members(draft: Draft) -> list[Item]:
    """The listed state words of a phrase, in text order, one per state."""
    members: list[Item] = []
    for item in sorted((i for i in draft.items if _member(i)), key=lambda i: i.first):
        if item.term.code in draft.countries and all(m.term.code != item.term.code for m in members):
            members.append(item)
    return members
