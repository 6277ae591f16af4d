"""A headline's two names joined by a comma, parsed again with "and" in the comma's place.

Why: headlines write "X and Y" as "X, Y" ("India, Bangladesh seal land swap accord", "Kenya, Tanzania ink deal
to end trade spat", "Mali, Niger sever ties with Ukraine"), and en_core_web_sm does not read the comma as a
conjunction: the first name becomes an adverbial modifier (npadvmod), a compound or an apposition of the
second, so one of the two parties was lost and a joint act was coded as one state's with no target. Counted on
the sentence sets (headline-like items whose core event was missed): 18 such headlines (21 core events) in
sent-dev3, 5, 6, 8, 11, 12, 13, 14 and 15, where the same lines written with "and" were coded with both parties. So a line without
a closing full stop that opens with a name, a comma, a second name and then a lower-case word is parsed again
with " and" for the comma; the parse is kept only when the comma's slot is then a conjunction and the second
name a conjunct of the first. Every token keeps its place, text and offset in the page (the comma token carries
the conjunction's arcs).

Not read: a lower-case word after the second name that the parser tags as a third-person verb ("Nairobi, Kenya
announces ...": a place and its state, one subject), and lists that already hold "and".
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from detente.nlp.headline_verbs import ARTICLE, JOINERS, NO_ARTICLE_BEFORE, VERB_TAGS, closed, name_end
from detente.nlp.reparse import mend_by_reparse
from detente.records import Sentence, Token

JOIN = " and"
SINGULAR_VERB = "VBZ"


def pair_slot(sentence: Sentence, read: str) -> int | None:
    """The index of the comma between a headline's two opening names, or None (see the module docstring).
    `read`: the text the parser read (nlp/headline_case.py may have re-cased it)."""
    tokens = sentence.tokens
    if not tokens or closed(sentence.text):
        return None
    words = [read[t.start - sentence.start:t.start - sentence.start + len(t.text)] for t in tokens]
    k = name_end(tokens, words, 0)
    if k == 0 or k >= len(tokens) or tokens[k].text != ",":
        return None
    j = name_end(tokens, words, k + 1)
    if j == k + 1 or j >= len(tokens):
        return None
    after = tokens[j]
    if not (after.text.isalpha() and words[j].islower()) or after.tag == SINGULAR_VERB or after.text in JOINERS:
        return None
    return k


def joined_texts(sentence: Sentence, k: int, text: str) -> list[tuple[str, int | None]]:
    """`text` (the sentence as the parser read it) with " and" for the comma at token k, alone and with an article
    before the word after the verb's slot (nlp/headline_verbs.py: "and" makes the parser read "seal" in "India and
    Bangladesh seal land swap accord" as a noun, as a dropped article does); each with the article's token index."""
    at = sentence.tokens[k].start - sentence.start
    joined = text[:at] + JOIN + text[at + 1:]
    out: list[tuple[str, int | None]] = [(joined, None)]
    j = name_end(sentence.tokens, [t.text for t in sentence.tokens], k + 1)
    if j + 1 < len(sentence.tokens) and sentence.tokens[j + 1].text[:1].isalpha() \
            and sentence.tokens[j + 1].tag not in NO_ARTICLE_BEFORE:
        cut = sentence.tokens[j + 1].start - sentence.start + len(JOIN) - 1
        out.append((joined[:cut] + ARTICLE + joined[cut:], j + 1))
    return out


def mended_pair(sentence: Sentence, doc, k: int, article: int | None) -> Sentence | None:
    """The sentence with the arcs of `doc` (its text with "and" for the comma at k, and an article at token index
    `article` when not None) when the comma's slot is now a conjunction, a token of the second name a conjunct of
    the first and a verb heads the clause after them; else None."""
    keep = [t for t in doc if t.i != article]
    if len(keep) != len(sentence.tokens) or doc[k].dep_ != "cc":
        return None
    if not any(t.dep_ == "conj" and t.head.i < k for t in doc[k + 1:]) \
            or not any(t.dep_ == "ROOT" and t.tag_ in VERB_TAGS and t.i > k for t in keep):
        return None
    index = {t.i: n for n, t in enumerate(keep)}
    head = lambda t: index[t.head.i] if t.head.i != article else index[t.head.head.i]  # noqa: E731
    tokens = tuple(Token(index[t.i], old.text, t.lemma_, t.pos_, t.tag_, t.dep_, head(t), old.ent, old.ent_iob,
                         old.start) for t, old in zip(keep, sentence.tokens))
    return replace(sentence, tokens=tokens)


def mend_pairs(sentences: dict[int, Sentence], nlp, readable: Callable[[str], str]) -> dict[int, Sentence]:
    """The parsed sentences, each headline opening "X, Y <verb>" parsed again with "and" (in one batch).
    `readable`: the text the parser read for a sentence's text."""
    return mend_by_reparse(sentences, nlp, readable, pair_slot, joined_texts,
                           lambda s, doc, variant: mended_pair(s, doc, variant.slot, variant.added))
