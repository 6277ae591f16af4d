"""Who reports an event ("officials confirmed", "according to government sources") and how sure it is."""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.role_actors import phrase_text
from detente.events.token_memo import per_sentence
from detente.events.triggers import children
from detente.records import Sentence, Token

BASE_CONFIDENCE = 0.8


def _reporter(sentence: Sentence, i: int) -> Token | None:
    """The reporting verb whose clause holds token i (above it), or one hanging from it ("X did Y, Z said")."""
    reports = cue_words("report")
    j, steps = i, 0
    while steps < 8:
        token = sentence.tokens[j]
        if token.head == j:
            break
        j, steps = token.head, steps + 1
        if sentence.tokens[j].lemma.lower() in reports and sentence.tokens[j].pos in ("VERB", "AUX"):
            return sentence.tokens[j]
    root = sentence.tokens[j]
    for c in children(sentence, root.i):
        if c.dep in ("parataxis", "ccomp", "advcl") and c.lemma.lower() in reports and c.i != i:
            return c
    return None


@per_sentence  # asked per event and per claim of one sentence (events/token_memo.py)
def according_to(sentence: Sentence) -> Token | None:
    """The object of the sentence's "according to" phrase, or None."""
    for t in sentence.tokens:
        if t.text.lower() == "according":
            objs = [o for p in children(sentence, t.i) if p.lemma.lower() == "to" for o in children(sentence, p.i)
                    if o.dep == "pobj"]
            if objs:
                return objs[0]
    return None


def attribution(sentence: Sentence, trigger: int) -> tuple[str | None, str | None]:
    """(phrase, kind) where kind is named | anonymous | media | statement; (None, None) when unattributed."""
    source = according_to(sentence)
    if source is not None:
        return "according to " + phrase_text(sentence, source.i, 80), _kind(sentence, source.i)
    verb = _reporter(sentence, trigger)
    if verb is None:
        return None, None
    subj = [c for c in children(sentence, verb.i) if c.dep in ("nsubj", "nsubjpass")]
    if not subj:
        return verb.text, "anonymous"
    return f"{phrase_text(sentence, subj[0].i, 80)} {verb.text}", _kind(sentence, subj[0].i)


def speaker(sentence: Sentence, trigger: int) -> Token | None:
    """The head word of who reports the act at `trigger` ("analysts said ...", "according to observers"), or None."""
    source = according_to(sentence)
    if source is not None:
        return source
    verb = _reporter(sentence, trigger)
    subj = [] if verb is None else [c for c in children(sentence, verb.i) if c.dep in ("nsubj", "nsubjpass")]
    return subj[0] if subj else None


def _phrase_tokens(sentence: Sentence, i: int) -> list[Token]:
    out, frontier = [sentence.tokens[i]], [i]
    while frontier:
        nxt = [c for j in frontier for c in children(sentence, j) if c.dep not in ("relcl", "punct")]
        out += nxt
        frontier = [c.i for c in nxt]
    return out


def _kind(sentence: Sentence, i: int) -> str:
    tokens = _phrase_tokens(sentence, i)
    lemmas = {t.lemma.lower() for t in tokens}
    if any(t.ent == "PERSON" for t in tokens):
        return "named"
    for kind in ("statement", "media", "anonymous"):
        cue = "anon" if kind == "anonymous" else kind
        if lemmas & set(cue_words(cue)):
            return kind
    if any(t.pos == "PROPN" or t.ent in ("GPE", "ORG", "NORP") for t in tokens):
        return "named"
    return "anonymous"


@per_sentence  # asked per event (events/token_memo.py)
def hedge_factor(sentence: Sentence) -> tuple[float, str]:
    """Multiplier for hedged reports ("reportedly", "is said to") and the hedge found."""
    text = " " + sentence.text.lower() + " "
    for word, value in cue_words("hedge").items():
        if f" {word} " in text or f" {word}," in text:
            return float(value), word
    return 1.0, ""
