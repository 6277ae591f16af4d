"""A person whose state the resolver read from the sentence (an appositive role, a local office) keeps it
when named again by surname ("the Governor of Jendouba, Mr. X Y, received… Mr. Y thanked…").

The document context (coref.py) knows the people it can resolve from raw text (titled names, known
office holders); a holder named in apposition to an office whose state only the parse gives ("the regional
governor of Pleven, Mr. X") is resolved later, in resolve.py, and a later bare "Mr. Y" was left without a
state (eval/wire8). Only a person mention with no state of its own is filled, and only from one earlier
person of that surname: two namesakes of different states leave it as it was.

Which names a later bare reference may use is read here too (family_name, other_surnames), for coref.py's
repeats and resolve.py's known surnames: the last word, the first for family-name-first states
(data/name_order.tsv), and the first of two family names or of a hyphenated one.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from detente.actors.gazetteer import data_rows
from detente.records import Mention

if TYPE_CHECKING:
    from detente.actors.coref import PersonRef

ARTICLE = re.compile(r"^(?:al|el|ul|ad|ar|as|ash|az)-[A-Z][a-z]")  # an Arabic article on a name word (mentions.NAME_ARTICLE)
CAPITAL_ARTICLE = re.compile(r"(?:^|(?<=\s))(?:Al|El)-(?=[A-Z])")
NOT_NAMES = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March "
                      "April May June July August September October November December The On In Of".split())


def with_earlier_people(mentions: list[Mention]) -> list[Mention]:
    """`mentions` (in text order) with bare surnames of earlier resolved persons given their state. A
    surname of two words counts too ("Samira Ben Jeddou … Ben Jeddou is due in Algiers"; wire8)."""
    # Each surname's earlier people in text order (a dict as an ordered set): with two full names of one
    # state and sector ("Ana Ruiz", later "Ana María Ruiz"), the first named is the entity, not whichever a
    # set of strings yields first (that followed the per-process hash seed; session 15, determinism).
    known: dict[str, dict[tuple[str, str | None, str], None]] = {}
    guessed: set[str] = set()  # names whose state was the document's guess: a later mention stays marked so
    out = []
    for mention in mentions:
        words = mention.text.split()
        if mention.kind == "person" and mention.country is None and len(words) <= 2:
            found = known.get(" ".join(words), {})
            if len({(code, sector) for code, sector, _ in found}) == 1:
                code, sector, name = next(iter(found))
                guess = ", its state from document context" if name in guessed else ""
                mention = replace(mention, country=code, sector=mention.sector or sector, entity=name,
                                  resolution=mention.resolution + f" + same person as earlier '{name}' ({code}{guess})")
        elif mention.kind == "person" and mention.country and len(words) > 1 and words[-1][:1].isupper():
            if "document context" in mention.resolution:
                guessed.add(mention.text)
            for tail in (words[-1:], words[-2:])[:len(words) - 1]:
                known.setdefault(" ".join(tail), {})[(mention.country, mention.sector, mention.text)] = None
        out.append(mention)
    return out


@functools.lru_cache(maxsize=4096)  # asked of the same few names again and again (coref.py's repeats)
def article_lowered(name: str) -> str:
    """`name` with a capitalised Arabic article in lower case: "Al-Mutairi said" opens a sentence with the
    "al-Mutairi" named before (wire38)."""
    return CAPITAL_ARTICLE.sub(lambda m: m.group(0).lower(), name)


@functools.lru_cache(maxsize=1)
def family_first() -> frozenset[str]:
    """States whose people news writes family name first (data/name_order.tsv)."""
    return frozenset(row[0] for row in data_rows("name_order.tsv"))


def family_name(person: PersonRef) -> str:
    """The name a later bare reference uses: "Xi" for Xi Jinping of China, else the last word."""
    return _family_name(person.name, person.country)


# The names below depend on a person's name and state alone, and the resolver asks them of every earlier person
# for every later sentence (37,000 asks for 1,100 people over 120 real-text pages): kept per name and state
# (docs/scaling.md, session 35).
@functools.lru_cache(maxsize=4096)
def _family_name(name: str, country: str | None) -> str:
    words = name.split()
    return words[0] if len(words) > 1 and country in family_first() else words[-1]


def other_surnames(person: PersonRef) -> tuple[str, ...]:
    """Other names a later bare reference may use, besides `family_name`: the first of two family
    names ("Foreign Minister Arturo Benítez Lagos … Benítez told journalists", wire4: Spanish and
    Portuguese names carry two, and news uses the first), and the first part of a hyphenated one
    ("Placide Kasongo-Ilunga … Mr Kasongo-Ilunga", which the tokenizer reads as "Kasongo"; wire4).
    Only capitalised words of three letters or more: "al-Sisi", "bin Salman" have no such part."""
    return _other_surnames(person.name, person.country)


@functools.lru_cache(maxsize=4096)
def _other_surnames(name: str, country: str | None) -> tuple[str, ...]:
    words = name.split()
    if len(words) < 2 or country in family_first():
        return ()
    inner = words[1:-1] if len(words) > 2 else []
    parts = [words[-1].split("-")[0]] if "-" in words[-1] else []
    # "al-Kuwari", "el-Tayeb": news also writes the name without its article ("Tayeb said", wire35), and the
    # tokenizer splits "al-Kuwari" so a later "al-Kuwari said" is read as the word "Kuwari" (wire38)
    parts += [w.split("-", 1)[1] for w in words[1:] if ARTICLE.match(article_lowered(w))]
    return tuple(dict.fromkeys(w for w in inner + parts if len(w) >= 3 and w[0].isupper() and w[1:].islower()
                               and w not in NOT_NAMES))


def reference_names(person: PersonRef) -> tuple[str, ...]:
    """Every name a later bare reference to `person` may use, the usual one first."""
    return cached_reference_names(person.name, person.country)


@functools.lru_cache(maxsize=4096)
def cached_reference_names(name: str, country: str | None) -> tuple[str, ...]:
    return (_family_name(name, country),) + _other_surnames(name, country)
