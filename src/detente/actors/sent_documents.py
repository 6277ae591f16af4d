"""A document as the doer: "the note warned", "the letter asks" speak for the state that sent them.

"Turkmenistan's foreign ministry handed a note of protest to the Azerbaijani embassy. The note warned that
Ashgabat would go to arbitration" (newswire): the note's threat is Turkmenistan's, but a bare "the note"
names no state, so the event had no source. A definite document noun (data/sent_documents.tsv) that is a
verb's subject, with no owner of its own ("Azerbaijan's note"), takes the state of the subject of the
latest sending verb ("handed", "sent", "issued") whose object is the same noun, at most a few sentences
before. The subject may sit on the first of two joined verbs: "The ministry summoned the ambassador and
handed him a note" (wire10: the note's demand had no source). A passive handing to a state's envoy ("The
U.S. ambassador was called in and handed a note. The note asks…", wire10) names only the receiver: the
sender is then the one other state the page has named most so far; with no such state (or a tie) nothing.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace
from collections import Counter
from collections.abc import Sequence

from detente.actors.gazetteer import data_rows
from detente.actors.mentions import is_state_code
from detente.records import Mention, Sentence, Token

LOOKBACK = 4  # sentences: a note is referred to as "the note" in the lines that follow its delivery
DEFINITE = frozenset({"the", "this", "that"})
INDEFINITE = frozenset({"a", "an"})
OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})
OPENING_DOCUMENT = re.compile(r"(?:the|this) (\w+) \w+", re.I)  # "The statement repeated ..."
CLOSING_DOCUMENT = re.compile(r".*, (?:the|this) (\w+) (?:said|added|stated)\W*$", re.I)  # "..., the statement said."


@functools.lru_cache(maxsize=None)
def document_words(kind: str) -> frozenset[str]:
    """The document nouns (`noun`) or the verbs that send one (`verb`) of sent_documents.tsv."""
    return frozenset(word for k, word, _ in data_rows("sent_documents.tsv") if k == kind)


def with_sent_documents(sentences: Sequence[Sentence], mentions: list[Mention]) -> list[Mention]:
    """`mentions` plus one Mention for each bare document subject whose sender an earlier sentence names."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    parsed = [s for s in sentences if s.parsed]
    found = []
    latest: dict[str, tuple[int, Mention]] = {}  # document noun -> (sentence number, its sender) last found
    for n, sentence in enumerate(parsed):
        taken = {i for m in by_sentence.get(sentence.index, []) for i in range(m.first, m.last + 1)}
        for token in sentence.tokens:
            if token.i in taken or not _bare_document_subject(sentence, token):
                continue
            noun, definite = token.lemma.lower(), _definite(sentence, token)
            sender = _sender(parsed[max(0, n - LOOKBACK):n], noun, by_sentence) if definite else None
            sender = sender or _participle_sender(sentence, token, by_sentence) or _own_organ(sentence, token, by_sentence)
            if sender is None and definite and noun in latest and n - latest[noun][0] <= LOOKBACK:
                sender = latest[noun][1]  # "A statement read by X rejected …. The statement accused …" (wire19)
            if sender is not None:
                found.append(_mention(sentence, token, sender))
                latest[noun] = (n, sender)
    return mentions + found


def _kids(sentence: Sentence, i: int) -> list[Token]:
    return [t for t in sentence.tokens if t.head == i and t.i != i]


def _bare_document_subject(sentence: Sentence, token: Token) -> bool:
    """A document noun subject with an article and no owner of its own: "the note", and "a statement" (whose
    sender only its own participle can name: "A statement read by the spokesman rejected …", wire19)."""
    if token.lemma.lower() not in document_words("noun") or token.dep not in ("nsubj", "nsubjpass"):
        return False
    kids = _kids(sentence, token.i)
    return any(k.dep == "det" and k.text.lower() in DEFINITE | INDEFINITE for k in kids) and not any(
        k.dep in OWNER_DEPS and (k.pos == "PROPN" or k.ent in ("GPE", "NORP", "ORG")) for k in kids)


def _definite(sentence: Sentence, token: Token) -> bool:
    return any(k.dep == "det" and k.text.lower() in DEFINITE for k in _kids(sentence, token.i))


def _sender(earlier: Sequence[Sentence], noun: str, by_sentence: dict[int, list[Mention]]) -> Mention | None:
    """The state that sent the latest `noun` handed over in `earlier`: the state mention subject of the
    sending verb, or for a passive handing the other state of the page; None when neither is found."""
    for sentence in reversed(earlier):
        for token in reversed(sentence.tokens):
            verb = _sending_verb(sentence, token) if token.lemma.lower() == noun else None
            if verb is None:
                continue
            active, passive = _subjects(sentence, verb)
            states = _state_mentions(by_sentence.get(sentence.index, []), active)
            if states:
                return max(states, key=lambda m: m.last - m.first)
            receivers = _state_mentions(by_sentence.get(sentence.index, []), passive or _handed_to(sentence, verb))
            if receivers:
                return _other_state(sentence.index, {m.country for m in receivers}, by_sentence)
    return None


def _sending_verb(sentence: Sentence, token: Token) -> Token | None:
    """The verb that issues the document `token`: a sending verb whose object it is ("handed a note"), or a
    speaking verb whose 'in' phrase it is ("the ministry said in a statement", "In a statement, the ministry
    said": kind `voice`; eval/wire43 and wire17, written blind: "... the statement said" and "The statement
    accused ..." two sentences later had no source)."""
    head = sentence.tokens[token.head]
    if token.dep == "dobj":
        return head if head.lemma.lower() in document_words("verb") else None
    if token.dep != "pobj" or head.dep != "prep" or head.text.lower() != "in" or head.head == head.i:
        return None
    verb = sentence.tokens[head.head]
    return verb if verb.lemma.lower() in document_words("voice") else None


def _handed_to(sentence: Sentence, verb: Token) -> list[int]:
    """Whom a note was handed to when its sender names no state ("Permanent Secretary X summoned <State>'s
    ambassador and handed him a protest note", wire20: a sender the gazetteer cannot name): the object of
    the verb the sending is joined to, or the sending verb's own 'to' object. The sender is then the page's
    other state, as for a passive handing."""
    heads = [verb] + ([sentence.tokens[verb.head]] if verb.dep == "conj" else [])
    objects = [k.i for h in heads for k in _kids(sentence, h.i) if k.dep == "dobj" and k.i != verb.i
               and k.lemma.lower() not in document_words("noun")]
    return objects + [o.i for p in _kids(sentence, verb.i) if p.dep == "prep" and p.text.lower() == "to"
                      for o in _kids(sentence, p.i) if o.dep == "pobj"]


def _own_organ(sentence: Sentence, token: Token, by_sentence: dict[int, list[Mention]]) -> Mention | None:
    """"A foreign ministry statement said ...": the organ named as the document's own modifier is its sender, so
    that "The statement called on Thailand to ..." a few sentences on speaks for that organ's state (eval/wire58
    w58_08: the request had no source; the organ's state came from the page's dateline)."""
    modifiers = {k.i for k in _kids(sentence, token.i) if k.dep in ("compound", "nmod")}
    organs = [m for m in by_sentence.get(sentence.index, []) if m.head in modifiers and m.country and is_state_code(m.country)]
    return max(organs, key=lambda m: m.last - m.first) if organs else None


def _participle_sender(sentence: Sentence, token: Token, by_sentence: dict[int, list[Mention]]) -> Mention | None:
    """"The note, delivered to the Colombian embassy on Tuesday, asks …" (wire18: the request had no source):
    the document's own participle of sending names its sender in a 'by' phrase, or its receiver in a 'to'
    phrase, the sender then being the other state of the page as for a passive handing."""
    mentions = by_sentence.get(sentence.index, [])
    for verb in _kids(sentence, token.i):
        if verb.dep != "acl" or verb.tag != "VBN" or verb.lemma.lower() not in document_words("verb"):
            continue
        phrases = [p for p in _kids(sentence, verb.i) if p.dep in ("prep", "agent")]
        senders = _state_mentions(mentions, [o.i for p in phrases if p.text.lower() == "by"
                                             for o in _kids(sentence, p.i) if o.dep == "pobj"])
        if senders:
            return max(senders, key=lambda m: m.last - m.first)
        receivers = _state_mentions(mentions, [o.i for p in phrases if p.text.lower() == "to"
                                               for o in _kids(sentence, p.i) if o.dep == "pobj"])
        if receivers:
            return _other_state(sentence.index, {m.country for m in receivers}, by_sentence)
    return None


def _subjects(sentence: Sentence, verb: Token) -> tuple[list[int], list[int]]:
    """Active and passive subjects of `verb`, else of the verb it is joined to ("summoned X and handed")."""
    steps = 0
    while True:
        kids = _kids(sentence, verb.i)
        active = [k.i for k in kids if k.dep == "nsubj"]
        passive = [k.i for k in kids if k.dep == "nsubjpass"]
        if active or passive or verb.dep != "conj" or steps > 5:
            return active, passive
        verb, steps = sentence.tokens[verb.head], steps + 1


def _state_mentions(mentions: list[Mention], subjects: list[int]) -> list[Mention]:
    return [m for m in mentions for s in subjects
            if m.first <= s <= m.last and m.country and is_state_code(m.country)]


def _other_state(upto: int, receivers: set[str], by_sentence: dict[int, list[Mention]]) -> Mention | None:
    """The latest mention of the state named most often up to sentence `upto` that is not a receiver's,
    when exactly one state is."""
    named = [m for i, ms in sorted(by_sentence.items()) if i <= upto for m in ms
             if m.country and is_state_code(m.country) and m.country not in receivers]
    counts = Counter(m.country for m in named).most_common(2)
    if not counts or len(counts) == 2 and counts[0][1] == counts[1][1]:
        return None
    return [m for m in named if m.country == counts[0][0]][-1]


def _mention(sentence: Sentence, token: Token, sender: Mention) -> Mention:
    return Mention(sentence.index, token.i, token.i, token.i, token.start, token.start + len(token.text), token.text,
                   sender.country, "GOV", "document",
                   f"{token.text} → document sent by '{sender.text}' ({sender.country}, sentence {sender.sentence})",
                   sender.entity)


def with_document_pronouns(sentences: Sequence[Sentence], mentions: list[Mention]) -> list[Mention]:
    """An "It" that opens a sentence right after one whose main verb's subject is a sent document ("The statement
    repeated the charge ... It also warned that ...", "..., the statement said. It described the reception as ...")
    is that document, and so speaks for its sender. Read as a pronoun, "It" took the first state of the sentence
    before, which there was the accused (eval/wire58 w58_02: the threat came from the threatened Benin; eval/wire59
    w59_04: "It ... accused Tunis" took Tunisia and lost its source)."""
    by_index = {s.index: s for s in sentences if s.parsed}
    speaking = {m.sentence: m for m in mentions if m.kind == "document" and _main_subject(by_index.get(m.sentence), m.head)}
    speaking.update(_unparsed_speakers(sentences, mentions))
    out = list(mentions)
    for sentence in by_index.values():
        document = speaking.get(sentence.index - 1)
        token = _opening_it(sentence) if document is not None else None
        if token is None:
            continue
        out = [m for m in out if not (m.sentence == sentence.index and m.first <= token.i <= m.last)]
        it = _mention(sentence, token, document)
        out.append(replace(it, resolution=f"It → the {document.text} of the sentence before, sent by {document.country}"))
    return out


def _unparsed_speakers(sentences: Sequence[Sentence], mentions: list[Mention]) -> dict[int, Mention]:
    """Sentences the prefilter left unparsed whose text has the document as the speaker ("The statement repeated
    ...", "..., the statement said."), each with the latest document mention a few sentences before: wire59
    w59_04's "..., the statement said." names no act, so it was never parsed and its "It" went unread."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    found = {}
    for sentence in (s for s in sentences if not s.parsed):
        nouns = {m.group(1).lower() for m in (OPENING_DOCUMENT.match(sentence.text.strip()),
                                              CLOSING_DOCUMENT.match(sentence.text.strip())) if m}
        noun = next(iter(nouns & document_words("noun")), None)
        if noun is None:
            continue
        earlier = [s for s in sentences if s.parsed and 0 < sentence.index - s.index <= LOOKBACK]
        before = [m for m in mentions if m.kind == "document" and 0 < sentence.index - m.sentence <= LOOKBACK]
        sender = _sender(earlier, noun, by_sentence) or max(before, key=lambda m: m.sentence, default=None)
        if sender is not None:
            found[sentence.index] = sender
    return found


def _main_subject(sentence: Sentence | None, i: int) -> bool:
    """Whether token `i` is the active subject of its sentence's root verb."""
    if sentence is None:
        return False
    token = sentence.tokens[i]
    return token.dep == "nsubj" and sentence.tokens[token.head].dep == "ROOT"


def _opening_it(sentence: Sentence) -> Token | None:
    """The sentence's first word when it is "It", the active subject of a full verb (not "It is ..." nor
    "It was reported ...")."""
    token = sentence.tokens[0] if sentence.tokens else None
    if token is None or token.text != "It" or token.dep != "nsubj":
        return None
    return token if sentence.tokens[token.head].pos == "VERB" else None
