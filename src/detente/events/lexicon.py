"""The events stage's knowledge, loaded from the TSV files in data/ (triggers, irregular forms, cues).

Lemmas are folded to one spelling (`fold_spelling`) on both sides, so British "criticise" and
American "criticize" hit the same entry. `entry_forms` lists every word form the coder can
accept for an entry; the prefilter (`detente.events.prefilter`) is built from that same list.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from detente import datafiles
from detente.errors import KnowledgeError
from detente.records import EVENT_TYPES

_RULE_LEMMA = re.compile(r"^[a-z]+:([^\s\[+&]+)")


def trigger_lemma(rule: str | None) -> str | None:
    """The lemma of the lexicon entry that coded an event, from its rule ("verb:visit[obj:x] src=…")."""
    found = _RULE_LEMMA.match(rule or "")
    return found.group(1).lower() if found else None

PLOVER_TYPES = EVENT_TYPES
# Types whose intent ("will provide", "ready to send") PLOVER codes as AGREE, and those whose
# announced intent is a THREATEN (CAMEO 03x vs 13x).
COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
CONFLICTUAL = frozenset({"SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "PROTEST"})
SYMMETRIC = frozenset({"AGREE", "CONSULT", "COOPERATE"})
VOWELS = "aeiou"


@dataclass(frozen=True, slots=True)
class Requirement:
    kind: str  # "obj" | "prt" | "prep" | "mod" | "comp" | "must" | "propobj" | "noreport" | "subjcomp" | "pred" | "from" | "word" | "subj" ...
    words: frozenset[str]
    also: tuple["Requirement", ...] = ()  # further conditions that must hold too ("prt:in&obj:envoy")
    spelled: str = ""  # the words as triggers.tsv spells them, when a cue list stands for them ("@censure")

    @property
    def name(self) -> str:
        listed = self.spelled or "|".join(sorted(self.words))
        own = f"{self.kind}:{listed}" if self.words else self.kind
        return "&".join([own] + [a.name for a in self.also])


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    lemma: str
    pos: str
    event_type: str
    mode: str | None
    requires: tuple[Requirement, ...]  # alternatives: any one suffices; () = none needed
    frame: bool
    notes: str
    line: int  # line in triggers.tsv, to name the entry in rules and tests
    inverse: bool = False  # the grammatical subject is the receiver ("received aid from Y")
    mutual: bool = False  # coordinated subjects act on each other ("X and Y exchanged prisoners")

    @property
    def name(self) -> str:
        req = ",".join(r.name for r in self.requires)
        return f"{self.pos.lower()}:{self.lemma}" + (f"[{req}]" if req else "")


@functools.lru_cache(maxsize=65536)
def fold_spelling(word: str) -> str:
    """One spelling per lemma: -ise/-yse/-isation → -ize/-yze/-ization (British → American); accents
    dropped ("chargé" → "charge"). Cached: the trigger matcher folds two strings per token, and news
    repeats its words (bounded, so a stream of odd tokens cannot grow it without limit)."""
    word = word.lower()
    if not word.isascii():
        word = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    word = re.sub(r"is(e|ed|es|ing|ation|ations)$", r"iz\1", word)
    return re.sub(r"ys(e|ed|es|ing)$", r"yz\1", word)


def data_rows(name: str) -> list[tuple[int, list[str]]]:
    """(line number, cells) of the events stage's data file `name`, header left out; a row without every
    header cell is a KnowledgeError naming file:line (it raised a bare IndexError in the loaders)."""
    return datafiles.numbered_rows("events", name, header=True, full=True)


def _requirements(field: str, line: int) -> tuple[Requirement, ...]:
    if field == "-":
        return ()
    return tuple(_conjunction(alt, line) for alt in field.split(","))


def _conjunction(alternative: str, line: int) -> Requirement:
    """One alternative: "kind:a|b", or several joined by "&" that must all hold."""
    parts = []
    for part in alternative.split("&"):
        kind, _, words = part.partition(":")
        listed = [w for word in words.split("|") if word for w in _expand(word, line)]
        parts.append(Requirement(kind, frozenset(fold_spelling(w) for w in listed), (),
                                 words if "@" in words else ""))
    return Requirement(parts[0].kind, parts[0].words, tuple(parts[1:]), parts[0].spelled)


def _expand(word: str, line: int) -> list[str]:
    """"@kind" stands for every word of that kind in cues.tsv (one list shared by several entries:
    "pred:@censure" on call, label, brand, describe, say)."""
    if not word.startswith("@"):
        return [word]
    words = list(cue_words(word[1:]))
    if not words:
        raise KnowledgeError(f"{datafiles.where('events', 'triggers.tsv', line)}: no cue words of kind "
                             f"{word[1:]!r} in cues.tsv; add rows of that kind to cues.tsv or fix the name")
    return words


@functools.lru_cache(maxsize=1)
def load_triggers() -> tuple[TriggerEntry, ...]:
    entries = []
    for n, cols in data_rows("triggers.tsv"):
        lemma, pos, etype, mode, requires, role, notes = cols
        if etype not in PLOVER_TYPES:
            raise KnowledgeError(f"{datafiles.where('events', 'triggers.tsv', n)}: unknown PLOVER type {etype!r}; "
                                 f"use one of {', '.join(sorted(PLOVER_TYPES))}")
        entries.append(TriggerEntry(lemma, pos, etype, None if mode == "-" else mode,
                                    _requirements(requires, n), role == "frame", notes, n, role == "inverse",
                                    role == "mutual"))
    return tuple(entries)


@functools.lru_cache(maxsize=1)
def triggers_by_lemma() -> dict[tuple[str, str], tuple[TriggerEntry, ...]]:
    """(lemma, pos) → entries, the most specific pattern first: those with a joint requirement
    ("prt:over&obj:suspect"), then those with any requirement, then the rest; file order otherwise."""
    table: dict[tuple[str, str], list[TriggerEntry]] = {}
    for entry in load_triggers():
        table.setdefault((fold_spelling(entry.lemma), entry.pos), []).append(entry)
    return {k: tuple(sorted(v, key=_specificity)) for k, v in table.items()}


@functools.lru_cache(maxsize=1)
def triggers_with_forms() -> dict[tuple[str, str], tuple[tuple[TriggerEntry, frozenset[str]], ...]]:
    """triggers_by_lemma with each entry's word forms (entry_forms) beside it: the coder asks for them once per
    token and entry, and looking them up by entry hashed the whole entry each time (docs/scaling.md, session 23)."""
    return {k: tuple((e, entry_forms(e)) for e in v) for k, v in triggers_by_lemma().items()}


def _specificity(entry: TriggerEntry) -> tuple[bool, bool]:
    return not entry.requires, not any(r.also for r in entry.requires)


@functools.lru_cache(maxsize=1)
def irregular_forms() -> dict[str, tuple[str, ...]]:
    return {cols[0]: tuple(cols[1].split()) for _, cols in data_rows("irregular.tsv")}


@functools.lru_cache(maxsize=1)
def load_cues() -> dict[str, dict[str, str]]:
    """kind → {word: value}."""
    cues: dict[str, dict[str, str]] = {}
    for _, cols in data_rows("cues.tsv"):
        cues.setdefault(cols[0], {})[cols[1]] = cols[2]
    return cues


_CUES_BY_KIND: dict[str, dict[str, str]] = {}


def cue_words(kind: str) -> dict[str, str]:
    """The words of one kind of cue (cues.tsv). Asked 590,000 times over 280 real-text pages (the rules ask it
    per token and per event), so each kind's table is kept by kind: one dict look-up rather than a call of the
    cached loader and a second look-up (docs/scaling.md, session 35). A kind cues.tsv lacks gets a new empty
    table each time, as before."""
    try:
        return _CUES_BY_KIND[kind]
    except KeyError:
        words = load_cues().get(kind)
        if words is None:
            return {}
        _CUES_BY_KIND[kind] = words
        return words


def _regular_forms(lemma: str) -> set[str]:
    """Overgenerated regular inflections (harmless extra forms keep the prefilter recall-safe)."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if lemma.endswith("e"):
        forms.add(lemma[:-1] + "ing")
    if lemma.endswith("man"):
        forms.add(lemma[:-3] + "men")  # serviceman → servicemen (tree.folded_lemmas reads it back)
    if len(lemma) > 2 and lemma[-1] not in VOWELS + "wxy" and lemma[-2] in VOWELS:
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # ban → banned, travel → travelled
    return forms


def variant_spellings(form: str) -> set[str]:
    """The form and its British spellings (-ise, -yse, -our)."""
    out = {form}
    out.add(re.sub(r"iz(e|ed|es|ing|ation|ations)$", r"is\1", form))
    out.add(re.sub(r"yz(e|ed|es|ing)$", r"ys\1", form))
    out.add(re.sub(r"or$", "our", form))  # a noun like "labor"
    return out


@functools.lru_cache(maxsize=None)
def surface_forms(lemma: str) -> frozenset[str]:
    """Every lower-case word form the coder accepts for a (folded) trigger lemma."""
    forms = _regular_forms(lemma) | set(irregular_forms().get(lemma, ()))
    return frozenset(f for form in forms for f in variant_spellings(form))


@functools.lru_cache(maxsize=None)
def entry_forms(entry: TriggerEntry) -> frozenset[str]:
    """Word forms the coder accepts for one entry: a noun's singular and plural only, every inflection
    of a verb or adjective. Why: the noun "accord" must not match "according" ("according to
    officials" opens a fifth of news sentences, and a tagging slip there coded a false AGREE)."""
    if entry.pos != "NOUN":
        return surface_forms(entry.lemma)
    lemma = entry.lemma
    forms = {lemma, lemma + "s", lemma + "es"} | set(irregular_forms().get(lemma, ()))
    if lemma.endswith("y"):
        forms.add(lemma[:-1] + "ies")
    return frozenset(f for form in forms for f in variant_spellings(form))


@functools.lru_cache(maxsize=1)
def lemmas_of_form() -> dict[str, frozenset[str]]:
    """Word form → folded trigger lemmas that can produce it (guards against lemmatizer slips: "hopes" → "hop")."""
    table: dict[str, set[str]] = {}
    for entry in load_triggers():
        for form in entry_forms(entry):
            table.setdefault(form, set()).add(fold_spelling(entry.lemma))
    return {k: frozenset(v) for k, v in table.items()}


@functools.lru_cache(maxsize=1)
def all_trigger_forms() -> frozenset[str]:
    """Every word form of every trigger lemma (what the prefilter looks for)."""
    return frozenset(f for entry in load_triggers() for f in entry_forms(entry))
