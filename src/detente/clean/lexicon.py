"""Loaders for the clean stage's data files (cue phrases, function words, verb-ish words).

Each loader reads one TSV under data/ once (lru_cache) and returns immutable values; a malformed
line raises KnowledgeError naming the file and line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from detente.errors import KnowledgeError

CUE_ROLES = ("boilerplate", "related", "caption", "dateline", "comment")
CUE_MATCHES = ("line", "prefix", "contains")
# Lines longer than this never match a "contains" cue: a paragraph that mentions a newsletter is prose.
CONTAINS_MAX_WORDS = 25
# Nor a "prefix" cue (but captions, which can be long): "Copyright law was changed…" is a sentence.
PREFIX_MAX_WORDS = 20


@dataclass(frozen=True, slots=True)
class Cue:
    role: str
    match: str
    phrase: str  # normalised with line_key (match "line") or prefix_form (other matches)


def _rows(name: str, width: int) -> list[tuple[int, list[str]]]:
    text = resources.files("detente.clean").joinpath("data", name).read_text(encoding="utf-8")
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.rstrip("\n").split("\t")
        if len(cells) != width or not all(c.strip() for c in cells):
            raise KnowledgeError(f"clean/data/{name}:{number}: expected {width} tab-separated cells")
        rows.append((number, [c.strip() for c in cells]))
    return rows


_COUNT_SUFFIX = re.compile(r"\s*[(\[]\d+[)\]]\s*$")


# compiled once: `re.sub` with a pattern string looks its compiled form up on every call, and these two run on every
# line of every page (0.6 % of a worker's samples on 300 real-text pages, docs/scaling.md session 31)
_NOT_KEY = re.compile(r"[^0-9a-z]+")
_SPACES = re.compile(r"\s+")


def line_key(text: str) -> str:
    """Letters and digits only, lowercased: 'Go toTop' and 'GO TO TOP' share the key 'gototop'."""
    return _NOT_KEY.sub("", text.lower())


def prefix_form(text: str) -> str:
    """Lowercase, curly apostrophes straightened, whitespace collapsed (punctuation kept)."""
    return _SPACES.sub(" ", text.lower().replace("\u2019", "'")).strip()


@lru_cache(maxsize=1)
def load_cues() -> tuple[Cue, ...]:
    cues = []
    for number, (role, match, phrase) in _rows("cues.tsv", 3):
        if role not in CUE_ROLES or match not in CUE_MATCHES:
            raise KnowledgeError(f"clean/data/cues.tsv:{number}: unknown role {role!r} or match {match!r}")
        cues.append(Cue(role, match, line_key(phrase) if match == "line" else prefix_form(phrase)))
    return tuple(cues)


@lru_cache(maxsize=1)
def load_function_words() -> dict[str, frozenset[str]]:
    by_lang: dict[str, set[str]] = {}
    for _number, (lang, word) in _rows("function_words.tsv", 2):
        by_lang.setdefault(lang, set()).add(word.lower())
    if "en" not in by_lang:
        raise KnowledgeError("clean/data/function_words.tsv: no English ('en') words")
    return {lang: frozenset(words) for lang, words in by_lang.items()}


@lru_cache(maxsize=1)
def load_photo_credits() -> frozenset[str]:
    """Credit words that end a photo caption (data/photo_credits.tsv), lowercased."""
    return frozenset(word.lower() for _number, (word,) in _rows("photo_credits.tsv", 1))


@lru_cache(maxsize=1)
def load_verbish() -> frozenset[str]:
    return frozenset(word.lower() for _number, (word,) in _rows("verbish.tsv", 1))


def _prefix_hit(form: str, phrase: str) -> bool:
    if not form.startswith(phrase):
        return False
    rest = form[len(phrase):]
    # a phrase ending in punctuation ("photo:", "file -") is its own boundary; a word needs one
    return not rest or not phrase[-1].isalnum() or not rest[0].isalnum()


@lru_cache(maxsize=1)
def _indexed_cues() -> tuple[dict[str, Cue], tuple[Cue, ...], tuple[tuple[re.Pattern, Cue], ...]]:
    """Cues arranged for speed (this runs on every line): whole-line cues by key, prefix cues in
    file order, contains cues as compiled word-bounded patterns."""
    cues = load_cues()
    by_key: dict[str, Cue] = {}
    for cue in cues:
        if cue.match == "line":
            by_key.setdefault(cue.phrase, cue)
    prefixes = tuple(c for c in cues if c.match == "prefix")
    contains = tuple((re.compile(r"(?<![0-9a-z])" + re.escape(c.phrase) + r"(?![0-9a-z])"), c)
                     for c in cues if c.match == "contains")
    return by_key, prefixes, contains


def _long_prefix(cue: Cue, headers: dict[str, Cue]) -> bool:
    """A prefix cue that marks a unit of any length: a caption's, and a comment thread's header (a comment
    phrase that is also a whole-line header) on a thread the page printed as one paragraph ("YOUR VIEWS
    Name: ... Name: ..."; wire9: a reader's comment naming two other states was coded as news). "Reply to"
    opening a long paragraph of prose stays prose. A related cue ending in a colon heads a list of other items
    run on one line ("Also in this bulletin: A; B; C", eval/wire18 and wire19), however long."""
    if cue.role == "related":
        return cue.phrase.endswith(":")
    return cue.role == "caption" or cue.role == "comment" and headers.get(line_key(cue.phrase)) is not None


def match_cue(text: str, n_words: int) -> Cue | None:
    """The first cue that matches the line: whole-line cues first, then prefixes, then contains."""
    by_key, prefixes, contains = _indexed_cues()
    # a header may carry a counter: "Reader comments (4)", "Related [3]"
    if n_words <= 8 and (hit := by_key.get(line_key(_COUNT_SUFFIX.sub("", text)))):
        return hit
    # a wire bulletin may set a line off with dashes or a bullet ("-- Also in this bulletin: ...")
    form = prefix_form(text[:400]).lstrip("-\u2013\u2014\u2022* ")
    for cue in prefixes:
        if (n_words <= PREFIX_MAX_WORDS or _long_prefix(cue, by_key)) and _prefix_hit(form, cue.phrase):
            return cue
    if n_words <= CONTAINS_MAX_WORDS:
        for pattern, cue in contains:
            if pattern.search(form):
                return cue
    return None
