"""A headline's verb the tagger read as a noun, parsed again with an article after it.

Why: headlines drop their articles, and en_core_web_sm then reads "Lisbon summons Spanish ambassador as
Tagus runs low", "Hungary vetoes EU statement on China" or "Colombia and Venezuela reopen shared border"
as one noun phrase ("summons", "vetoes", "reopen" a noun of it), so the headline's act had no verb
(wire16, wire20, realnews s25; sent-dev7's "Hungary vetoes ..." class). With the article the style drops put
back ("Lisbon summons the Spanish ambassador ...") the same model parses a clause. So when a line without
a closing full stop opens with names and then a word that is a verb in the dictionary, with the verb's
agreement (a third-person -s after one name, a plain form after names joined by "and" or a comma), and
the parse did not make it a verb, the line is parsed again with "the " before the next word; that
parse is kept only when the word is then the clause's verb with the article on its object. The added
word is dropped from the tokens again: every other token keeps its place, text and offset in the page.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from detente.records import Sentence, Token

ARTICLE = "the "
PROPER_TAGS = frozenset({"NNP", "NNPS"})
JOINERS = frozenset({",", "and", "&"})
# How many tokens the opening names may take ("Bosnia and Herzegovina", "Kenya, Uganda").
MAX_SUBJECT_TOKENS = 5
# Tags after which no article can stand: a determiner, a preposition, a conjunction, "to", a particle.
NO_ARTICLE_BEFORE = frozenset({"DT", "PDT", "PRP$", "PRP", "IN", "CC", "TO", "RP", "WDT", "CD", "POS"})
VERB_TAGS = frozenset({"VB", "VBZ", "VBP", "VBD"})
# Arcs of a word inside a noun phrase: a verb form hung there was not parsed as the clause's verb
# ("Hungary vetoes EU aid package for Kyiv": "vetoes" VBZ, but a compound of "package"; sent-dev7).
NOUN_ARCS = frozenset({"compound", "amod", "nmod", "npadvmod", "appos", "dep", "nsubj"})
CLOSING = (".", "!", "?")

def verb_slot(sentence: Sentence, verbs: frozenset[str], read: str | None = None) -> int | None:
    """The index of the headline's verb read as a noun, or None (see the module's docstring).
    `verbs`: the dictionary's verbs, lower case; `read`: the text the parser read, when it re-cased the
    line (nlp/headline_case.py): its capitals, not the page's, tell names."""
    tokens = sentence.tokens
    if not tokens or closed(sentence.text):
        return None
    read = sentence.text if read is None else read
    words = [read[t.start - sentence.start:t.start - sentence.start + len(t.text)] for t in tokens]
    k = 0
    while k < min(len(tokens), MAX_SUBJECT_TOKENS) and (is_named(tokens[k], words[k]) or (k and words[k].lower() in JOINERS)):
        k += 1
    if k == 0 or k + 1 >= len(tokens) or tokens[k - 1].text.lower() in JOINERS:
        return None
    word, after = tokens[k], tokens[k + 1]
    joined = any(t.text.lower() in JOINERS for t in tokens[:k])
    if not word.text.isalpha() or not words[k].islower() or word.tag == "MD" or heads_clause(word):
        return None
    # "Uganda sanctions hit Kenya traders": a noun that is the subject of the very next word, a verb, is that
    # verb's subject, not a verb ("Lima summons Chilean ambassador as row grows" reads "summons" as the subject
    # of "grows", six words on: that one is re-parsed; "Lebanon files complaint with ..." hangs "files" on the
    # noun "complaint": re-parsed, headlines25).
    if (word.dep == "nsubj" and word.head == k + 1 and after.tag in VERB_TAGS and not _one_name_then_bare(tokens, k)) \
            or after.tag in NO_ARTICLE_BEFORE or not after.text[:1].isalpha():
        return None
    return k if agrees(word.text.lower(), joined, verbs) else None


def _one_name_then_bare(tokens: tuple[Token, ...], k: int) -> bool:
    """"Vietnam lifts ban on Chinese fruit trucks", "Togo lodges protest with Accra": one proper name, then the
    verb the tagger made a plural noun, subject of the next word read as a verb that takes no object: that next
    word is the verb's object noun (sent-dev21 0131, sent-dev7, wire37 "lifts ban on"; sent-dev13 "lodges
    protest with"). A noun subject of a real verb takes an object ("Uganda sanctions hit Kenya traders") or opens
    with common words ("Fuel prices climb", "Foreign ministers meet": not one proper name)."""
    return k == 1 and tokens[0].tag == "NNP" and not any(t.head == k + 1 and t.dep == "dobj" for t in tokens)


def heads_clause(token: Token) -> bool:
    """Already parsed as a verb: a verb's tag on an arc that is not inside a noun phrase."""
    return token.tag in VERB_TAGS and token.dep not in NOUN_ARCS


def closed(text: str) -> bool:
    """The line ends as a sentence does, with a full stop, question or exclamation mark: no headline."""
    return text.rstrip("\"'”’ ").endswith(CLOSING)


def agrees(word: str, joined: bool, verbs: frozenset[str]) -> bool:
    """A present verb agreeing with the subject: "summons" after one name, "reopen" after joined names."""
    if joined:
        return word in verbs
    return any(word.endswith(end) and word[:len(word) - len(end)] + base in verbs
               for end, base in (("ies", "y"), ("es", ""), ("s", "")) if len(word) > len(end) + 2)


def with_article(sentence: Sentence, k: int, text: str) -> tuple[str, int]:
    """`text` (the sentence as the parser read it) with the article before token k + 1, and where it was put."""
    at = sentence.tokens[k + 1].start - sentence.start
    return text[:at] + ARTICLE + text[at:], at


def mended(sentence: Sentence, doc, at: int, k: int) -> Sentence | None:
    """The sentence with the tokens of `doc` (its text with the article at `at`), the article dropped,
    when token k is now a verb with the article on its object; else None."""
    article = next((t for t in doc if t.idx == at), None)
    if article is None or doc[k].tag_ not in VERB_TAGS or not _object_of(article, k) or len(doc) != len(sentence.tokens) + 1:
        return None
    keep = [t for t in doc if t.i != article.i]
    index = {t.i: n for n, t in enumerate(keep)}
    tokens = tuple(
        Token(index[t.i], old.text, t.lemma_, t.pos_, t.tag_, t.dep_,
              index[t.head.i if t.head.i != article.i else article.head.i], old.ent, old.ent_iob, old.start)
        for t, old in zip(keep, sentence.tokens))
    return replace(sentence, tokens=tokens)


def _object_of(article, k: int) -> bool:
    """The article's noun is the verb's object, or the head of a possessive before it ("lauds the Japan's role":
    the article on "Japan", "Japan" on "role", "role" on "lauds"; sent-dev11, headlines25)."""
    noun = article.head
    return noun.head.i == k or (noun.dep_ == "poss" and noun.head.head.i == k)


def mend_headlines(sentences: dict[int, Sentence], nlp, verbs: frozenset[str],
                   readable: Callable[[str], str]) -> dict[int, Sentence]:
    """The parsed sentences, each headline whose verb was read as a noun parsed again (in one batch).
    `readable`: the text the parser read for a sentence's text."""
    texts = {i: readable(s.text) for i, s in sentences.items() if not closed(s.text)}
    slots = {i: k for i, text in texts.items()
             if (k := verb_slot(sentences[i], verbs, text)) is not None}
    if not slots:
        return sentences
    return reparsed(sentences, slots, texts, nlp)


def reparsed(sentences: dict[int, Sentence], slots: dict[int, int], texts: dict[int, str],
             nlp) -> dict[int, Sentence]:
    """The sentences with each one of `slots` (sentence -> token read wrongly) parsed again, in one batch, with
    an article before that token; a re-parse that reads no better keeps the old one. `texts`: what the parser
    read for each slotted sentence. Shared by headline verbs and participles read as adjectives."""
    edits = {i: with_article(sentences[i], k, texts[i]) for i, k in slots.items()}
    docs = nlp.pipe((edits[i][0] for i in slots), disable=["ner"])
    out = dict(sentences)
    for i, doc in zip(slots, docs):
        better = mended(sentences[i], doc, edits[i][1], slots[i])
        if better is not None:
            out[i] = better
    return out


def is_named(token: Token, word: str) -> bool:
    """Part of a name: a proper noun to the tagger, or a capitalised word ("Hungary"/JJ). `word`: the token
    as the parser read it."""
    return token.tag in PROPER_TAGS or (word[:1].isupper() and token.tag in ("JJ", "NN", "NNS"))


def dictionary_verbs(nlp) -> frozenset[str]:
    """The verbs of the model's lemmatizer index (WordNet's), lower case; empty without that table."""
    try:
        index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
        return frozenset(w for w in index["verb"] if "_" not in w)
    except (KeyError, ValueError, AttributeError):
        return frozenset()


# A headline's opening name, at most three tokens ("Papua New Guinea"): the pair and address readings
# (nlp/headline_pairs.py, nlp/addressed_headlines.py) look for one before a comma or a "to".
MAX_NAME_TOKENS = 3


def name_end(tokens: tuple[Token, ...], words: list[str], start: int) -> int:
    """The index after the capitalised name that opens at `start` (== start when none does); `words`: the
    tokens as the parser read them."""
    end = start
    while end < len(tokens) and end - start < MAX_NAME_TOKENS and is_named(tokens[end], words[end]) \
            and words[end][:1].isupper():
        end += 1
    return end
