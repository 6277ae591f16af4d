"""A trigger word inside a body's own name is no act.

"The EU Border Assistance Mission to Moldova and Ukraine said it was aware ..." gave AID EUR→MDA and EUR→UKR
(talks21, wire25: "Assistance" matched the aid noun and the name's "to" phrase its target); "the UN Support
Mission", "the Gulf Cooperation Council", "the Collective Security Treaty Organization", "the Rapid Support
Forces" hold SUPPORT, COOPERATE and AGREE words the same way. Such a word is capitalised in running text and
sits in one run of capitalised words with the noun that ends the name (cues.tsv `bodyhead`: Mission, Council,
Organisation, Forces, ...), before it ("Assistance Mission") or after it with 'for' or 'of' between ("the
Organisation for Security and Co-operation in Europe"). A headline in title case capitalises every word, so
there the run tells nothing and the word keeps its reading.
"""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.nlp.headline_case import MINOR_WORDS
from detente.records import Sentence, Token

# Lower-case words a body's name may hold between its capitalised words ("Peace and Security Council"); "the"
# only after 'of' or 'for' before the word ("Organisation for the Prohibition of ..."): "the Police Force and the
# Royal Navy", "Liv Hammerstad of the Foreign Ministry" join two names, or a person to a body (wire16, wire20).
JOINERS = frozenset({"and", "of", "for", "on", "&"})
LINKS = frozenset({"of", "for"})  # what ties a trigger word to a body noun before it ("Organisation for Security")
TITLE_CASE_LOWER = 2  # fewer lower-case words than this, beside title case's minor ones, is a headline in title case


def inside_body_name(sentence: Sentence, token: Token) -> bool:
    """The capitalised trigger word is part of a body's name in running text."""
    if not _capitalised(token) or token.i == 0 and not _capitalised_after(sentence, token) or _title_case(sentence):
        return False
    return _head_after(sentence, token.i) or _head_before(sentence, token.i)


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def _capitalised_after(sentence: Sentence, token: Token) -> bool:
    """A sentence's first word is capitalised anyway: it counts only with a capitalised word after it."""
    return token.i + 1 < len(sentence.tokens) and _capitalised(sentence.tokens[token.i + 1])


def _is_head(token: Token) -> bool:
    heads = cue_words("bodyhead")
    return _capitalised(token) and (token.text.lower() in heads or token.lemma.lower() in heads)


def _run(sentence: Sentence, i: int, step: int) -> list[Token]:
    """The tokens after (step 1) or before (step -1) token i in its run of capitalised words and joiners."""
    run, j, tokens = [], i + step, sentence.tokens
    while 0 <= j < len(tokens) and (_capitalised(tokens[j]) or tokens[j].text.lower() in JOINERS
                                    or tokens[j].text in ("-", "'s", "’s") or step < 0 and _linked_the(tokens, j)):
        run.append(tokens[j])
        j += step
    return run


def _linked_the(tokens: tuple[Token, ...], j: int) -> bool:
    return tokens[j].text.lower() == "the" and j > 0 and tokens[j - 1].text.lower() in LINKS


def _head_after(sentence: Sentence, i: int) -> bool:
    return any(_is_head(t) for t in _run(sentence, i, 1))


def _head_before(sentence: Sentence, i: int) -> bool:
    """A body noun before the word, tied to it by 'for' or 'of': "Organisation for Security and Co-operation"."""
    run = _run(sentence, i, -1)
    for k, t in enumerate(run):
        if _is_head(t):
            return any(s.text.lower() in LINKS for s in run[:k])
    return False


def _title_case(sentence: Sentence) -> bool:
    """"Kenya Pledges Support To Uganda Army": hardly a lower-case word but the minor ones title case leaves."""
    words = [t.text for t in sentence.tokens if t.text.isalpha() and t.text.lower() not in MINOR_WORDS]
    lower = sum(w.islower() for w in words)
    return len(words) - lower >= 3 and lower < TITLE_CASE_LOWER
