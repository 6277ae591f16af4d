"""A headline "X to Y: <demand>" parsed again as "X urges Y: <demand>" ("X warns Y:" for an ultimatum).

Why: headlines write a state's demand to another as "Baku to Paris: stop arming Armenia" or "Ecuador to
Colombia: 'End the tariff war or face the consequences'": the speaker, "to", the one addressed, a colon and
the words said. en_core_web_sm reads the line as a noun phrase and a fragment, so no act was coded (3 core
misses on sent-dev18, one each on sent-dev16 and sent-dev17; docs/quality.md, session 31, colonheads28).
The same lines written with "urges" in the slot of "to" were coded REQUEST X -> Y. So a line without a
closing full stop that opens with a name, "to", a second name and a colon, with a plain verb opening the
words after the colon (an imperative, a quote mark allowed before it; or a word with a particle, "hands
off"), is parsed again with "urges" for "to"; the parse is kept only when that slot is then the root verb
with the second name as its object.
Every token keeps its place, text and offset in the page (the "to" token carries the verb's arcs and lemma;
the trigger lexicon reads it as "urges": `said_word`, events/triggers.match_token). The prefilter lets the
shape through (`may_address`): no word of "Baku to Paris: stop arming Armenia" is a trigger form.

Not read: "Minister to visit Kyiv" (no colon: a planned trip), "Modi to Washington: what to expect" (no
plain verb after the colon: travel), a dateline colon "Ulaanbaatar: Beijing reopens ..." (no "to").
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from detente.nlp.headline_verbs import closed, name_end
from detente.nlp.reparse import mend_by_reparse
from detente.records import Sentence, Token

SAID_VERB = "urges"
QUOTES = frozenset({'"', "'", "“", "‘", "«"})
IMPERATIVE_TAG = "VB"
SAID_LEMMA = "urge"
# "Stop the raids or the treaty is at stake", "End the tariff war or face the consequences": a demand with "or"
# and what follows if it is not met is an ultimatum, a warning: parsed with "warns" first (gold THREATEN on
# sent-dev16 0224, sent-dev17 0149), with "urges" when that parse is not kept.
WARNED_VERB, WARNED_LEMMA = "warns", "warn"
ULTIMATUM = re.compile(r":.*\bor\b")
# The shape on the raw text, for the prefilter (events/prefilter.py), which runs before any parse: one to three
# capitalised words, "to", one to three more, a colon, then a word (a quote mark allowed before it).
ADDRESSED_LINE = re.compile(r"^\s*(?:[A-Z][\w'.-]*\s+){1,3}to\s+(?:[A-Z][\w'.-]*\s*){1,3}:\s*[\"'“‘«]?[A-Za-z]")


def may_address(text: str) -> bool:
    """The text could be a headline "X to Y: <demand>" (the parse decides: `addressed_slot`, `mended_address`)."""
    return ADDRESSED_LINE.match(text) is not None


def said_word(token: Token) -> str:
    """The word the trigger lexicon reads for a token: "urges" for the "to" this module re-parsed as that verb,
    else the token's own text, lower case."""
    word = token.text.lower()
    if word != "to":
        return word
    return {SAID_LEMMA: SAID_VERB, WARNED_LEMMA: WARNED_VERB}.get(token.lemma, word)


def addressed_slot(sentence: Sentence, read: str) -> int | None:
    """The index of "to" in a headline "X to Y: <imperative ...>", or None (see the module docstring).
    `read`: the text the parser read (nlp/headline_case.py may have re-cased it)."""
    tokens = sentence.tokens
    if not tokens or closed(sentence.text):
        return None
    words = [read[t.start - sentence.start:t.start - sentence.start + len(t.text)] for t in tokens]
    k = name_end(tokens, words, 0)
    if k == 0 or k >= len(tokens) or words[k] != "to":
        return None
    j = name_end(tokens, words, k + 1)
    if j == k + 1 or j + 1 >= len(tokens) or tokens[j].text != ":":
        return None
    return k


def said_texts(sentence: Sentence, k: int, text: str) -> list[str]:
    """`text` (the sentence as the parser read it) with "urges" for "to" at token k; first with "warns" when the
    words after the colon hold an "or" (an ultimatum)."""
    at = sentence.tokens[k].start - sentence.start
    verbs = [WARNED_VERB, SAID_VERB] if ULTIMATUM.search(text[at:]) else [SAID_VERB]
    return [text[:at] + verb + text[at + 2:] for verb in verbs]


def mended_address(sentence: Sentence, doc, k: int) -> Sentence | None:
    """The sentence with the arcs of `doc` when "urges" at k is the root verb, a token of the second name its
    object, and the first word after the colon (past a quote mark) a plain verb; else None."""
    if len(doc) != len(sentence.tokens) or doc[k].dep_ != "ROOT" or not doc[k].tag_.startswith("VB"):
        return None
    colon = next(t.i for t in doc[k + 1:] if t.text == ":")
    said = next((t for t in doc[colon + 1:] if t.text not in QUOTES), None)
    if said is None or not (said.tag_ == IMPERATIVE_TAG or any(c.dep_ == "prt" for c in said.children)) \
            or not any(t.dep_ == "dobj" and t.head.i == k for t in doc[k + 1:colon]):
        return None
    tokens = tuple(Token(t.i, old.text, t.lemma_, t.pos_, t.tag_, t.dep_, t.head.i, old.ent, old.ent_iob,
                         old.start) for t, old in zip(doc, sentence.tokens))
    return replace(sentence, tokens=tokens)


def mend_addresses(sentences: dict[int, Sentence], nlp, readable: Callable[[str], str]) -> dict[int, Sentence]:
    """The parsed sentences, each headline "X to Y: <imperative>" parsed again with "warns" or "urges" (one batch).
    `readable`: the text the parser read for a sentence's text."""
    return mend_by_reparse(sentences, nlp, readable, addressed_slot,
                           lambda s, k, text: [(said, None) for said in said_texts(s, k, text)],
                           lambda s, doc, variant: mended_address(s, doc, variant.slot))
