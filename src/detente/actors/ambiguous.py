"""Names that denote places in two states ("Tripoli", "Congo", "Georgia", "Punjab"), read by context.

The gazetteer gives each such name one default reading. A story about the north Lebanese port of
Tripoli, or about Brazzaville's Congo, says so nearby: it names the other state, its nationality or
one of its places. So the reading whose cues (data/ambiguous.tsv) the same sentence names most wins;
failing that, the reading whose cues the whole document names most; failing that, the default.
Cues are read from raw sentence text and gazetteer hits, never from parses, so a hit reads the same
whether or not the parser prefilter skipped the sentences around it.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from detente.actors.gazetteer import ISO_KINDS, Hit, Term, data_rows, load_terms, scan, split_list

STATE_CUE = "@state"
CUE_KINDS = ISO_KINDS | {"place"}


@dataclass(frozen=True, slots=True)
class Reading:
    """One state an ambiguous name may denote, and the words that point to it."""

    form: str
    code: str
    kind: str
    default: bool
    cues: tuple[str, ...]  # literal cues, case-sensitive
    by_state: bool  # every gazetteer name of the state is a cue too


@functools.lru_cache(maxsize=1)
def readings() -> dict[str, tuple[Reading, ...]]:
    """Lower-cased form → its readings, in file order."""
    out: dict[str, list[Reading]] = {}
    for row in data_rows("ambiguous.tsv"):
        form, code, kind, default, cues = (row + [""] * 5)[:5]
        words = split_list(cues)
        reading = Reading(form, code, kind, default == "y", tuple(w for w in words if w != STATE_CUE),
                          STATE_CUE in words)
        out.setdefault(form.lower(), []).append(reading)
    return {form: tuple(rows) for form, rows in out.items()}


def choose_reading(form: str, sentence: tuple[str, list[Hit]], span: tuple[int, int] | None,
                   document: list[tuple[str, list[Hit]]]) -> Reading | None:
    """The reading of `form` found at `span` of the sentence text: most cues in the sentence, else in
    the document (a tie decides nothing), else the default reading; None for a name not listed here
    or one with no default and no deciding cue."""
    options = readings().get(form.lower(), ())
    if not options:
        return None
    for texts, where in (([sentence], span), (document, None)):
        scores = [sum(_score(r, text, hits, where) for text, hits in texts) for r in options]
        best = max(scores)
        if best > 0 and scores.count(best) == 1:
            return options[scores.index(best)]
    return next((r for r in options if r.default), None)


def _score(reading: Reading, text: str, hits: list[Hit], span: tuple[int, int] | None) -> int:
    score = sum(_cue_count(cue, reading.form, text, span) for cue in reading.cues)
    if reading.by_state:  # a name that is itself ambiguous is no evidence for either reading
        score += sum(1 for h in hits if h.text.lower() not in readings()
                     and any(t.code == reading.code and t.kind in CUE_KINDS for t in h.terms))
    return score


def _cue_count(cue: str, form: str, text: str, span: tuple[int, int] | None) -> int:
    """Occurrences of `cue` in `text`. A cue holding the form ("East Azerbaijan") speaks only for the
    occurrence it covers: elsewhere in the story the same name may be the other state."""
    if cue not in text:  # the pattern is the cue's own characters, case and all: no need to scan
        return 0  # (asked per cue, reading and ambiguous name of every sentence of the page: 76,000 times on 200 pages)
    found = [m.span() for m in _cue_pattern(cue).finditer(text)]
    if form.lower() not in cue.lower():
        return len(found)
    return sum(1 for start, end in found if span is not None and start <= span[0] and span[1] <= end)


@functools.lru_cache(maxsize=4096)
def _cue_pattern(cue: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(cue)}(?!\w)")


def reading_terms(hit: Hit, reading: Reading) -> tuple[Term, ...]:
    """The hit's gazetteer terms for one reading: its own entry when the gazetteer has that one, else
    a term built from the row (keeping the original's parser check: "Georgia" is still refused as
    part of a person's or organisation's name)."""
    own = tuple(t for t in hit.terms if t.code == reading.code and t.kind == reading.kind)
    if own:
        return own
    sector = "GOV" if reading.kind == "capital" else None
    return (replace(hit.terms[0], kind=reading.kind, code=reading.code, sector=sector,
                    entity=_entity(reading)),)


def _entity(reading: Reading) -> str:
    if reading.kind == "place":
        return f"{reading.form} ({reading.code})"
    return next((t.entity for t in load_terms("countries.tsv") if t.code == reading.code), reading.form)


def resolve_hits(texts: list[str], all_hits: list[list[Hit]]) -> list[list[Hit]]:
    """Every sentence's hits with each ambiguous name narrowed to the reading its context supports."""
    document = list(zip(texts, all_hits))
    out = []
    for text, hits in document:
        out.append([_narrowed(hit, (text, hits), document) for hit in hits])
    return out


def _narrowed(hit: Hit, sentence: tuple[str, list[Hit]], document: list[tuple[str, list[Hit]]]) -> Hit:
    if hit.text.lower() not in readings():
        return hit
    reading = choose_reading(hit.text, sentence, (hit.start, hit.end), document)
    return replace(hit, terms=reading_terms(hit, reading)) if reading else hit


def narrowed_state(text: str, hits: list[Hit] | None) -> str | None:
    """The state an ambiguous name was narrowed to in this sentence's hits (resolve_hits), or None for a
    name not listed here: "Formosa's governor" on a page about Argentina is the Argentine province's."""
    if text.lower() not in readings():
        return None
    return next((h.terms[0].code for h in hits or () if h.text == text and len(h.terms) == 1), None)


def place_in_context(text: str, sentence: str = "", document: str = "") -> Reading | None:
    """The reading of an ambiguous place name `text` met in `sentence` of `document` (raw texts; either
    may be empty), or None when `text` is not an ambiguous name or nothing decides it."""
    name = text.strip()
    if name.lower() not in readings():
        return None
    at = sentence.find(name)
    span = (at, at + len(name)) if at >= 0 else None
    return choose_reading(name, (sentence, scan(sentence)), span, [(document, scan(document))])
