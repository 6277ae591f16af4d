"""Cheap lexical test run before parsing: could the coder find a trigger in this sentence?

Recall-safe by construction. The coder accepts a trigger token only when its text is a whole
letter run of the sentence (triggers.whole_word) and one of its entry's `lexicon.entry_forms`,
and only when one of the entry's requirements holds in the parse (triggers.meets).
This test looks for exactly those letter runs, and for an entry with requirements it asks only
whether the words a requirement needs could be in the sentence at all:

    obj / mod / prt / prep / word / pred / from / subj / prepname / objto
                             a word that spaCy could lemmatise to one of the listed lemmas
                             (`could_be_lemma`), since the parse compares lemmas (or the text); for
                             prepname and objto the listed words are the preposition's ("stands behind")
    unhesitating             the word "hesitate" ("would not hesitate to respond"; events/hesitation.py)
    refused                  a negation or a contracted modal ("will not pay the fine"; events/refusals.py)
    inf / thatclause         the word "to" ("undertook to reduce") or "that" ("charges that ..."), which
                             the parse reads as a token's text; tried as a lemma, so that a form the
                             tokenizer splits off a longer word ("thats" -> "that", "s") still passes
    must                     the word "must" or "should"
    venue                    a word that spaCy could lemmatise to the last word of a cues.tsv `tribunal` cue:
                             triggers.is_venue matches that word against a token's lemma ("brought the case
                             to the WTO", "referred it to the Court of Justice")
    comp                     a second trigger word: the frame codes only through a trigger nested in
                             its complement ("declined to sign"), dropped by nesting.group_hits otherwise
    deadline                 a unit of time, and a second trigger word or a capitalised word after the first
    ctl, not (and any new kind)   assumed possible ('not' only ever vetoes a reading)

Why it matters: words like "closed", "open", "give", "declined", "share" and "cut" are trigger
forms only with a particular object or complement ("closed the border", "declined to attend"), and
in news they mostly mean something else ("markets closed higher", "share prices", "declined to
comment"). Letting them through unconditionally sent a quarter of the non-event sentences of the
synthetic throughput corpus to the parser.
"""
from __future__ import annotations

import functools
import re

from detente.nlp.addressed_headlines import may_address
from detente.events.lexicon import (Requirement, all_trigger_forms, cue_words, entry_forms, fold_spelling,
                                    irregular_forms, load_triggers, variant_spellings)

WORD = re.compile(r"[^\W\d_]+")
# What spaCy's English lemmatizer rules put at the end of a lemma after cutting a suffix off the
# word ("supplies" → "supply", "knives" → "knife", "policemen" → "policeman", "boxes" → "box"):
# the word starts with the lemma minus one of these endings.
LEMMA_ENDINGS = ("man", "ch", "sh", "e", "f", "s", "x", "y", "z")
LEXICAL_KINDS = frozenset({"obj", "mod", "prt", "prep", "word", "pred", "from", "subj", "ing", "trespass",
                           "prepname", "objto", "listed", "intj"})
# Kinds that hold only with one given word among the tokens (triggers._holds: an 'inf' is a to-infinitive,
# a 'thatclause' opens with "that"); they were assumed possible, and on the 300 real-text pages of the
# session-21 count "undertaken", "charges", "claims" went to the parser without them (docs/scaling.md).
FUNCTION_WORD_KINDS = {"inf": frozenset({"to"}), "thatclause": frozenset({"that"}), "unhesitating": frozenset({"hesitate"}),
                       "orface": frozenset({"face", "risk"}),  # "... or face sanctions" (events/ultimatums.py)
                       # a negation under a modal (events/refusals.py): "not", "never", or the modal of a
                       # contraction as the word pattern splits it ("won't" -> "won", "t"; "can't", "cannot")
                       "refused": frozenset({"not", "never", "won", "wouldn", "can", "couldn", "shan"})}


def mentions_trigger(text: str) -> bool:
    """Some trigger form is present whose entry could be satisfied by the words of this sentence."""
    if may_address(text):  # "Baku to Paris: stop arming Armenia": no trigger form (nlp/addressed_headlines.py)
        return True
    words = WORD.findall(text.lower())
    # an open compound is read as its one-word spelling (triggers._closed_compounds: "air space" is
    # "airspace"); without the joined pair here, "Turkey said the jet entered its air space" was never parsed
    present = set(words) | {a + b for a, b in zip(words, words[1:])}
    forms = present & all_trigger_forms()
    if forms & unconditional_forms():
        return True
    table = requirements_of_form()
    named = any(w[:1].isupper() for w in WORD.findall(text)[1:])  # a name after the first word
    return any(_possible(req, present, words, named) and all(_possible(a, present, words, named) for a in req.also)
               for form in forms for req in table[form])


@functools.lru_cache(maxsize=1)
def requirements_of_form() -> dict[str, tuple[Requirement, ...]]:
    """Trigger form → every requirement alternative of every entry that form can match."""
    table: dict[str, list[Requirement]] = {}
    for entry in load_triggers():
        for form in entry_forms(entry):
            table.setdefault(form, []).extend(entry.requires)
    return {form: tuple(reqs) for form, reqs in table.items()}


@functools.lru_cache(maxsize=1)
def unconditional_forms() -> frozenset[str]:
    """Forms of at least one entry without requirements: they may code whatever else the sentence says."""
    return frozenset(f for entry in load_triggers() if not entry.requires for f in entry_forms(entry))


def _possible(req: Requirement, present: set[str], words: list[str], named: bool = True) -> bool:
    if req.kind in LEXICAL_KINDS or req.kind in FUNCTION_WORD_KINDS:
        pattern = lemma_set_pattern(FUNCTION_WORD_KINDS.get(req.kind, req.words))
        return any(pattern.match(w) for w in present)
    if req.kind == "must":
        return "must" in present or "should" in present  # demands.told_should
    if req.kind == "comp":
        return sum(1 for w in words if w in all_trigger_forms()) >= 2
    if req.kind == "venue":  # "bring", "raise", "refer", "seek", "appeal" code only with a court as the venue
        pattern = lemma_set_pattern(venue_lemmas())
        return any(pattern.match(w) for w in present)
    if req.kind == "offered":  # a bare refusal answers a verb of offering beside it (events/declined_offer.py)
        pattern = lemma_set_pattern(frozenset(cue_words("offering")))
        return any(pattern.match(w) for w in present)
    if req.kind == "deadline":  # a unit of time, and the act due in it is a second trigger word or the party
        # given it is a name ("would give Paramaribo seven days"; deadlines.state_given_time)
        return _possible(Requirement("word", req.words), present, words) and (
            named or _possible(Requirement("comp", frozenset()), present, words))
    return True


@functools.lru_cache(maxsize=1)
def venue_lemmas() -> frozenset[str]:
    """The lemma a court's head token must fold to: the last word of each tribunal cue (its own head,
    or the pobj of "court of justice"). Before this the venue kind was assumed possible: on the 200-page
    real-text corpus 52 parsed sentences passed only on a venue trigger ("brings", "asked", "raise") and
    none yielded an event."""
    return frozenset(fold_spelling(cue.split()[-1]) for cue in cue_words("tribunal"))


def could_be_lemma(word: str, lemma: str) -> bool:
    """Whether spaCy could give `word` (lower case) the lemma `lemma`, or the word is the lemma itself."""
    return bool(_word_pattern(lemma).match(word))


@functools.lru_cache(maxsize=None)
def lemma_set_pattern(lemmas: frozenset[str]) -> re.Pattern[str]:
    """Words that `could_be_lemma` of one of these lemmas: one alternation for the set, so that each word
    of a sentence is tried once and not once per lemma (the prefilter's main cost: 0.31 → 0.13 CPU s on
    the 3,659 sentences of the 200-document real-text corpus, session 11)."""
    if not lemmas:
        return re.compile("(?!)")  # matches nothing, as an empty `any` over the lemmas did
    return re.compile("|".join(f"(?:{_word_pattern(lemma).pattern})" for lemma in sorted(lemmas)))


@functools.lru_cache(maxsize=None)
def _word_pattern(lemma: str) -> re.Pattern[str]:
    """Words starting with a stem of the lemma (or of its British spelling), or an irregular form."""
    stems = {_stem(v) for v in variant_spellings(lemma)}
    irregular = set(irregular_forms().get(lemma, ()))
    alternatives = [re.escape(s) for s in sorted(stems)] + [re.escape(f) + "$" for f in sorted(irregular)]
    return re.compile("|".join(alternatives))


def _stem(lemma: str) -> str:
    for ending in LEMMA_ENDINGS:
        if lemma.endswith(ending) and len(lemma) > len(ending):
            return lemma[: -len(ending)]
    return lemma
