"""Split plain text into units (paragraphs or lines) with offsets, and describe each unit.

A unit is what one segment holds. Paragraphs are separated by blank lines; inside a paragraph,
lines stay separate units unless they are hard-wrapped prose (a line that stops mid-sentence and a
next line that starts in lowercase, or a block of many lines of similar width), because scraped
pages put a headline and a snippet, or a caption and its duplicate, on consecutive lines.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from detente.clean import dates
from detente.clean.lexicon import Cue, load_verbish, match_cue

_WORD = re.compile(r"[^\W\d_][\w'\u2019\-]*")
_CLOSERS = "\"'\u2019\u201d)]}\u00bb*"
_TERMINAL = ".!?\u2026"
# Small words that stay lowercase in Title Case; they are left out of the capitalisation ratio.
_MINOR = frozenset("a an the of to in on at for and or nor but with by from as vs via into".split())
# A line that ends on one of these stops mid-sentence (cut-off snippet, hard-wrapped prose).
_DANGLING = frozenset("a an the of to in on at for and or but with by from as its their his her that "
                      "which who is are was were be has have had will would".split())


@dataclass(frozen=True, slots=True)
class Unit:
    start: int
    end: int
    text: str
    hint: str | None = None  # a role the source already knows (HTML heading, title, comments)


@dataclass(frozen=True, slots=True)
class Features:
    n_words: int
    n_chars: int
    ends_terminal: bool
    dangling: bool  # ends on a function word: cut off mid-sentence
    has_verb: bool
    cap_ratio: float  # share of capitalised words among non-minor words
    starts_lower: bool
    n_dates: int
    has_time: bool
    cue: Cue | None

    @property
    def prose_score(self) -> int:
        """How much the unit reads like running prose (0–7); 4 or more is prose."""
        return (2 * self.ends_terminal + (self.n_words >= 8) + (self.n_words >= 15) + self.has_verb
                + (self.cap_ratio < 0.5) + self.dangling - self.starts_lower)

    @property
    def sentence_like(self) -> bool:
        # A long, mostly lower-case line ending in a full stop is a sentence even when the verb list
        # misses its verb (irregular past tenses: "Warplanes struck villages…", a news lead).
        return self.ends_terminal and self.n_words >= 6 and (
            self.has_verb or (self.n_words >= 12 and self.cap_ratio < 0.5))

    @property
    def headline_like(self) -> bool:
        return 2 <= self.n_words <= 30 and self.n_chars <= 250 and not self.text_ends_period

    text_ends_period: bool = False


def _stripped_end(text: str) -> str:
    return text.rstrip().rstrip(_CLOSERS).rstrip()


def lower_content_words(text: str) -> int:
    """How many content words (not articles, prepositions or conjunctions) of the text start lower-case."""
    return sum(1 for w in _WORD.findall(text) if w.lower() not in _MINOR and w[0].islower())


# A page's units are described twice: once to assign their roles, once more (the body ones) to check the page is
# an article; and a one-unit page once more for its headline test. The features depend on the text alone and are
# frozen, so the second look is a cache hit: describe was a third of clean_document's time on the real-text
# corpus (docs/scaling.md, session 20). 256 texts cover one page's units; a unit is at most a page's text.
DESCRIBE_CACHE = 256


@lru_cache(maxsize=DESCRIBE_CACHE)
def describe(text: str) -> Features:
    """The unit's form: words, capitals, ending, verbs, dates, cue (cached by text: see DESCRIBE_CACHE)."""
    words = _WORD.findall(text)
    lowered = [w.lower() for w in words]
    verbish = load_verbish()
    content = [w for w, low in zip(words, lowered) if low not in _MINOR]
    capitalised = sum(1 for w in content if w[0].isupper())
    tail = _stripped_end(text)
    return Features(
        n_words=len(words), n_chars=len(text),
        ends_terminal=bool(tail) and tail[-1] in _TERMINAL,
        dangling=bool(lowered) and lowered[-1] in _DANGLING and not tail.endswith(tuple(_TERMINAL)),
        has_verb=any(low in verbish or (len(low) > 4 and low.endswith("ed")) for low in lowered),
        cap_ratio=capitalised / len(content) if content else 0.0,
        starts_lower=bool(words) and text.lstrip(_CLOSERS + " ")[:1].islower(),
        n_dates=len(dates.find_dates(text, strict=True, own=True))
        or int(dates.short_year_date(text) is not None or dates.placed_loose_date(text)),
        has_time=dates.has_time(text) or dates.has_relative_time(text),
        cue=match_cue(text, len(words)),
        text_ends_period=tail.endswith((".", "\u2026")),
    )


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, pos = [], start
    for raw in text[start:end].split("\n"):
        lead = len(raw) - len(raw.lstrip())
        body = raw.strip()
        if body:
            spans.append((pos + lead, pos + lead + len(body)))
        pos += len(raw) + 1
    return spans


def _hard_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """Many lines of near-equal width, most not ending a sentence: prose wrapped at a fixed column."""
    if len(lines) < 3 or any(_date_stamp(text[s:e]) for s, e in lines):
        return False
    widths = [e - s for s, e in lines[:-1]]
    open_ends = sum(1 for s, e in lines[:-1] if _stripped_end(text[s:e])[-1:] not in _TERMINAL)
    return min(widths) >= 40 and max(widths) - min(widths) <= 25 and open_ends >= len(widths) / 2


def _date_stamp(line: str) -> bool:
    """A full date and a few words ("21.09.2021 kl. 09:12 | Updated 11:30"): a masthead's stamp line,
    which no wrapped paragraph holds (eval/wire8: a site name, a menu and the stamp, three lines of
    near-equal width, had been joined as prose and the page left undated)."""
    return bool(dates.find_dates(line, strict=True)) and len(_WORD.findall(dates.strip_dates(line))) <= 6


def _continues(text: str, prev: tuple[int, int], nxt: tuple[int, int]) -> bool:
    """The next line carries on the previous one's sentence. A header line ("READER COMMENTS (4)")
    carries on nothing, even when the next line opens in lower case (a user name: "kaz_tokyo: …")."""
    prev_text = _stripped_end(text[prev[0]:prev[1]])
    if not prev_text or prev_text[-1] in _TERMINAL or not text[nxt[0]:nxt[0] + 1].islower():
        return False
    line = text[prev[0]:prev[1]]
    cue = match_cue(line, len(_WORD.findall(line)))
    return cue is None or cue.match != "line"


def _join_wrapped(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if _hard_wrapped(text, lines):
        return [(lines[0][0], lines[-1][1])]
    merged: list[tuple[int, int]] = []
    for span in lines:
        if merged and _continues(text, merged[-1], span):
            merged[-1] = (merged[-1][0], span[1])
        else:
            merged.append(span)
    return merged


def split_units(text: str) -> list[Unit]:
    """Units of a plain text in order; each is stripped of surrounding whitespace."""
    units: list[Unit] = []
    for block in re.finditer(r"\S(?:.|\n(?![ \t\r\f\v]*\n))*", text):
        for start, end in _join_wrapped(text, _lines(text, block.start(), block.end())):
            units.extend(split_wire_dateline(Unit(start, end, text[start:end])))
    return units


# A wire-style dateline opening a paragraph: a place in capitals, then optionally a date and the
# agency, then a dash: "ACCRA, March 13, 2014 (Coastline Wire) - …", "ZAGREB, Feb 11 (APA) - …",
# "WASHINGTON (Reuters) - …", "PHNOM PENH — …". It is the page's dateline, not part of the lead
# sentence: left in, its date would pass for the date of the lead's event.
_WIRE_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z'\u2019.\-]{2,}(?:[ /][A-Z][A-Z'\u2019.\-]+){0,3})"  # PLACE IN CAPITALS
    r"(?:,\s*[A-Z][a-z]+\.?)?"  # ", State"
    r"(?P<date>,?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?))?"
    r"(?P<agency>\s*\([^()\n]{1,40}\))?"
    r"\s*(?P<dash>-{1,2}|\u2014|\u2013)\s+(?=[\"\u201c'A-Z])")


def split_wire_dateline(unit: Unit) -> list[Unit]:
    """[dateline unit, rest] when the unit opens with a wire dateline or a date line ("date 2019-05-03
    The talks…", "Korvala [Estland], March 9 (LNA): The…"), else [unit]."""
    if unit.hint is not None:
        return [unit]
    m = _WIRE_DATELINE.match(unit.text)
    if m and (m.group("date") or m.group("agency") or m.group("dash") in ("\u2014", "\u2013")):
        end = m.end()  # (a plain hyphen after capitals alone is no dateline: "ASEAN - China talks resume")
    else:
        end = dates.lead_in_end(unit.text)
    if end is None or len(unit.text) - end < 20:
        return [unit]
    head = unit.text[:end].rstrip()
    return [Unit(unit.start, unit.start + len(head), head, "dateline"),
            Unit(unit.start + end, unit.end, unit.text[end:])]
