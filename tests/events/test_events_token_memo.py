"""The per-token memo of events/token_memo.py: one computation per token of the sentence being coded, never an
answer for another sentence or for a token copy, and the memoised trigger questions answer as the plain ones."""
from __future__ import annotations

from dataclasses import replace

from detente.events import token_memo, triggers
from detente.records import Sentence, Token


def _sentence(text: str = "Kenya sent food aid to Uganda") -> Sentence:
    words = text.split()
    starts, at = [], 0
    for w in words:
        at = text.index(w, at)
        starts.append(at)
        at += len(w)
    lemmas = {"sent": "send"}
    heads = [1, 1, 3, 1, 1, 4]
    deps = ["nsubj", "ROOT", "compound", "dobj", "prep", "pobj"]
    tags = [("PROPN", "NNP"), ("VERB", "VBD"), ("NOUN", "NN"), ("NOUN", "NN"), ("ADP", "IN"), ("PROPN", "NNP")]
    tokens = tuple(Token(i, w, lemmas.get(w, w.lower()), tags[i][0], tags[i][1], deps[i], heads[i],
                         "GPE" if tags[i][0] == "PROPN" else "", "B" if tags[i][0] == "PROPN" else "O", starts[i])
                   for i, w in enumerate(words))
    return Sentence("d", 0, 0, "body", 0, len(text), text, tokens)


def _counting():
    calls: list[tuple[int, int]] = []

    @token_memo.per_token
    def ask(sentence: Sentence, token: Token) -> tuple[str, int]:
        calls.append((id(sentence), token.i))
        return token.text, len(calls)

    return ask, calls


def test_one_computation_per_token_of_the_sentence():
    ask, calls = _counting()
    sentence = _sentence()
    first = [ask(sentence, t) for t in sentence.tokens]
    again = [ask(sentence, t) for t in sentence.tokens]
    assert first == again and len(calls) == len(sentence.tokens)


def test_an_equal_new_sentence_is_computed_afresh():
    ask, calls = _counting()
    one, other = _sentence(), _sentence()
    assert one == other and one is not other
    ask(one, one.tokens[1])
    ask(other, other.tokens[1])
    assert len(calls) == 2


def test_a_token_copy_is_answered_afresh_and_not_kept():
    ask, calls = _counting()
    sentence = _sentence()
    kept = ask(sentence, sentence.tokens[1])
    copy = replace(sentence.tokens[1], text="shipped")
    assert ask(sentence, copy) == ("shipped", 2)
    assert ask(sentence, copy) == ("shipped", 3)  # a copy is never served from the table
    assert ask(sentence, sentence.tokens[1]) == kept and len(calls) == 3


def test_going_back_to_an_earlier_sentence_recomputes():
    ask, calls = _counting()
    one, other = _sentence(), _sentence("Chad sent food aid to Niger")
    ask(one, one.tokens[0])
    ask(other, other.tokens[0])
    assert ask(one, one.tokens[0]) == ("Kenya", 3)


def test_match_token_and_object_lemmas_are_kept_and_answer_as_the_plain_functions():
    sentence = _sentence()
    for token in sentence.tokens:
        assert triggers.match_token(sentence, token) == triggers.match_token.uncached(sentence, token)
        assert triggers.object_lemmas(sentence, token) == triggers.object_lemmas.uncached(sentence, token)
    sent = sentence.tokens[1]
    assert triggers.match_token(sentence, sent) is not None and triggers.match_token(sentence, sent).event_type == "AID"
    assert {"food", "aid"} <= triggers.object_lemmas(sentence, sent)
    assert isinstance(triggers.object_lemmas(sentence, sent), frozenset)  # shared between asks: not to be changed
