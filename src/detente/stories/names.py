"""The proper names of a page: what two outlets' wordings of one story keep when they share few words.

Outlets that reword one story change its common words but keep its names: the people, places, units and
bodies it is about ("Poonch", "Balnoi", the commander's surname). A page's names are the capitalised
words of its body that do not open a sentence (a capital there says nothing), less stop words and
calendar words (data/not_names.txt), lower-cased; the MAX_NAMES most frequent are kept, as 32-bit
hashes (a fixed-width row per page: the comparison below is one numpy operation per slice of pairs).

Measured on the development sets with each page's vocabulary thinned to a half (other words for each
page, names kept: outlets that reword a story), realnews story F1 0.884 -> 0.986 and wire4 0.746 -> 1.0;
to a third, 0.681 -> 0.972 and 0.783 -> 1.0; no development set lost a link or gained a wrong one, nor
did the same pages cut to their first half or their lead. Same-topic pairs below TOPIC_JACCARD shared
0.12-0.74 of their (uncapped) names within one story and 0.04-0.13 across two. Sixteen names did better
there than 32 (realnews 0.957 at a half and a third) and compare in a quarter of the time. One-sentence
pages name one to three names: without MIN_SHARED, plover_gsr story F1 fell 0.828 -> 0.811 and
cameo_examples 0.915 -> 0.900 (pages sharing one name of three); with it, they and the figures above hold.

Session 12 (issue #12): a capitalised word the page also writes in lower case is no name ('the Coast
Guard' and 'the coast', 'Foreign Ministry' and 'the ministry'), and each word of a state's own name of
several words ('north', 'korean') is a state word. Two outlets of one week that share MIN_SHARED of the
names left once state words are blanked are one story even below NAMES_JACCARD (cluster.same_topic_story),
and so is a follow-up (cluster.followed_up): eval/wire8's Norway-Russia ship story, split in three at
2-5/64 of shared vocabulary, shared 3-4 such names between outlets; eval/wire9's Bolivia-Chile story
followed up over 12-45 days shared 3-4; two stories of one country pair in one week (wire8 Algeria-
Tunisia, wire9 Korea) shared at most 2 (story F1 wire8 0.818 -> 0.903, wire9 0.933 -> 1.0; realnews,
wire4, newswire, wire2 unchanged in every story_stress mode).
"""
from __future__ import annotations

import functools
import re
import zlib
from collections import Counter
from importlib import resources

import numpy as np

from detente.errors import KnowledgeError
from detente.records import Article, Fingerprint

MAX_NAMES = 16  # names kept per page, the most frequent (realnews pages have 9 to about 60)
NAMES_JACCARD = 0.25  # share of their names two same-topic pages need when their vocabulary falls short
MIN_SHARED = 3  # and at least this many names in common (one-sentence pages name one or two)
_NAME = re.compile(r"\b[A-Z][a-z]+(?:[\-'’][A-Z]?[a-z]+)*\b|\b[A-Z]{2,}\b")
_LOWER = re.compile(r"(?<![\w\-'’])[a-z][a-z]+(?:[\-'’][a-z]+)*\b")  # a word written in lower case
_OPENS = set(".!?:\"“‘'(—–-")  # a capital after these opens a sentence, a quote or an aside
_NAME_KINDS = frozenset({"country", "demonym"})  # a state's own name, not its capital or leader
_CHUNK = 4096  # pairs compared per numpy slice: (pairs × MAX_NAMES × MAX_NAMES) booleans


@functools.lru_cache(maxsize=1)
def not_names() -> frozenset[str]:
    text = resources.files("detente.stories").joinpath("data/not_names.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


@functools.lru_cache(maxsize=1)
def state_hashes() -> np.ndarray:
    """Hashes (as name_hashes makes them) of the one-word gazetteer terms that name a state: country,
    demonym, capital, seat, leader. Every page of a country pair names its states, whatever its story."""
    from detente.actors.gazetteer import ISO_KINDS, term_index  # the actors stage's one term index

    words = {key for key, terms in term_index().items() if " " not in key and any(t.kind in ISO_KINDS for t in terms)}
    # and each word of a state's own name of several words: 'north', 'korean' of "North Korean" (eval/wire9:
    # two Korean stories of one week shared those and 'line', and nothing of their own)
    words |= {w for key, terms in term_index().items() if " " in key and any(t.kind in _NAME_KINDS for t in terms)
              for w in key.split()}
    return np.frombuffer(name_hashes(tuple(words)), dtype="<u4")


def without_states(names: np.ndarray) -> np.ndarray:
    """A name matrix with the state words (state_hashes) blanked: the names that tell one story of a
    country pair from another, the people, places and bodies it is about."""
    return np.where(np.isin(names, state_hashes()), np.uint32(0), names)


def names(article: Article) -> tuple[str, ...]:
    """The page's MAX_NAMES most frequent names (ties: alphabetical), lower-cased, in that order."""
    from detente.stories.fingerprint import stopwords  # fingerprint.py imports this module

    body = [article.text[s.start : s.end] for s in article.segments if s.role == "body"]
    skip = stopwords() | not_names() | common_words(body)
    counts: Counter[str] = Counter()
    for text in body:
        for found in _NAME.finditer(text):
            before = last_before(text, found.start())
            word = found.group(0).lower().replace("’", "'").removesuffix("'s")
            if before and before not in _OPENS and len(word) > 2 and word not in skip:
                counts[word] += 1
    return tuple(w for w, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_NAMES])


def last_before(text: str, end: int) -> str:
    """The last character before `end` that is not white space, or "": `text[:end].rstrip()[-1:]` without
    copying the paragraph up to every name (session 25: that copy made `names` quadratic in a paragraph)."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return text[end - 1] if end > 0 else ""


def common_words(texts: list[str]) -> set[str]:
    """The words the page also writes in lower case: a capital on them marks a title or a heading
    ("the Coast Guard", "Foreign Ministry", "North Korean"), not a name of the story. eval/wire9: two
    Korean stories of one week shared 'ministry', 'north', 'south', 'seoul'-type words and nothing else;
    the names that outlets of one story share (a ship, a border post, an envoy) are never written so."""
    return {w.replace("’", "'") for text in texts for w in _LOWER.findall(text)}


def name_hashes(found: tuple[str, ...]) -> bytes:
    """The names as sorted distinct nonzero 32-bit hashes ("<u4") of their spelling keys, the form a Fingerprint
    keeps."""
    return np.array(sorted({zlib.crc32(spelling_key(n).encode("utf-8")) or 1 for n in found}), dtype="<u4").tobytes()


# Besides the letter groups of data/spellings.tsv: a "y" between vowels is dropped ("Serikbayev", "Serikbaev")
# and any other is an "i" ("Korday", "Kordai"; "Zhanybek", "Zhanibek"); a doubled letter is single.
_Y_BETWEEN_VOWELS = re.compile(r"(?<=[aeiou])y(?=[aeiou])")
_DOUBLED = re.compile(r"(.)\1+")


@functools.lru_cache(maxsize=1)
def spellings() -> tuple[tuple[str, str, str], ...]:
    """(written, sound, example) rows of data/spellings.tsv, in file order; raises KnowledgeError naming a bad line."""
    text = resources.files("detente.stories").joinpath("data/spellings.tsv").read_text(encoding="utf-8")
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("written\t"):
            continue
        fields = line.split("\t")
        if len(fields) != 3 or not fields[0].isalpha() or not fields[1].isalpha() or fields[2].count("|") != 1:
            raise KnowledgeError(f"detente/stories/data/spellings.tsv:{number}: expected 'written<tab>sound<tab>"
                                 f"Spelling|Spelling', got {line!r}")
        rows.append((fields[0].lower(), fields[1].lower(), fields[2]))
    return tuple(rows)


def spelling_key(name: str) -> str:
    """A name, lower-cased, as the key its transliterations share (session 16, tests/stories/
    test_stories_stress_abroad.py: a translated wire report of a border seizure spelled "Kordai", "Dzhanibek
    Abdrahmanov" and "Serikbaev" what the other outlets spelled "Korday", "Zhanibek Abdrakhmanov" and
    "Serikbayev", and shared 1-4/64 of its vocabulary with them: it was a story of its own)."""
    key = name.lower()
    for written, sound, _ in spellings():
        key = key.replace(written, sound)
    key = _Y_BETWEEN_VOWELS.sub("", key).replace("y", "i")
    return _DOUBLED.sub(r"\1", key)


def name_matrix(fps: list[Fingerprint]) -> np.ndarray:
    """(documents × MAX_NAMES) name hashes, 0 in the unused places."""
    out = np.zeros((len(fps), MAX_NAMES), dtype=np.uint32)
    for i, fp in enumerate(fps):
        row = np.frombuffer(fp.names, dtype="<u4")[:MAX_NAMES]
        out[i, : len(row)] = row
    return out


def named_alike(names: np.ndarray, pairs: np.ndarray, share: float = NAMES_JACCARD,
                at_least: int = MIN_SHARED) -> np.ndarray:
    """Which pairs share at least `share` of their names (Jaccard of the two hash sets), and at least
    `at_least` names."""
    keep = np.zeros(len(pairs), dtype=bool)
    for start in range(0, len(pairs), _CHUNK):
        a, b = names[pairs[start : start + _CHUNK, 0]], names[pairs[start : start + _CHUNK, 1]]
        shared = ((a[:, :, None] == b[:, None, :]) & (a[:, :, None] != 0)).sum(axis=(1, 2))
        union = (a != 0).sum(axis=1) + (b != 0).sum(axis=1) - shared
        keep[start : start + _CHUNK] = (shared >= at_least) & (shared >= share * np.maximum(union, 1))
    return keep
