"""Headlines in title case or capitals, re-cased before the parse.

Why: en_core_web_sm reads a title-case or all-capitals headline as one long proper name. Every word is
NNP, the verb included, so "Turkey Shoots Down Russian Jet Fighter" and "Colombia and Venezuela Reopen
Shared Border with Symbolic Crossing" (realnews s25, s26) had no verb and no event, and "DAMASCUS REJECTS
BEIRUT NOTE, LINKS ROAD TO ..." (wire20) read REJECTS as a name. The same words in sentence case parse as
a clause. So such a line is handed to the parser in sentence case: a word stays capitalised when it opens
the line, is a name the gazetteers know (states, capitals, bodies), is an acronym, or is no common English
word (a person's or place's name the dictionary lacks); every other word is lower-cased.

Only the parser sees the re-cased copy: each word keeps its length, so every offset is the same, and the
tokens carry the original text (nlp/sentences.py), so evidence spans and names read the page as written.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

WORD = re.compile(r"[^\W\d_][\w'’.-]*")
# Words a title-case headline may leave in lower case ("with", "and", "of"): they do not count against
# title case, and a line of nothing but them is no headline.
MINOR_WORDS = frozenset("""a an and as at but by for from in into of off on onto or over per than the to
under up upon via vs with""".split())
# Function words: lower case wherever they stand in a re-cased line (the dictionary below has only nouns,
# verbs, adjectives and adverbs, and "Egypt To Host Gaza Talks" parsed "To" as a name's part).
FUNCTION_WORDS = MINOR_WORDS | frozenset("""about above across after against ahead along amid amidst among
around away back before behind below beneath beside besides between beyond despite down during except
inside near nor not no outside past since so then through throughout till toward towards until unless
while within without yet its his her their our my your this that these those who whom whose which what
when where why how is are was were be been being has have had will would shall should can could may
might must do does did it he she they we i you them him us says said""".split())
# A title-case or capitals line needs this many capitalised words other than the minor ones: "Press Release"
# or "LIVE: Tension" are too short to be read as a clause either way.
MIN_HEADLINE_WORDS = 3
# In a capitals line a name stays in capitals when it is this short ("US", "UAE", "DRC") or names a body
# ("NATO", "SADC", "OSCE"); a state, capital or people's name of more letters is capitalised ("OSLO" -> "Oslo").
ACRONYM_LETTERS = 3
BODY_LABEL = "ORG"
# The plain endings a dictionary word takes in a headline ("shoots", "seizes", "vetoes", "detained").
ENDINGS = (("men", "man"), ("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))


def shouted(text: str) -> str | None:
    """"title" when every word of the line but the minor ones is capitalised, "capitals" when its
    words are all in capitals, else None (a sentence-case line needs no re-casing)."""
    words = WORD.findall(text)
    major = [w for w in words if w.lower() not in MINOR_WORDS]
    if len(major) < MIN_HEADLINE_WORDS:
        return None
    if all(w.isupper() for w in words if len(w) > 1):
        return "capitals"
    return "title" if all(w[0].isupper() for w in major) else None


def recased(text: str, names: Sequence[tuple[int, int, str]], known: Iterable[str] | frozenset[str]) -> str:
    """The line in sentence case (see the module's docstring), of exactly the same length.
    `names`: (start, end, label) of the gazetteer names in `text`; `known`: common English words, lower case."""
    kind = shouted(text)
    if kind is None:
        return text
    out, first = list(text), True
    for match in WORD.finditer(text):
        word, start = match.group(), match.start()
        new = _word_case(word, first, _label(start, names), kind, known)
        if len(new) == len(word):
            out[start:start + len(word)] = new
        first = False
    return "".join(out)


def _word_case(word: str, first: bool, label: str | None, kind: str, known) -> str:
    """One word in sentence case: kept, capitalised or lower-cased (`label`: its gazetteer name's, None
    outside every name)."""
    label = label or None  # a role word ("Ambassador", "Minister") is a common noun to the parser
    if label is None and not first and word.lower() in FUNCTION_WORDS:
        return word.lower()
    if kind == "title":
        return word if label is not None or first or word.isupper() or not is_known(word, known) else word.lower()
    if label is not None and (label == BODY_LABEL or len(word.strip(".")) <= ACRONYM_LETTERS):
        return word
    return word.capitalize() if label is not None or first or not is_known(word, known) else word.lower()


def _label(start: int, names: Sequence[tuple[int, int, str]]) -> str | None:
    """The label of the gazetteer name the word starting at `start` is part of, None outside every name."""
    return next((label for s, e, label in names if s <= start < e), None)


def is_known(word: str, known) -> bool:
    """A common English word, also with a headline's inflection ("Shoots", "Vetoes", "Detained")."""
    lower = word.lower().strip(".'’")
    return lower in known or any(lower.endswith(end) and lower[:len(lower) - len(end)] + base in known
                                 for end, base in ENDINGS if len(lower) > len(end) + 2)


def dictionary(nlp) -> frozenset[str]:
    """The common English words of the model's lemmatizer (its WordNet index of nouns, verbs, adjectives
    and adverbs), with the irregular forms it lists; empty when the pipeline has no such tables."""
    try:
        lookups = nlp.get_pipe("lemmatizer").lookups
        index, exceptions = lookups.get_table("lemma_index"), lookups.get_table("lemma_exc")
    except (KeyError, ValueError, AttributeError):
        return frozenset()
    words = {w for pos in index.keys() for w in index[pos]}
    words.update(w for pos in exceptions.keys() for w in exceptions[pos])
    return frozenset(w for w in words if "_" not in w)
