"""A title named again without its owner is the same office: "the EU's foreign policy chief … the foreign policy
chief blamed Pristina".

News names an official once with the state or body it serves ("the EU's foreign policy chief", "the bloc's
trade commissioner", "NATO's deputy secretary general") and afterwards by the bare title with "the". A title
whose role noun takes its owner's state from the document (roles.tsv context y: "the minister") is resolved
by anaphora and context already; a head noun such as "chief" (context n) never is, so the later "the foreign
policy chief" had no state or body, and an act it did was lost (wire40 w40_11: the EU's foreign policy chief
blamed Kosovo for a failed meeting; ACCUSE EUR→XKX missed).

A role mention with no country takes the country of the latest earlier role mention that
- ends in the same words (the role noun and the two or more words of title written before it, lower case:
  "foreign policy chief" after "the EU's foreign policy chief"), a one-word title ("the chief") being too
  vague to repeat any particular one;
- was resolved to exactly one state or body;
- and is definite here ("the foreign policy chief", not "a foreign policy chief"), of an official's or organ's
  sector (government, military, judiciary, legislature, a body's).
"""
from __future__ import annotations

from dataclasses import replace

from detente.records import Mention, Sentence, Token

TITLE_DEPS = frozenset({"compound", "amod"})  # the words of a title before its role noun: "foreign policy chief"
DEFINITE = frozenset({"the"})
# Officials' and organs' sectors only: "the state news agency" or "the Islamist militants" repeated are left alone.
OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "JUD", "LEG", "IGO"})


def with_repeated_titles(mentions: list[Mention], sentences: tuple[Sentence, ...]) -> list[Mention]:
    """`mentions` (in text order) with bare repeated titles given their earlier owner's state or body."""
    by_index = {s.index: s for s in sentences}
    earlier: list[tuple[str, Mention]] = []  # (lower-case text, mention) of resolved role mentions so far
    out = []
    for mention in mentions:
        if mention.kind == "role" and mention.country is None and mention.sector in OFFICIAL_SECTORS:
            mention = _repeated(mention, by_index[mention.sentence], earlier)
        elif mention.kind == "role" and mention.country:
            earlier.append((mention.text.lower(), mention))
        out.append(mention)
    return out


def _repeated(mention: Mention, sentence: Sentence, earlier: list[tuple[str, Mention]]) -> Mention:
    title = _bare_title(sentence, mention.head)
    if title is None:
        return mention
    owner = next((m for text, m in reversed(earlier) if text.endswith(" " + title) or text == title), None)
    if owner is None:
        return mention
    return replace(mention, country=owner.country, sector=mention.sector or owner.sector,
                   resolution=mention.resolution + f" + same title as earlier '{owner.text}' ({owner.country})")


def _bare_title(sentence: Sentence, head: int) -> str | None:
    """The lower-case words of a definite title of two or more words ending in the role noun at `head`
    ("foreign policy chief"), or None: a one-word title, an owner of its own, or no "the"."""
    tokens = sentence.tokens
    first = head
    while first > 0 and tokens[first - 1].dep in TITLE_DEPS and _under(tokens, first - 1, head):
        first -= 1
    if first == head or first == 0 or tokens[first - 1].text.lower() not in DEFINITE \
            or tokens[first - 1].head != head:
        return None
    return " ".join(t.text.lower() for t in tokens[first:head + 1])


def _under(tokens: tuple[Token, ...], i: int, head: int) -> bool:
    """Token i hangs, directly or through other title words, on the role noun at `head`."""
    steps = 0
    while i != head and tokens[i].head != i and steps < 4:
        i, steps = tokens[i].head, steps + 1
    return i == head
