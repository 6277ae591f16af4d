"""The actor gazetteer: data files → one term index → raw-text matching.

Everything the actors stage knows about the world lives in `data/*.tsv`; this module loads those
files once per process (lru_cache) and matches their terms against raw sentence text. Matching
works on text, not tokens, so the same scanner serves the parser prefilter, the document context
pre-pass (which must not depend on which sentences were parsed) and the mention builder.
"""
from __future__ import annotations

import functools
import re
import string
from dataclasses import dataclass

from detente import datafiles
from detente.errors import KnowledgeError
from detente.folding import FoldedTable

ISO_KINDS = frozenset({"country", "demonym", "capital", "seat", "leader"})  # kinds that name a state


@dataclass(frozen=True, slots=True)
class Term:
    """One surface form of one gazetteer entry."""

    text: str  # as written in the data file (case rules come from it)
    kind: str  # country | demonym | capital | seat | body | org | role | leader | place
    code: str | None  # ISO alpha-3, NATO/UNO/EUR/IGO, or None (non-state organisations, roles)
    sector: str | None
    entity: str  # canonical name
    check: str = ""  # "" | "name" (refuse PERSON/ORG) | "strict" (needs a place entity)
    use: str = ""  # roles: role | title | head | place | group | people | pair; seats: shared
    context: bool = False  # roles: may take the document's country
    start: str = ""  # leaders: term of office "YYYY-MM"
    end: str = ""

    @property
    def acronym(self) -> bool:
        """Written with capitals inside ("UN", "U.S.", "LeT"): such forms double as ordinary words
        or fragments of other codes, so they get the hyphen and all-capitals checks in `scan`."""
        return any(c.isupper() for c in self.text[1:])


@dataclass(frozen=True, slots=True)
class Hit:
    """A term found in a text at [start, end)."""

    start: int
    end: int
    text: str
    terms: tuple[Term, ...]  # every entry with this surface form (a leader may hold several rows)
    shouted: bool = False  # an acronym inside all-capitals text ("LET THE GAMES BEGIN"): needs support

    @property
    def term(self) -> Term:
        return self.terms[0]


def data_rows(name: str) -> list[list[str]]:
    """Rows of a data file: comment lines skipped, header dropped, tabs split, cells stripped."""
    return [cells for _, cells in numbered(name)]


def numbered(name: str) -> list[tuple[int, list[str]]]:
    """(line, cells) of a data file's rows. A row has the header's cells, or all but the last (the last
    column of bodies.tsv, roles.tsv and short_names.tsv is optional); else KnowledgeError at file:line."""
    text = datafiles.data_text("actors", name)
    header = next((line for line in text.splitlines() if line.strip() and not line.startswith("#")), "")
    width = len(header.split("\t"))
    rows = datafiles.numbered_rows("actors", name, max(1, width - 1), width, header=True)
    return [(n, [cell.strip() for cell in cells]) for n, cells in rows]


def split_list(cell: str) -> list[str]:
    return [item.strip() for item in cell.split("|") if item.strip()]


def _plural(demonym: str) -> str | None:
    # "Pakistani" → "Pakistanis", "Afghan" → "Afghans"; "Chinese", "British", "French" have none.
    if demonym.endswith(("ese", "sh", "ch", "ss", "s", "x")):
        return None
    return demonym + "s"


def _country_terms(row: list[str]) -> list[Term]:
    code, name, alternates, demonyms, capitals, ambiguous = (row + [""] * 6)[:6]
    flags = {a.lstrip("!"): ("strict" if a.startswith("!") else "name") for a in split_list(ambiguous)}
    out = [Term(t, "country", code, None, name, flags.get(t, "")) for t in [name, *split_list(alternates)]]
    for demonym in split_list(demonyms):
        forms = [demonym] + ([p] if (p := _plural(demonym)) else [])
        out += [Term(f, "demonym", code, None, name, flags.get(demonym, "")) for f in forms]
    out += [Term(t, "capital", code, "GOV", name, flags.get(t, "")) for t in split_list(capitals)]
    return out


def _body_terms(row: list[str]) -> list[Term]:
    code, sector, name, alternates, home = (row + [""] * 5)[:5]
    kind, country = ("org", home or None) if code == "-" else ("body", code)
    return [Term(t, kind, country, sector, name) for t in [name, *split_list(alternates)]]


def _seat_terms(row: list[str]) -> list[Term]:
    country, sector, name, alternates, shared = (row + [""] * 5)[:5]
    common = set(split_list(shared))  # names other states' organs bear too (resolve._shared_seat)
    return [Term(t, "seat", country, sector, name, use="shared" if t in common else "")
            for t in [name, *split_list(alternates)]]


def _role_terms(row: list[str]) -> list[Term]:
    term, sector, use, context, office = (row + [""])[:5]
    return [Term(term, "role", None, None if sector == "-" else sector, office or term.lower(), "", use,
                 context == "y")]


def _leader_terms(row: list[str]) -> list[Term]:
    name, alternates, country, role, sector, start, end = (row + [""] * 7)[:7]
    return [Term(t, "leader", country, sector, name, "", role, False, start, end)
            for t in [name, *split_list(alternates)]]


def _place_terms(row: list[str]) -> list[Term]:
    country, name, alternates = (row + [""] * 3)[:3]
    return [Term(t, "place", country, None, name) for t in [name, *split_list(alternates)]]


LOADERS = {
    "countries.tsv": _country_terms,
    "bodies.tsv": _body_terms,
    "seats.tsv": _seat_terms,
    "roles.tsv": _role_terms,
    "leaders.tsv": _leader_terms,
    "places.tsv": _place_terms,
}


@functools.lru_cache(maxsize=None)
def load_terms(name: str) -> tuple[Term, ...]:
    return tuple(term for n, row in numbered(name) for term in _without_article(_terms_of_row(name, n, row)))


def _terms_of_row(name: str, line: int, row: list[str]) -> list[Term]:
    try:
        return LOADERS[name](row)
    except (IndexError, ValueError, KeyError) as exc:  # a cell the loader needs is missing or unreadable
        raise KnowledgeError(f"{datafiles.where('actors', name, line)}: cannot read this row ({type(exc).__name__}: "
                             f"{exc}); see the column notes at the top of {name}") from None


def _without_article(terms: list[Term]) -> list[Term]:
    # "the UN" would start matching at "the" and hide "UN Security Council"; keep a "the X" form
    # only when X alone is not a term of the entry ("the States" stays, "the EU" goes).
    bare = {t.text.lower() for t in terms}
    return [t for t in terms if not (t.text.lower().startswith("the ") and t.text.lower()[4:] in bare)]


@functools.lru_cache(maxsize=1)
def actor_codes() -> frozenset[str]:
    """Every country or body code the coder can give an actor (what `--country` may ask for)."""
    return frozenset(t.code for name in ("countries.tsv", "bodies.tsv") for t in load_terms(name) if t.code)


@functools.lru_cache(maxsize=1)
def term_index() -> dict[str, tuple[Term, ...]]:
    """Lower-cased surface form → every term written that way (file order: countries first); the case-insensitive
    term pattern's "İstanbul" finds "istanbul" (folding.FoldedTable)."""
    index: dict[str, list[Term]] = {}
    for name in LOADERS:
        for term in load_terms(name):
            index.setdefault(term.text.lower(), []).append(term)
    return FoldedTable((key, tuple(terms)) for key, terms in index.items())


def _trie_pattern(words: list[str]) -> str:
    """A regex alternation shaped like a trie, so the engine never retries shared prefixes and
    a longer term always wins over its prefix ("UN Security Council" over "UN")."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(c) + build(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


@functools.lru_cache(maxsize=1)
def term_regex() -> re.Pattern[str]:
    return re.compile(r"(?<![\w.])" + _trie_pattern(list(term_index())) + r"(?![\w])", re.IGNORECASE)


# A term and its written form are asked again and again (the same names on every page: 34,844 asks on 300 real-text
# pages, docs/scaling.md session 23); the answer depends on the two strings alone.
CASE_CACHE = 16384


@functools.lru_cache(maxsize=CASE_CACHE)
def case_matches(term: str, found: str) -> bool:
    """Case rules: a capitalised word must be capitalised ("Turkey" not "turkey"), an
    abbreviation in capitals must be in capitals ("US", never "us" or "Us")."""
    if len(term) != len(found):
        return term.lower() == found.lower()
    for t_word, f_word in zip(term.split(" "), found.split(" ")):
        letters = [c for c in t_word if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters):
            if not all(c.isupper() for c in f_word if c.isalpha()):
                return False
        elif any(c.isupper() for c in t_word[1:]) and f_word != t_word and not f_word.isupper():
            return False  # mixed case is part of the name: "LeT" is not "Let"
        elif t_word[:1].isupper() and not f_word[:1].isupper():
            return False
    return True


# A fragment joined by a hyphen to an acronym: "MOA" in "ABC-MOA", "led" in "US-led".
LEFT_FRAGMENT = re.compile(r"([\w.]+)-$")
RIGHT_FRAGMENT = re.compile(r"^-([\w.]+)")
WORD = re.compile(r"[A-Za-z]{2,}")


def scan(text: str) -> list[Hit]:
    """Every gazetteer term in `text` (longest match, case rules applied), in text order."""
    return list(_scan(text))


# The terms a written form stands for, and whether the first is an acronym, depend on the form alone; the same
# forms come back on every page (300 real-text pages: the filter and `Term.acronym` were 1.6 % of a worker's
# samples, docs/scaling.md session 31). Kept per term index, so a rebuilt index (term_index.cache_clear) is read anew.
_WRITTEN: dict[str, tuple[tuple[Term, ...], bool]] = {}
_WRITTEN_INDEX: list = [None]


def written_terms(found: str) -> tuple[tuple[Term, ...], bool]:
    """The terms written as `found` (case rules applied), and whether the first of them is an acronym."""
    index = term_index()
    if _WRITTEN_INDEX[0] is not index or len(_WRITTEN) >= CASE_CACHE:
        _WRITTEN.clear()
        _WRITTEN_INDEX[0] = index
    known = _WRITTEN.get(found)
    if known is None:
        terms = tuple(t for t in index[found.lower()] if case_matches(t.text, found))
        known = _WRITTEN[found] = (terms, bool(terms) and terms[0].acronym)
    return known


# Each sentence the parser gets entities for is scanned twice: for its rule entities (actors.entity_names,
# in the parse of a chunk of documents) and again by the actors stage (coref.document_hits). The answer
# depends on the text alone, so it is kept; a chunk has about 750 sentences (200 real-text documents:
# 8,114 scans of 4,874 sentences before, docs/scaling.md session 13).
@functools.lru_cache(maxsize=4096)
def _scan(text: str) -> tuple[Hit, ...]:
    hits = []
    for match in term_regex().finditer(text):
        found = match.group(0)
        terms, acronym = written_terms(found)
        if acronym and _inside_code(text, match.start(), match.end()):
            continue
        if terms and (named_feature(text, match.start()) or _continental(text, match.start(), terms)
                      or _feature_named_after(text, match.end(), terms)):
            continue
        if terms and all(t.kind == "role" for t in terms) and _office_suffix(text, match.start(), found):
            continue
        if terms and _body_named_after(text, match.end(), terms):
            continue
        if terms:
            shouted = acronym and found.isupper() and _in_capitals(text, match.start(), match.end())
            hits.append(Hit(match.start(), match.end(), found, terms, shouted))
    return tuple(hits)


# "-General" closes the name of a civil office ("Director-General", "Secretary-General", "Governor-General",
# "Inspector-General"): no army general, so no military role (wire10: a Commission director-general read as
# a general of the story's main country)
OFFICE_PREFIX = re.compile(r"[A-Z][a-z]+-$")


def _office_suffix(text: str, start: int, found: str) -> bool:
    return found.lower() == "general" and bool(OFFICE_PREFIX.search(text[max(0, start - 20):start]))


# Words that make a following name part of a landform's name: "Lake Victoria" is not the capital of
# Seychelles, "Mount Lebanon" not the state.
FEATURE_WORDS = frozenset({"lake", "mount", "mt", "river", "gulf", "bay", "cape", "strait", "straits"})
PREVIOUS_WORD = re.compile(r"([A-Za-z]+)\.?\s+$")  # read by previous_word (tests/actors compare the two)
ASCII_LETTERS = frozenset(string.ascii_letters)
FEATURE_OF = re.compile(r"\b(?:Gulf|Sea|Bay|Strait|Straits|Lake|Isle|Islands)\s+of\s+(?:the\s+)?$")  # "Gulf of Oman"


# A state word followed by a landform or sea is part of that feature's name: the "Indian Ocean", the "Persian
# Gulf", the "Philippine Sea", the "South China Sea" name no state (session 16 actorsblind: "navy vessels from
# India and France began a joint patrol of the western Indian Ocean" had "Indian" as its doer).
FEATURE_AFTER = re.compile(r"\s+(?:Ocean|Sea|Gulf|Peninsula|Highlands|Plateau|Basin)\b")


def _feature_named_after(text: str, end: int, terms: tuple[Term, ...]) -> bool:
    return all(t.kind in ("demonym", "country") for t in terms) and bool(FEATURE_AFTER.match(text, end))


# A capital or place followed by a capitalised "Group", "Club", "Process" or "Format" is part of a body's or a
# negotiating format's name, not its state: the OSCE "Minsk Group" mediating between Armenia and Azerbaijan is no
# Belarusian actor, the "Lima Group" no Peruvian one, the "Paris Club" no French one (wire36: "asked the co-chairs of
# the OSCE Minsk Group to convene" coded REQUEST ARM->BLR, "the Minsk Group said" BLR as a source). Known bodies of
# this kind are rows of bodies.tsv (matched whole, longer than the capital); this drops the capital of the others.
BODY_NAMED_AFTER = re.compile(r"\s+(?:Group|Club|Process|Format)\b")


def _body_named_after(text: str, end: int, terms: tuple[Term, ...]) -> bool:
    return all(t.kind in ("capital", "place") for t in terms) and bool(BODY_NAMED_AFTER.match(text, end))


def named_feature(text: str, start: int) -> bool:
    before = text[max(0, start - 24):start]
    previous = previous_word(before)
    if previous and previous.lower() in FEATURE_WORDS and previous[0].isupper():
        return True
    return "of" in before and bool(FEATURE_OF.search(before))  # "of" ends every FEATURE_OF match


def previous_word(before: str) -> str | None:
    """PREVIOUS_WORD's word, read from the end: `re` tries that pattern at every position of the 24
    characters, for every gazetteer hit (py-spy, session 25: `named_feature` 0.5 % of a worker's real-text
    pages). Its match must end the text (`\\s+$`, greedy through a final newline), so it is the run of ASCII
    letters before one optional full stop and the trailing white space (str.isspace is `re`'s `\\s`)."""
    stripped = before.rstrip()
    if len(stripped) == len(before):
        return None
    core = stripped[:-1] if stripped.endswith(".") else stripped
    at = len(core)
    while at > 0 and core[at - 1] in ASCII_LETTERS:
        at -= 1
    return core[at:] or None


# "American" after a word naming part of the continent is the continent's, not the United States'
# ("the Central American nation", "South American leaders", "Latin American states"); the region's own
# states are named by other rows ("Central African" is CAF, matched whole). Session 16 actorsblind: "The
# Central American nation accused him" (Guatemala) was read as the United States.
CONTINENT_PARTS = re.compile(r"\b(?:Latin|South|Central|North|Pan|Meso)[\s-]+$")
CONTINENTAL_DEMONYMS = frozenset({"american", "americans"})


def _continental(text: str, start: int, terms: tuple[Term, ...]) -> bool:
    return terms[0].text.lower() in CONTINENTAL_DEMONYMS and all(t.kind == "demonym" for t in terms) \
        and bool(CONTINENT_PARTS.search(text[max(0, start - 12):start]))


def _inside_code(text: str, start: int, end: int) -> bool:
    """An acronym hyphenated to a fragment that is neither a lower-case word ("US-led", "UN-backed")
    nor another gazetteer term ("US-Pakistan", "EU-China") is part of a longer code: a treaty or
    programme name such as "ABC-MOA" or "XYZ-2" does not name the body "ABC"."""
    fragments = [m.group(1) for m in (LEFT_FRAGMENT.search(text[max(0, start - 40):start]),
                                      RIGHT_FRAGMENT.match(text[end:end + 40])) if m]
    return any(not _free_fragment(fragment) for fragment in fragments)


def _free_fragment(fragment: str) -> bool:
    if fragment.isalpha() and fragment.islower():
        return True
    terms = term_index().get(fragment.lower(), ())
    return any(case_matches(t.text, fragment) for t in terms)


def _in_capitals(text: str, start: int, end: int) -> bool:
    """True when the words around [start, end) are written in capitals too (a shouted headline):
    there "WHO", "US" or "LET" may be ordinary words."""
    before = WORD.findall(text[max(0, start - 60):start])[-2:]
    after = WORD.findall(text[end:end + 60])[:2]
    around = before + after
    return len(around) >= 2 and all(word.isupper() for word in around)


def state_code(hit: Hit) -> str | None:
    """The code a hit names when it names a state or international body (not roles or places)."""
    codes = {t.code for t in hit.terms if t.kind in ISO_KINDS | {"body"} and t.code}
    return codes.pop() if len(codes) == 1 else None


def leader_rows(terms: tuple[Term, ...], when: str | None) -> tuple[tuple[Term, ...], bool]:
    """The leader rows among a hit's terms, narrowed to the terms of office covering `when`
    ("YYYY", "YYYY-MM" or "YYYY-MM-DD", compared at the precision given), and whether any does.
    Without a date every row counts as in office; with one, rows that do not cover it come back
    with False so callers can tell a former office holder from a current one."""
    rows = tuple(t for t in terms if t.kind == "leader")
    if not when:
        return rows, True
    dated = tuple(t for t in rows if _covers(t, when))
    return (dated, True) if dated else (rows, False)


def office_reading(rows: tuple[Term, ...], in_office: bool, former: bool) -> tuple[str | None, str | None]:
    """(country, sector) of a known office holder from the rows `leader_rows` gave. The nationality
    stays whether or not the person held office then (a former minister quoted years later is still
    that state's national); the sector only comes from an office held at the article's date (or one
    the text calls former), and only when every such row agrees: without a date, a person who was
    defence minister and later foreign minister gets no GOV/MIL guess from the wrong term."""
    codes = {r.code for r in rows}
    sectors = {r.sector for r in rows}
    country = codes.pop() if len(codes) == 1 else None
    return country, (sectors.pop() if len(sectors) == 1 and (in_office or former) else None)


def _covers(row: Term, when: str) -> bool:
    size = min(len(when), 7)
    return row.start[:size] <= when[:size] <= (row.end or "9999-99")[:size]


# "former President X", "ex-premier X", "the late King X": the office is past, the nationality stays. "retired
# Ghanaian general X" holds no command of his state either (wire28 w28_03: a body's envoy so named was read as Ghana's).
FORMER = re.compile(r"\b(?:former|ex|retired|the\s+late)\b[\s-]+(?:[\w.'’-]+\s+){0,3}$", re.IGNORECASE)


def marked_former(text: str, start: int) -> bool:
    """True when the words just before `start` call the person a former or late office holder."""
    return bool(FORMER.search(text[max(0, start - 60):start]))


def office_name(title: str) -> str:
    """The office a title names ("premier" → "prime minister"); the title itself if not a role."""
    roles = [t for t in term_index().get(title.lower(), ()) if t.kind == "role"]
    return roles[0].entity if roles else title.lower()


def country_of_place(text: str) -> str | None:
    """Country of a place name: a country, capital, seat or listed city/region; None if unknown."""
    terms = tuple(t for t in term_index().get(text.strip().lower(), ())
                  if t.kind in {"country", "capital", "place", "seat"} and case_matches(t.text, text.strip()))
    codes = {t.code for t in terms}
    return codes.pop() if len(codes) == 1 else None
