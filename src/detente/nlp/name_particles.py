"""Particles inside a person's name (data/name_particles.tsv) for the rule entity finder (nlp/entities.py).

spaCy splits "Al-Mutairan" into "Al", "-", "Mutairan" and often tags the hyphen HYPH, which ended the run of
proper nouns; "bin" and "van" are lower case, which failed the finder's test that every word of a name is
capitalised. So "Deputy Foreign Minister Khalid Al-Mutairan", "Osman al-Tayeb" and "Abdullatif bin Rashid" were
no person (wire44 w44_08, wire38, realnews s17/s22: about 60 mentions on the development pages, session 29).
"""
from __future__ import annotations

import functools

from detente.datafiles import numbered_rows
from detente.errors import KnowledgeError
from detente.records import Token

KINDS = ("article", "link")
HYPHENS = frozenset({"-", "‐", "‑"})


@functools.lru_cache(maxsize=1)
def name_particles() -> dict[str, str]:
    """Each particle, lower case → its kind ("article": hyphen-joined; "link": a separate word)."""
    out = {}
    for n, cells in numbered_rows("nlp", "name_particles.tsv", 2, 3, header=True):
        particle, kind = cells[0].strip().lower(), cells[1].strip()
        if kind not in KINDS or not particle:
            raise KnowledgeError(f"detente/nlp/data/name_particles.tsv:{n}: kind must be one of {KINDS}, "
                                 f"found {kind!r}; fix the row")
        out[particle] = kind
    return out


def capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and token.text[1:2].islower()


def _touching(left: Token, right: Token) -> bool:
    return left.start + len(left.text) == right.start


def joins(tokens: tuple[Token, ...], i: int) -> bool:
    """Whether tokens[i], not a proper noun by its tag, still belongs to the name run before it: a hyphen
    written tight between an article and a capitalised word ("Al-Mutairan"), or a lower-case link particle
    between two capitalised words ("Abdullatif bin Rashid"). The run before must end on tokens[i - 1]."""
    if i == 0 or i + 1 >= len(tokens):
        return False
    before, token, after = tokens[i - 1], tokens[i], tokens[i + 1]
    if token.text in HYPHENS:
        return (name_particles().get(before.text.lower()) == "article" and capitalised(after)
                and _touching(before, token) and _touching(token, after))
    return (token.text.islower() and name_particles().get(token.text) == "link" and capitalised(after)
            and after.tag in ("NNP", "NNPS"))


def name_word(tokens: tuple[Token, ...], i: int, first: bool) -> bool:
    """Whether tokens[i] may stand in a person's name: a capitalised word, or a particle in its place (an
    article before its hyphen, a link between name words, a hyphen after an article)."""
    token = tokens[i]
    kind = name_particles().get(token.text.lower())
    if kind == "article" and i + 1 < len(tokens) and tokens[i + 1].text in HYPHENS:
        return True
    if capitalised(token):
        return True
    if token.text in HYPHENS:
        return i > 0 and name_particles().get(tokens[i - 1].text.lower()) == "article"
    return kind == "link" and token.text.islower() and not first


def core_words(tokens: tuple[Token, ...], indices: list[int]) -> int:
    """How many words of a name are neither particles nor hyphens: "Khalid Al-Mutairan" has two, "al-Sabah" one
    (a bare article and word is as often a place, "Al-Fao", "al-Fashaga", as a surname)."""
    return sum(1 for i in indices if tokens[i].text not in HYPHENS
               and not (name_particles().get(tokens[i].text.lower()) and (tokens[i].text.islower() or (
                   i + 1 < len(tokens) and tokens[i + 1].text in HYPHENS))))
