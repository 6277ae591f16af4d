"""A reduced relative clause the parser read as the sentence's main verb, parsed again with "that were".

Why: before a passive participle with an agent or a duration, en_core_web_sm reads the participle of a reduced
relative as the clause's verb: "The two customs officers held for five days by the border guards walked back
across the line" gives "held" the root with "officers" as its active subject, and "walked" a conjunct with no
subject and no "and" (wire25 w25_03; wire27 w27_03 "Three fisheries officers held for four days in Malaysia
stepped off a ferry"; wire4 w4_06). The holders then read as the people held, and the walk back has no subject,
so neither act was coded (session 25, recall18's section). The slip shows in the parse itself: a second verb
joined to the root with no conjunction and no subject of its own, after a root past form with no object.
The sentence is parsed again with "that were" (or "that was") before the participle; that parse is kept only
when the participle is then a relative clause on the subject and the second verb the root. The added words are
dropped again, every other token keeps its place, text and offset, and the participle becomes what a bare
reduced relative is to the parser ("the sailors detained by X were freed"): an "acl" arc on its noun.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from detente.records import Sentence, Token

PAST_TAGS = frozenset({"VBD", "VBN"})
NOUN_TAGS = frozenset({"NN", "NNS"})
MAIN_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# a main verb's arcs that a passive participle of a reduced relative cannot have
ACTIVE_ARCS = frozenset({"dobj", "cc", "aux", "auxpass", "nsubjpass", "ccomp", "dative", "attr", "acomp", "prt"})
RELATIVE_ARCS = frozenset({"relcl", "acl"})
# how the parser hangs the real main verb on the misread one: a conjunct, or an adverbial clause
SECOND_ARCS = frozenset({"conj", "advcl"})
# a second verb with its own subject or a conjunction ("before they walked back") is a clause of its own
OWN_CLAUSE_ARCS = frozenset({"nsubj", "nsubjpass", "mark", "cc"})


def relative_slot(sentence: Sentence) -> tuple[int, int] | None:
    """(participle, second verb) when the root past form is a misread reduced relative, or None."""
    tokens = sentence.tokens
    root = next((t for t in tokens if _heads_sentence(t, tokens)), None)
    if root is None or root.tag not in PAST_TAGS or not root.text.isalpha() or not root.text.islower():
        return None
    arcs = [t for t in tokens if t.head == root.i and t.i != root.i]
    subject = next((t for t in arcs if t.dep == "nsubj" and t.i == root.i - 1 and t.tag in NOUN_TAGS), None)
    if subject is None or any(t.dep in ACTIVE_ARCS for t in arcs):
        return None
    if not any(t.dep in ("agent", "prep") and t.i == root.i + 1 for t in arcs):
        return None
    second = next((t for t in arcs if t.dep in SECOND_ARCS and t.tag in MAIN_VERB_TAGS and t.i > root.i + 2), None)
    if second is None or any(t.head == second.i and t.dep in OWN_CLAUSE_ARCS for t in tokens):
        return None
    return root.i, second.i


def _heads_sentence(token: Token, tokens: tuple[Token, ...]) -> bool:
    """The root, or the reported clause before a closing "officials said" (w25_03's kind of lead, with its source)."""
    return token.dep == "ROOT" or (token.dep == "ccomp" and token.head > token.i and tokens[token.head].dep == "ROOT")


def with_relative(sentence: Sentence, k: int, text: str) -> tuple[str, int]:
    """`text` (the sentence as the parser read it) with "that were " before token k, and where it was put."""
    at = sentence.tokens[k].start - sentence.start
    be = "were " if sentence.tokens[k - 1].tag == "NNS" else "was "
    return text[:at] + "that " + be + text[at:], at


def mended(sentence: Sentence, doc, at: int, k: int, second: int) -> Sentence | None:
    """The sentence with the tokens of `doc` (its text with "that were" at `at`), the two words dropped, when the
    participle is now a relative clause on the subject and the second verb the root; else None."""
    added = [t for t in doc if t.idx >= at][:2]
    if len(doc) != len(sentence.tokens) + 2 or len(added) < 2 or added[0].idx != at:
        return None
    participle, verb = doc[k + 2], doc[second + 2]
    if participle.dep_ not in RELATIVE_ARCS or participle.head.i != k - 1 or verb.dep_ != sentence.tokens[k].dep:
        return None
    gone = {t.i for t in added}
    keep = [t for t in doc if t.i not in gone]
    index = {t.i: n for n, t in enumerate(keep)}
    tokens = tuple(
        Token(index[t.i], old.text, t.lemma_, t.pos_, "VBN" if t.i == participle.i else t.tag_,
              "acl" if t.i == participle.i else t.dep_,
              index[t.head.i if t.head.i not in gone else participle.i], old.ent, old.ent_iob, old.start)
        for t, old in zip(keep, sentence.tokens))
    return replace(sentence, tokens=tokens)


def mend_relatives(sentences: dict[int, Sentence], nlp, readable: Callable[[str], str]) -> dict[int, Sentence]:
    """The parsed sentences, each whose reduced relative was read as the main verb parsed again (in one batch).
    `readable`: the text the parser read for a sentence's text."""
    slots = {i: slot for i, s in sentences.items() if (slot := relative_slot(s)) is not None}
    if not slots:
        return sentences
    edits = {i: with_relative(sentences[i], slots[i][0], readable(sentences[i].text)) for i in slots}
    docs = nlp.pipe((edits[i][0] for i in slots), disable=["ner"])
    out = dict(sentences)
    for i, doc in zip(slots, docs):
        better = mended(sentences[i], doc, edits[i][1], *slots[i])
        if better is not None:
            out[i] = better
    return out
