"""Answers about one token of one parsed sentence, kept while the coder works on that sentence.

The coder asks the same question of the same token many times: `triggers.match_token` is asked of every token
by `find_hits`, again by nesting, semicolon, voice, implied and the trespass check (131,678 asks for 76,851
distinct tokens on 100 real-text pages, docs/scaling.md session 25), and the object lemmas of a trigger once
per `obj`/`notobj` requirement of every entry its form has. Both are functions of the frozen sentence and the
token alone, so the answer for the sentence now being coded is kept, as `tree.children` keeps its table.
"""
from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

from detente.events.lexicon import fold_spelling
from detente.records import Sentence, Token

T = TypeVar("T")


def per_token(fn: Callable[[Sentence, Token], T]) -> Callable[[Sentence, Token], T]:
    """`fn(sentence, token)`, computed once per token of the last sentence asked about. Holding the sentence
    itself (not its id) means a new sentence can never hit the table; a token that is not the sentence's own
    object at its index (a copy made with `replace`) is answered afresh and not kept."""
    last: list = [None, {}]

    @functools.wraps(fn)
    def kept(sentence: Sentence, token: Token) -> T:
        if last[0] is not sentence:
            last[0], last[1] = sentence, {}
        table = last[1]
        i = token.i
        if i in table:
            held, answer = table[i]
            if held is token:
                return answer
        answer = fn(sentence, token)
        if 0 <= i < len(sentence.tokens) and sentence.tokens[i] is token:
            table[i] = (token, answer)
        return answer

    kept.uncached = fn  # type: ignore[attr-defined]
    return kept


def per_sentence(fn: Callable[[Sentence], T]) -> Callable[[Sentence], T]:
    """`fn(sentence)`, computed once for the last sentence asked about. The coder asks some questions of the
    whole sentence once per event, not once per sentence (the "according to" phrase, the hedge and the context
    word: 2.2, 1.4 and 1.6 asks per sentence asked about on 120 real-text pages, docs/scaling.md session 35);
    the answer depends on the frozen sentence alone. Holding the sentence itself, not its id, means a new
    sentence can never hit it. Only for answers nobody changes (a token, a string, a tuple)."""
    last: list = [None, None]

    @functools.wraps(fn)
    def kept(sentence: Sentence) -> T:
        if last[0] is not sentence:
            last[0], last[1] = sentence, fn(sentence)
        return last[1]

    kept.uncached = fn  # type: ignore[attr-defined]
    return kept


@per_sentence
def lemma_words(sentence: Sentence) -> frozenset[str]:
    """The sentence's lemmas in lower case: a rule that looks for a cue lemma among some of the tokens can stop at
    once when no token of the sentence has one (`not lemma_words(sentence) & words` is `isdisjoint`)."""
    return frozenset(t.lemma.lower() for t in sentence.tokens)


@per_sentence
def folded_lemma_words(sentence: Sentence) -> frozenset[str]:
    """The sentence's lemmas with their spelling folded (lexicon.fold_spelling), for the same early stop."""
    return frozenset(fold_spelling(t.lemma) for t in sentence.tokens)


@per_sentence
def text_words(sentence: Sentence) -> frozenset[str]:
    """The sentence's words as written, in lower case, for the same early stop."""
    return frozenset(t.text.lower() for t in sentence.tokens)
