"""Whose state a speaker with no stated country speaks for, read from what they say their state will do.

An official named without a country (or "he", "the foreign minister") is given the document's main
country so far (coref); but the subject of "warned that Norway would skip the session" speaks for Norway,
whichever state the paragraphs before named more often. On eval/wire8 and eval/wire4 (session 9) the main
country was the other party, and the events stage then coded the warning in reverse. One rule, with its
cues in data/speaker_state.tsv: a verb of saying whose subject is the speaker, a complement with a modal
of the future whose subject is one state, and no consequence for that state ("would face a fine" is
another state's lot). "said that Norway had violated…" reports another state's act, not one's own plan.
A state stating its own position in the present in the speaker's words ("'Australia does not believe the
decision is justified,' Senator X said"; stance cues) speaks for it too (realnews).

The rule reads the parse; a sentence the parser prefilter skipped has none, and is read from its words
with the same cues, so a person's state (which later sentences reuse) does not hang on the prefilter.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from detente.actors.gazetteer import data_rows, split_list
from detente.records import Sentence

if TYPE_CHECKING:
    from detente.actors.coref import PersonRef, StateRef

# The marks a resolution leaves in PersonRef.how: the state of a person's first mention, which
# with_spoken_state carries to the person's other mentions whose state was a guess; and the state of one
# later mention (the guess stays elsewhere: carrying it back moved held-out wire7's incident F1 0.854 -> 0.848).
SPOKEN = "as the state its words speak for"
HERE = "as its words here say"
# Noun-phrase inner links from a word of the speaker's phrase to its head ("Foreign Minister X", "the
# foreign minister"): the head is the subject token.
INNER_DEPS = frozenset({"compound", "amod", "det", "poss"})
# Kinds of state names that can be the subject of the complement in the words ("Norway", "Oslo would").
WORDED_KINDS = frozenset({"country", "capital"})
PRESENT = frozenset({"VBZ", "VBP"})


@functools.lru_cache(maxsize=None)
def cue_rows() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """speaker_state.tsv: (kind, lemma, forms) of every row."""
    return tuple((kind, lemma, tuple(split_list(forms))) for kind, lemma, forms, _ in data_rows("speaker_state.tsv"))


@functools.lru_cache(maxsize=None)
def cue_words() -> dict[str, frozenset[str]]:
    """kind ("say", "modal", "consequence") → its lemmas, for the parse."""
    out: dict[str, set[str]] = {}
    for kind, lemma, _ in cue_rows():
        out.setdefault(kind, set()).add(lemma)
    return {kind: frozenset(words) for kind, words in out.items()}


def cue_forms(kind: str) -> str:
    """The word forms of one kind of cue, escaped and joined as a regex alternation."""
    return "|".join(re.escape(f) for k, _, fs in cue_rows() if k == kind for f in fs)


@functools.lru_cache(maxsize=None)
def worded_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The same cues for a sentence with no parse: the words between the speaker and the state (a verb of
    saying, "that", maybe a condition: "warned that, unless the crew was freed, "), and those after the
    state (a modal not followed by a consequence)."""
    forms = {kind: cue_forms(kind) for kind in ("say", "modal", "consequence")}
    stances = cue_forms("stance")
    says = re.compile(rf"\b(?:{forms['say']})\s+(?:that,?\s+)?(?:(?:if|unless|should|once)\b[^;\"“”]*?,\s*)?$")
    step = re.compile(rf"^\s+(?:(?:{forms['modal']})\s+(?!(?:not\s+)?(?:{forms['consequence']})\b)"
                      rf"|(?:(?:does|do)(?:\s+not|n't)?\s+)?(?:{stances})\b)")
    return says, step


def speaker_state(sentence: Sentence, start: int, end: int, states: Sequence[StateRef]) -> str | None:
    """The one state that the speaker at article offsets [start, end) of `sentence` says will act, else
    None; `states`: the states (not bodies) named in the sentence, in text order."""
    if not sentence.parsed:
        return worded_state(sentence, end, states) or quoted_stance(sentence, start, end, states)
    subject = subject_token(sentence, start, end)
    return parsed_state(sentence, subject, {s.start: s.code for s in states}) if subject is not None else None


def subject_token(sentence: Sentence, start: int, end: int) -> int | None:
    """The token of the speaker's phrase (a name, a pronoun, a bare role) that is a clause's subject."""
    tokens = sentence.tokens
    for token in (t for t in tokens if start <= t.start < max(end, start + 1)):
        while token.dep in INNER_DEPS and token.head > token.i:
            token = tokens[token.head]
        if token.dep == "nsubj":
            return token.i
    return None


def parsed_state(sentence: Sentence, subject: int, states: dict[int, str]) -> str | None:
    """The one state (`states`: article offset → code) that is the subject of a future-tense complement
    of the verb of saying whose subject is token `subject`."""
    tokens, words = sentence.tokens, cue_words()
    verb = tokens[subject].head
    # the verbs of saying the subject governs: its own, and those coordinated with it ("told reporters
    # that ... and warned that Tunisia would ...")
    speech = words["say"] | words.get("deny", frozenset())
    verbs = {v.i for v in tokens if (v.i == verb or v.head == verb and v.dep == "conj") and v.lemma.lower() in speech}
    clauses = [c.i for c in tokens if c.head in verbs and c.dep == "ccomp" and c.i != c.head
               and not consequence(sentence, c.i) and (any(
        a.head == c.i and a.dep == "aux" and a.lemma.lower() in words["modal"] for a in tokens) or stance(sentence, c.i)
        or denied(sentence, c.i))]
    subjects = [t.i for t in tokens if t.head in clauses and t.dep == "nsubj"]
    subjects += [t.i for t in tokens if t.head in subjects and t.dep == "conj"]  # "Kenya and Uganda would"
    # the one state among the subjects: a second, coordinated complement about a thing ("warned that Sudan would
    # close the pipeline ... and said the closure would not need a second warning") does not hide it (wire38)
    codes = {states.get(tokens[j].start) for j in subjects} - {None}
    return codes.pop() if len(codes) == 1 else None


def stance(sentence: Sentence, clause: int) -> bool:
    """The complement states its subject's own position, in the present: "Australia does not believe the
    decision is justified", "Norway accepts the ruling" (a stance cue, bare or after "does"/"do")."""
    token, tokens = sentence.tokens[clause], sentence.tokens
    if token.lemma.lower() not in cue_words().get("stance", frozenset()):
        return False
    auxes = [a.text.lower() for a in tokens if a.head == clause and a.dep == "aux"]
    return auxes in (["does"], ["do"]) or not auxes and token.tag in PRESENT


def denied(sentence: Sentence, clause: int) -> bool:
    """The complement is what the speaker denies their state did, in any tense: "Minister X denied that
    Tanzania had signed any agreement" (wire26: the minister named without his state, after a headline naming
    only the talks' venue, was given the venue's state). Officials deny their own state's acts; another state's
    are reported with "said"/"accused". The state must be the active subject (nsubj, not nsubjpass)."""
    return sentence.tokens[sentence.tokens[clause].head].lemma.lower() in cue_words().get("deny", frozenset())


def consequence(sentence: Sentence, clause: int) -> bool:
    """The complement says what a state will suffer: its verb ("would face", "would be held"), or the
    adjective of "would be responsible", is a consequence cue."""
    words = cue_words()["consequence"]
    tokens = sentence.tokens
    return tokens[clause].lemma.lower() in words or any(
        t.head == clause and t.dep == "acomp" and t.lemma.lower() in words for t in tokens)


def worded_state(sentence: Sentence, end: int, states: Sequence[StateRef]) -> str | None:
    """The rule read from the words: the first state named after the speaker (ending at article offset
    `end`), with a verb of saying between them and a modal of the future right after it."""
    first = next((s for s in states if s.start >= end), None)
    if first is None or first.kind not in WORDED_KINDS:
        return None
    says, step = worded_cues()
    text, offset = sentence.text, sentence.start
    after = first.start - offset + len(first.text)
    if says.search(text[end - offset:first.start - offset]) and step.match(text[after:]):
        return first.code
    return None


def quoted_stance(sentence: Sentence, start: int, end: int, states: Sequence[StateRef]) -> str | None:
    """The stance rule read from the words of a quote the speaker closes: '"Australia does not believe the
    decision is justified," Senator X said' (the quote opens with the state and a stance cue; the speaker,
    maybe after a title, comes right after it and before a verb of saying)."""
    first = next((s for s in states if s.start < start), None)
    if first is None or first.kind not in WORDED_KINDS:
        return None
    opening, closing = quote_cues()
    text, offset = sentence.text, sentence.start
    state_end = first.start - offset + len(first.text)
    if opening.fullmatch(text[:first.start - offset]) and closing.fullmatch(text[state_end:start - offset]) \
            and said_after().match(text[end - offset:]):
        return first.code
    return None


@functools.lru_cache(maxsize=None)
def quote_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What may stand before the state (an opening quote) and between it and the speaker (a stance cue, the
    rest of the quote, its closing mark, a title)."""
    stances = cue_forms("stance")
    opening = re.compile(r"\s*[\"“]?\s*")  # the splitter may leave the opening mark on the sentence before
    closing = re.compile(rf"\s+(?:(?:does|do)(?:\s+not|n't)?\s+)?(?:{stances})\b[^\"“”]*[\"”]\s*(?:[A-Z][\w.-]*\s+)*")
    return opening, closing


@functools.lru_cache(maxsize=None)
def said_after() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{cue_forms('say')})\b")


def with_spoken_state(people: list[PersonRef]) -> list[PersonRef]:
    """A person whose state was guessed from the document context at first, or not found at all (named in the
    page's first line, before any state), and whose own words later say which state they speak for, is of that
    state everywhere (wire8: "Trade minister X" named in the lead, "warned that Tunisia would restrict imports"
    further down; realnews: "Trade Minister X has said he may take China's decision to the WTO", then
    "'Australia does not believe the decision is justified,' Senator X said")."""
    spoken = {p.name: p.country for p in people if SPOKEN in p.how}
    return [replace(p, country=code, how=p.how + f"; {code} as its later words say")
            if ("document context" in p.how or p.country is None) and (code := next(
                (c for n, c in spoken.items() if same_name(n, p.name) or same_name(p.name, n)), None)) else p
            for p in people]


def same_name(full: str, name: str) -> bool:
    return bool(name) and (full == name or full.endswith(" " + name))
