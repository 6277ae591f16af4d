"""A clause's past-tense verb the parser hung inside its object's noun phrase, parsed again with an article.

Why: before a bare plural object, en_core_web_sm reads a past-tense verb as a participle adjective of that
object: "Seoul scrambled fighter jets after ..." gives "scrambled" an amod arc on "jets" and "Azerbaijan massed
troops and armour along the line" the same on "troops", so the act had no verb and nothing was coded (sent-dev10
"Seoul scrambled fighter jets", "Azerbaijan massed troops"; sent-dev11). The slip shows in the parse itself: an
adjective takes no subject, yet the opening name hangs on the participle as its subject (nsubj or npadvmod).
As for headlines (nlp/headline_verbs.py), the sentence is parsed again with "the " before the object, and
that parse is kept only when the word is then a verb with the article on its object; the added word is dropped
again. Names must be proper nouns to the tagger: "Russian backed rebels" and "Kenyan armed forces" open with
adjectives and are left alone.
"""
from __future__ import annotations

from collections.abc import Callable

from detente.nlp.headline_verbs import PROPER_TAGS, reparsed
from detente.records import Sentence, Token

PARTICIPLE_TAGS = frozenset({"VBD", "VBN"})
# arcs of an opening name hung on the participle as if it were the clause's verb
SUBJECT_ARCS = frozenset({"nsubj", "npadvmod"})
# How many tokens the opening name may take ("South Korea", "the United Arab Emirates").
MAX_NAME_TOKENS = 4


def participle_slot(sentence: Sentence) -> int | None:
    """The index of the past-tense verb read as its object's adjective, or None (see the module docstring)."""
    tokens = sentence.tokens
    k = next((i for i, t in enumerate(tokens[:MAX_NAME_TOKENS + 1]) if t.tag not in PROPER_TAGS and t.tag != "DT"), None)
    if not k or k + 1 >= len(tokens):
        return None
    word, after = tokens[k], tokens[k + 1]
    if word.tag not in PARTICIPLE_TAGS or word.dep != "amod" or word.head <= k or not word.text.isalpha():
        return None
    if not after.text[:1].isalpha() or after.tag in ("DT", "PRP$", "CD", "IN"):
        return None
    subject = tokens[k - 1]
    return k if _hangs_on(tokens, k - 1, k) and subject.tag in PROPER_TAGS else None


def _hangs_on(tokens: tuple[Token, ...], name: int, k: int) -> bool:
    """The opening name (its last token, or the token it hangs on within the name) is the participle's subject."""
    seen = set()
    while tokens[name].head != k and tokens[name].head < k and name not in seen and tokens[name].dep == "compound":
        seen.add(name)
        name = tokens[name].head
    return tokens[name].head == k and tokens[name].dep in SUBJECT_ARCS


def mend_participles(sentences: dict[int, Sentence], nlp, readable: Callable[[str], str]) -> dict[int, Sentence]:
    """The parsed sentences, each whose verb was read as its object's adjective parsed again (in one batch).
    `readable`: the text the parser read for a sentence's text."""
    slots = {i: k for i, s in sentences.items() if (k := participle_slot(s)) is not None}
    if not slots:
        return sentences
    return reparsed(sentences, slots, {i: readable(sentences[i].text) for i in slots}, nlp)
