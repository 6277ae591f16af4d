"""Names of agreements in a sentence.

Three ways a report names one (all general; the heads are `data/heads.tsv`):
  * a proper name ending in a head noun: capitalised words, maybe joined by of/on/for/and, before it
    ("the Harbour Access Accord", "the Lake Fishing Initiative"), or an acronym head ("the airspace
    MOU", "a CIS-MOA");
  * a common name: the/a + one or two content words + head ("the grain deal", "a water-sharing pact"),
    its text keeps a second content word before ("the grain export deal"), which may tell the deal it describes;
    a name made only of the parties ("the Norway-Iceland agreement") is a deal of those parties;
  * a truce head alone ("a ceasefire"): a truce of the event's parties.
A bare instrument head ("the agreement") is left alone: it refers back to a deal named elsewhere.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from detente import datafiles

WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*")
CONNECTORS = frozenset({"of", "on", "for", "and"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "any", "no",
                         "new", "latest"})
# Modifiers that say what kind of deal, not which one ("a landmark deal", "the bilateral agreement").
GENERIC = frozenset({"landmark", "historic", "bilateral", "trilateral", "multilateral", "draft", "final",
                     "proposed", "possible", "previous", "earlier", "original", "first", "same", "current",
                     "existing", "interim", "such", "major", "broad", "comprehensive", "key", "formal", "written",
                     "secret", "separate", "wider", "larger", "initial", "preliminary", "tentative", "fragile",
                     "temporary", "permanent", "lasting", "full", "partial", "complete", "signed", "joint",
                     "long-awaited", "controversial", "similar", "other", "another", "whole", "entire", "own"})
SENTENCE_OPENERS = frozenset({"The", "A", "An", "This", "That", "Under", "In", "After", "Before", "Since"})


@dataclass(frozen=True, slots=True)
class NameHit:
    """One agreement name found in a sentence."""

    name: str  # normalised: lower case, no article, singular head ("harbour access accord")
    text: str  # as written
    start: int
    end: int
    proper: bool  # a proper name or acronym: the same name is the same agreement everywhere
    parties: tuple[str, ...] = ()  # a deal named by its parties ("the Norway-Iceland agreement"): their codes
    acronym: str | None = None  # "(HAA)" written right after the name


@functools.lru_cache(maxsize=1)
def heads() -> dict[str, str]:
    """head noun → kind (instrument | truce), from data/heads.tsv."""
    return {row[0]: row[1] for _, row in datafiles.numbered_rows("agreements", "heads.tsv", 2)}


@functools.lru_cache(maxsize=1)
def time_words() -> frozenset[str]:
    """Weekdays, months and relative time words (data/time_words.tsv): never a word of a name."""
    return frozenset(row[0] for _, row in datafiles.numbered_rows("agreements", "time_words.tsv"))


def is_time_word(word: str) -> bool:
    """"Tuesday", "Tuesday's", "week's", "months'": a word of time, possessive or plural."""
    low = re.sub(r"['’]s?$", "", word.lower())
    return low in time_words() or low.removesuffix("s") in time_words()


def head_of(word: str) -> str | None:
    """The head noun a word is ("Accords" → accord, "CIS-MOA" → moa), or None."""
    low = word.lower().replace("’", "'")
    for form in (low, low.removesuffix("s"), low.rsplit("-", 1)[-1], low.rsplit("-", 1)[-1].removesuffix("s")):
        if form in heads():
            return form
    return None


def head_pattern() -> str:
    """A regular expression for any head noun anywhere in a lower-cased sentence, inside a longer word too
    ("deal" in "ideal"); plain alternation of escaped ASCII words, so DuckDB's regexp_matches reads it too
    (store.agreement_reports reads only the sentences it finds)."""
    return "|".join(re.escape(h) for h in sorted(heads(), key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def any_head() -> re.Pattern:
    return re.compile(head_pattern())


def find_names(sentence: str) -> list[NameHit]:
    """Every agreement name in the sentence, left to right. A sentence holding no head noun, even inside
    another word, has no word that head_of takes for one (each form head_of tries is part of the word in
    lower case), so it names none: the agreements stage reads every stored event's sentence, and at
    50,000 documents calling head_of on each of their words was most of the stage's time (session 14)."""
    if not any_head().search(sentence.lower().replace("’", "'")):
        return []
    words = [(m.group(), m.start(), m.end()) for m in WORD.finditer(sentence)]
    title_case = _title_case(words)
    if title_case:  # a headline's capitals name nothing: read its words in lower case, acronyms kept
        words = [(w if w.isupper() and len(w) > 1 else w.lower(), a, b) for w, a, b in words]
    found = []
    for i, (word, _start, _end) in enumerate(words):
        head = head_of(word)
        if head is None or _followed_by_head(words, i) or _inside_other_name(words, i):
            continue
        hit = (None if title_case else _proper_name(sentence, words, i, head)) or _common_name(sentence, words, i, head)
        if hit:
            found.append(hit)
    return found


def _title_case(words) -> bool:
    """A headline in title case ("Cabinet Quietly Approves Security Pact"): every longer word capitalised
    (in running text the verbs at least are in lower case)."""
    longer = [w for w, _a, _b in words[1:] if len(w) > 3 and w.isalpha()]
    return len(longer) >= 3 and all(w[0].isupper() for w in longer)


def _followed_by_head(words, i: int) -> bool:
    # "the ceasefire deal", "the framework agreement": the last head names the deal
    return i + 1 < len(words) and head_of(words[i + 1][0]) is not None and words[i + 1][1] - words[i][2] <= 1


def _inside_other_name(words, i: int) -> bool:
    """"the North Atlantic Treaty Organization": a capitalised word right after the head makes the name an
    institution's (realnews gave the treaty a 'negotiating' step from a NATO Council meeting); a time word
    after it ("the Paris Agreement Monday") does not."""
    if i + 1 >= len(words) or words[i + 1][1] - words[i][2] != 1:
        return False
    after = words[i + 1][0]
    return after[:1].isupper() and not is_time_word(after) and not head_of(after)


def _proper_name(sentence: str, words, i: int, head: str) -> NameHit | None:
    word, _start, end = words[i]
    j = i
    while j > 0 and _name_word(words, j - 1):
        j -= 1
    while j < i and (words[j][0].lower() in CONNECTORS or words[j][0] in SENTENCE_OPENERS):
        j += 1  # "The Harbour Accord" at the start of a sentence: "The" is no part of the name
    modifiers = [w for w, _s, _e in words[j:i]]
    if modifiers and all(_country_code(p) for m in modifiers for p in m.split("-")):
        return _party_named(sentence, words, j, i, head)
    if not modifiers:
        return _acronym_only(sentence, words, i, head) if word.isupper() and len(word) > 1 else None
    end = _memorandum_tail(words, i, end)
    text = sentence[words[j][1]:end]
    return NameHit(_normalise(text), text, words[j][1], end, True, acronym=_acronym_after(sentence, end))


def _acronym_only(sentence: str, words, i: int, head: str) -> NameHit | None:
    word, start, end = words[i]
    if word.lower() == head:  # a bare "MOU": refers back like "the agreement"
        return None
    return NameHit(_normalise(word), word, start, end, True)


def _name_word(words, k: int) -> bool:
    word = words[k][0]
    if is_time_word(word) and (word.lower().endswith(("'s", "’s")) or head_of(words[k + 1][0])):
        return False  # "Tuesday's agreement", "the March accord": a date, not a name (demo); "May Day Accord" is one
    if word.lower() in CONNECTORS:
        return k > 0 and words[k - 1][0][:1].isupper()
    return word[:1].isupper() and words[k + 1][1] - words[k][2] <= 1


def _party_named(sentence: str, words, j: int, i: int, head: str) -> NameHit:
    parties = tuple(sorted({_country_code(p) for w, _s, _e in words[j:i] for p in w.split("-")}))
    return NameHit(head, sentence[words[j][1]:words[i][2]], words[j][1], words[i][2], False, parties)


def _common_name(sentence: str, words, i: int, head: str) -> NameHit | None:
    j = i - 1 if i > 0 and _content_modifier(words[i - 1][0]) else i  # one word: "the grain deal"
    if j == i:
        if heads()[head] != "truce":
            return None
        return NameHit(head, words[i][0], words[i][1], words[i][2], False)
    k = j - 1 if j > 0 and _content_modifier(words[j - 1][0]) and words[j][1] - words[j - 1][2] == 1 else j
    # the text keeps a second subject word: "the grain export deal" is described by its goods too (realnews read
    # the Black Sea grain deal as a second agreement, "export deal": newcomer review, session 22)
    text = sentence[words[k][1]:words[i][2]]
    # a common name's head is its kind: "the security pact" and "the security deal" of one pair are one deal
    kind = "deal" if heads()[head] == "instrument" else "ceasefire"
    return NameHit(f"{words[j][0].lower()} {kind}", text, words[k][1], words[i][2], False)


def _content_modifier(word: str) -> bool:
    low = word.lower()
    return (word.islower() and low.isascii() and not is_time_word(low) and low not in DETERMINERS and low not in GENERIC
            and low not in CONNECTORS and not low.isdigit() and head_of(low) is None and len(low) > 2
            and not low.endswith(ADJECTIVE_ENDINGS) and not _lifecycle_word(low))


def _lifecycle_word(word: str) -> bool:
    """"signs", "ratifies": a step of a deal's life is a verb about it, never its subject ("Israel signs accords")."""
    from detente.agreements.lifecycle import stage_in

    return stage_in(word) is not None


# "a critical pact", "the foundational agreement": adjectives describe a deal, nouns name its subject
ADJECTIVE_ENDINGS = ("ly", "al", "ive", "ous", "ful", "ic", "ed", "est", "ary")


def _memorandum_tail(words, i: int, end: int) -> int:
    if words[i][0].lower() == "memorandum" and i + 2 < len(words) and words[i + 1][0] == "of":
        return words[i + 2][2]
    return end


def _acronym_after(sentence: str, end: int) -> str | None:
    found = re.match(r"\s*\(([A-Z][A-Za-z0-9\-]{1,15})\)", sentence[end:])
    return found.group(1).lower() if found else None


def _country_code(word: str) -> str | None:
    """The state a country name or demonym names ("Iceland", "Icelandic", "US"), else None."""
    from detente.actors.gazetteer import term_index  # the actors stage's gazetteer: one list of states

    codes = [t.code for t in term_index().get(word.lower(), ()) if t.kind in ("country", "demonym") and t.code]
    return codes[0] if codes else None


def _normalise(text: str) -> str:
    words = text.replace("’", "'").lower().split()
    while words and words[0] in DETERMINERS:
        words = words[1:]
    if words and words[-1].endswith("s") and head_of(words[-1]) and words[-1] not in heads():
        words[-1] = words[-1][:-1]
    return " ".join(words)
