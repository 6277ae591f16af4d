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
