"""The model's rule lemmatizer, remembered: each (word, POS, morphology) is lemmatized once.

spaCy's English lemmatizer works a token out from its text, coarse POS and morphology alone, and it
keeps a cache of its own, but only of the words its suffix rules handle: a singular noun, a base verb
or a positive adjective (`is_base_form`, which unpacks the morphology into a dict) and a word of a
POS without rules are worked out anew every time. Those are most tokens of news text, and on the
throughput corpus the lemmatizer was about 0.5 CPU s of 3,300 parsed sentences (docs/scaling.md).

This component asks the model's own lemmatizer once per (orth, POS, morphology) and reads and writes
the three values through whole-document arrays, so a repeated word costs one dictionary look-up.
What it gives is exactly what the model's lemmatizer gives: a lemma set before it (by the attribute
table) is left alone, as `overwrite = False` does; tests/nlp/test_nlp_attributes.py compares every
token's lemma with the stock pipeline.
"""
from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.tokens import Doc

FACTORY = "detente_lemma_cache"
NAME = "lemmatizer"


class LemmaCache:
    """Pipeline component: the wrapped lemmatizer's first lemma per (orth, POS, morphology key)."""

    MAX_ENTRIES = 200_000  # bounds a long-running worker's memory, as the attribute table's cache

    def __init__(self, nlp: Language):
        self.strings = nlp.vocab.strings
        self.inner = None  # the model's lemmatizer, set by use_lemma_cache
        self.cache: dict[tuple[int, int, int], int] = {}

    # The wrapped lemmatizer's tables and settings, for callers that read the model's lemmatizer (the
    # prefilter's tests of its tables). Not a general __getattr__: spaCy would then find the inner
    # component's `pipe` and call it, bypassing the cache.
    lookups = property(lambda self: self.inner.lookups)
    mode = property(lambda self: self.inner.mode)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        overwrite, get = self.inner.overwrite, self.cache.get
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma == 0 or overwrite:
                key = (orth, pos, morph)
                lemma = get(key)
                if lemma is None:
                    lemma = self._lemma(key, doc, i)
            lemmas.append(lemma)
        # a Python list made into the array at once: setting numpy elements one by one cost as much as
        # the look-ups (session 8)
        doc.from_array([LEMMA], numpy.array(lemmas, dtype=rows.dtype).reshape(-1, 1))
        return doc

    def _lemma(self, key: tuple[int, int, int], doc: Doc, i: int) -> int:
        """The model lemmatizer's first lemma of token i, remembered under `key`."""
        if len(self.cache) >= self.MAX_ENTRIES:
            self.cache.clear()
        found = self.cache[key] = self.strings.add(self.inner.lemmatize(doc[i])[0])
        return found


@Language.factory(FACTORY)
def make_lemma_cache(nlp: Language, name: str) -> LemmaCache:
    return LemmaCache(nlp)


def use_lemma_cache(nlp: Language) -> Language:
    """Put the cache in front of the model's rule lemmatizer (in place, same name); returns nlp."""
    if NAME in nlp.pipe_names and not isinstance(nlp.get_pipe(NAME), LemmaCache):
        inner = nlp.get_pipe(NAME)
        if getattr(inner, "mode", None) != "rule":
            return nlp  # a lookup lemmatizer reads the text alone and needs no cache
        nlp.replace_pipe(NAME, FACTORY)
        nlp.get_pipe(NAME).inner = inner
    return nlp
