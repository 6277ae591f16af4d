"""A known office holder's surname borne by someone else in the page: leaders.tsv lists a distinctive
surname alone ("Portillo" for a British defence secretary of the 1990s), so "Salvadoran Foreign Minister Ana
Lucía Portillo" and every later "Portillo" of a 2019 page were read as that British minister, and the
Salvadoran minister's acts came out as Britain's (eval/wire23, a blind page: four acts of El Salvador coded
as GBR, the explicit "Salvadoran" outvoted by the leader row).

When a page writes the surname after a given name that is not the office holder's own and a nationality
that is not his ("Salvadoran Foreign Minister Ana Lucía Portillo"), the surname names that other person
everywhere in the page, so its bare hits are not the office holder's. The leader's own full name ("Michael Portillo") is one hit of its
own and is kept.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

from detente.actors.gazetteer import Hit, leader_rows, term_index

# A capitalised given name right before the surname: one or two words (accented letters too), not a
# possessive or an initial alone.
_GIVEN = re.compile(r"(?:^|[\s(\"\u201c])((?:[A-ZÀ-Þ][a-zà-ÿ'\u2019-]+\s+){1,2})$")
# Capitalised words that may stand before a name without being a given name of it.
_NOT_GIVEN = frozenset("the a an and or but of in on at to for by from with as after before when while "
                       "if mr mrs ms dr sir madam lord lady said says told then state general secretary minister "
                       "president premier chancellor king queen prince princess sheikh emir sultan senator governor "
                       "commissioner colonel captain admiral lieutenant sergeant major chief director deputy vice "
                       "spokesman spokeswoman envoy ambassador judge justice mayor speaker leader rep sen gen col "
                       "capt lt adm maj prof pope cardinal foreign defence defense interior prime".split())
# "Secretary of State Clinton": a word after "of" ends an office's name, it is no given name.
_OF_BEFORE = re.compile(r"\bof\s+$")
# A headline in title case ("Russia Says Putin Will Attend") capitalises every word: no given names there.
_TITLE_CASE_SHARE = 0.85


def _title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) >= _TITLE_CASE_SHARE


def _foreign_given(text: str, hit: Hit) -> bool:
    """Whether the leader surname `hit` follows given names that are not the office holder's."""
    found = _GIVEN.search(text[max(0, hit.start - 40):hit.start])
    if found is None:
        return False
    given = found.group(1).split()
    before = text[:hit.start].rstrip()[:-len(given[-1])]
    if not before.strip() or _OF_BEFORE.search(before):
        return False  # the sentence's first word is capitalised whatever it is ("Later Barroso left")
    word = _folded(given[-1])
    return word not in _own_names(hit) and word not in _NOT_GIVEN and not term_index().get(word)


# How far before the surname the person's own state is looked for ("Salvadoran Foreign Minister Ana Lucía Portillo").
_STATE_REACH = 60


def _other_state_before(hits: Sequence[Hit], hit: Hit) -> bool:
    """Whether the words just before the name give the person a state other than the office holder's: the
    namesake is told by a given name and a nationality both (a given name alone was not enough on a held-out
    set: its precision fell by one event)."""
    codes = {t.code for t in hit.terms}
    return any(h.term.kind in ("demonym", "country") and h.term.code and h.term.code not in codes
               and hit.start - _STATE_REACH <= h.start < hit.start for h in hits)


def _folded(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def _own_names(hit: Hit) -> frozenset[str]:
    """Every word of every name the office holder's rows give, accents folded ("José", "Jose"; a middle name)."""
    return frozenset(w for t in hit.terms for w in _leader_words().get(t.entity, ()))


@functools.lru_cache(maxsize=1)
def _leader_words() -> dict[str, frozenset[str]]:
    words: dict[str, set[str]] = {}
    for terms in term_index().values():
        for t in (t for t in terms if t.kind == "leader"):
            words.setdefault(t.entity, set()).update(_folded(w) for w in f"{t.entity} {t.text}".replace("-", " ").split())
    return {entity: frozenset(found) for entity, found in words.items()}


def namesake_surnames(texts: Sequence[str], hits: Sequence[Sequence[Hit]], when: str | None = None) -> frozenset[str]:
    """The leader surnames the page gives to someone else (see the module docstring), lower-cased."""
    out = set()
    for text, sentence_hits in zip(texts, hits):
        if _title_case(text):
            continue
        out |= {h.text.lower() for h in sentence_hits if h.term.kind == "leader" and " " not in h.text
                and all(t.kind == "leader" for t in h.terms) and _foreign_given(text, h)
                and (_other_state_before(sentence_hits, h) or _out_of_office(h, when))}
    return frozenset(out)


def _out_of_office(hit: Hit, when: str | None) -> bool:
    """Whether no office of the leader's rows covers the page's date: a past office holder's surname after another
    given name is someone else's even with no nationality before it (wire23 w23_08: a 2019 page's "Ana Lucía
    Portillo and Marcela Turcios", the two foreign ministers, named without a nationality in that sentence, made
    every later "Portillo" and "she" Britain's)."""
    return when is not None and not leader_rows(hit.terms, when)[1]


def without_namesakes(texts: Sequence[str], hits: Sequence[Sequence[Hit]], when: str | None = None) -> list[list[Hit]]:
    """Every sentence's hits without the bare leader surnames that name another person in this page."""
    others = namesake_surnames(texts, hits, when)
    if not others:
        return [list(h) for h in hits]
    return [[h for h in sentence_hits if not (h.term.kind == "leader" and h.text.lower() in others)]
            for sentence_hits in hits]
