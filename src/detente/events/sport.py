"""A game between national sides is no act between states: "Brazil beat Argentina 2-0", "India and Pakistan
will meet in the cricket final", "South Korea will host North Korea's women's football team in a qualifier"
(precision6's blind sentences, eval/sent-fp: three such false positives; triggers.tsv's `not:` lists of
"beat" and "clash" see only two levels and no score). A trigger with a word of sport (cues.tsv `sport`) among
its dependents, three levels down within its own clause, or a score as its object, is not coded.
"""
from __future__ import annotations

import re

from detente.events.lexicon import cue_words
from detente.events.token_memo import lemma_words, text_words
from detente.events.triggers import children
from detente.records import Sentence, Token

DEPTH = 3
OTHER_CLAUSES = frozenset({"ccomp", "advcl", "relcl", "conj", "parataxis", "xcomp", "acl"})
NUMBER = re.compile(r"^\d{1,2}$")
DASHES = frozenset({"-", "–", "—"})
NOUN_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass"})


def sporting(sentence: Sentence, i: int) -> bool:
    """Whether the trigger at i tells of a game (a sport word among its dependents, or a score)."""
    words = cue_words("sport")
    if lemma_words(sentence).isdisjoint(words) and text_words(sentence).isdisjoint(words):
        return any(_score(sentence, c) for c in children(sentence, i))  # no sport word at all (events/token_memo.py)
    frontier, depth = [sentence.tokens[i]], 0
    while frontier and depth < DEPTH:
        frontier = [c for t in frontier for c in children(sentence, t.i) if c.dep not in OTHER_CLAUSES]
        if any(_sport_word(t, words) for t in frontier):
            return True
        depth += 1
    return any(_score(sentence, c) for c in children(sentence, i))


def _sport_word(token: Token, words: dict[str, str]) -> bool:
    word = next((w for w in (token.text.lower(), token.lemma.lower()) if w in words), None)
    # the tagger reads "in the final" as an adjective standing alone; its place in the parse says noun
    return word is not None and (words[word] != "noun" or token.pos in ("NOUN", "PROPN") or token.dep in NOUN_DEPS)


def _score(sentence: Sentence, token: Token) -> bool:
    """A score hung on the verb: "beat Argentina 2-0" ('2', '-', '0'); the parser may hang its last number
    there and the first on the beaten side ("beat Cameroon 2-0 in the round of 16", sent-dev8: ASSAULT)."""
    tokens, j = sentence.tokens, token.i
    if NUMBER.match(token.text) is None:
        return False
    after = j + 2 < len(tokens) and tokens[j + 1].text in DASHES and NUMBER.match(tokens[j + 2].text) is not None
    return after or (j >= 2 and tokens[j - 1].text in DASHES and NUMBER.match(tokens[j - 2].text) is not None)
