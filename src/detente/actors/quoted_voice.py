"""A quoted "we" is the speaker's state: '"We demand their immediate release," the ministry said.'

News quotes a state's voice in the first person plural: '"We will not allow this," the foreign minister
told reporters', '"Our troops will respond," he said'. The pronoun names no state of its own, so the act
it does had no source (an invented probe: the demand of a ministry's quoted statement went uncoded). Inside
quotation marks, "we", "us" and "our" take the state of the speaker: the subject of a verb of saying
(data/speaker_state.tsv `say`) outside the quotation in the same sentence, when that subject is a mention
of one state (a country, its organ or official, or a pronoun already resolved to one). A quote whose
speaker is no state's ('"We are afraid," a fisherman said') stays without one, and a "we" outside
quotation marks is left to the page's own voice (home_voice.py).
"""
from __future__ import annotations

from dataclasses import replace

from detente.actors.mentions import is_state_code
from detente.actors.speaker_state import cue_words
from detente.records import Mention, Sentence, Token

FIRST_PLURAL = frozenset({"we", "us", "our"})
QUOTES = frozenset({'"', "“", "”"})
CLOSERS = frozenset({",", ".", "!", "?"})


def with_quoted_voice(sentences: tuple[Sentence, ...], mentions: list[Mention]) -> list[Mention]:
    """`mentions` plus one Mention for each quoted "we"/"us"/"our" whose speaker is one state."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    found = []
    for sentence in (s for s in sentences if s.parsed and s.index in by_sentence):
        found += _sentence_voice(sentence, by_sentence[sentence.index])
    return mentions + found


def _sentence_voice(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    quoted = _quoted(sentence.tokens)
    pronouns = [t for t in sentence.tokens if t.i in quoted and t.text.lower() in FIRST_PLURAL and t.pos == "PRON"]
    if not pronouns:
        return []
    speaker = _speaker(sentence, quoted, mentions)
    if speaker is None:
        return []
    taken = {(m.first, m.last) for m in mentions}
    tops = _quote_verbs(sentence, quoted)
    return [_voice(speaker, t) for t in pronouns if (t.i, t.i) not in taken and _near(sentence, t, tops)]


def _quote_verbs(sentence: Sentence, quoted: set[int]) -> set[int]:
    """The main verbs of the quotation: the clause the verb of saying reports (or the sentence's root
    inside the quotation) and the verbs joined to it. A "we" deeper down is the speaker's musing, not the
    state's act ('"this is maybe the one thing we can thank Mr X for," the secretary said': realnews, a
    thanking coded from it)."""
    tops = {t.i for t in sentence.tokens if t.i in quoted and (t.head == t.i or t.dep in ("ccomp", "parataxis")
                                                             and t.head not in quoted)}
    return tops | {t.i for t in sentence.tokens if t.dep == "conj" and t.head in tops and t.i in quoted}


def _near(sentence: Sentence, token: Token, tops: set[int]) -> bool:
    """The pronoun is a dependent of a main verb of the quote, or of its subject or object ("our troops")."""
    head = sentence.tokens[token.head]
    return token.head in tops or head.head in tops and head.dep in ("nsubj", "nsubjpass", "dobj")


def _quoted(tokens: tuple[Token, ...]) -> set[int]:
    """Indices of the tokens between an opening and a closing quotation mark. A straight mark right after
    a comma or a full stop closes; the sentence splitter may leave the opening mark at the end of the
    previous sentence, and then the words before the first closing mark are quoted."""
    inside, out = False, set()
    for token in tokens:
        if token.text in QUOTES:
            closing = token.text == "”" or token.text == '"' and token.i > 0 and tokens[token.i - 1].text in CLOSERS
            if closing and not inside:
                out |= set(range(token.i))
            inside = not closing
            continue
        if inside:
            out.add(token.i)
    return out


def _speaker(sentence: Sentence, quoted: set[int], mentions: list[Mention]) -> Mention | None:
    """The one-state mention that is the subject of a verb of saying outside the quotation."""
    say = cue_words().get("say", frozenset())
    verbs = {t.i for t in sentence.tokens if t.i not in quoted and t.lemma.lower() in say}
    subjects = {t.i for t in sentence.tokens if t.dep == "nsubj" and t.head in verbs and t.i not in quoted}
    found = [m for m in mentions if m.head in subjects and m.country and is_state_code(m.country)]
    return found[0] if len({m.country for m in found}) == 1 else None


def _voice(speaker: Mention, token: Token) -> Mention:
    how = f"{token.text} → quoted first person of '{speaker.text}' ({speaker.country})"
    return replace(speaker, first=token.i, last=token.i, head=token.i, start=token.start,
                   end=token.start + len(token.text), text=token.text, kind="pronoun", resolution=how)
