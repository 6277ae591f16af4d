"""Who gives a verdict told as a participle after a reported state of affairs: "KFOR said there was 'no need'
for Serbian troops to return, effectively turning down a request Belgrade sent" (wire40 w40_12, a core REJECT
missed), "the spokeswoman said that 'the responsibility lies entirely with the Japanese side', in effect rejecting
the request" (wire46 w46_03). The parser hangs the participle on the verb of the reported clause, and its doer was
sought there (an expletive "there", "the responsibility"); a state of affairs ("there was", "lies with", "were
useless") rejects, accuses or asks nothing, so the verdict is the sayer's. Only spoken acts (REJECT, ACCUSE,
REQUEST), only after a comma (or "effectively", "in effect" after one), only under a verb of saying (cues.tsv
`report`), and only when the reported verb is one of being: "said troops crossed the border, killing two" keeps the
troops. First tried by pages46 (session 29) and left off for want of the refused request's maker
(events/request_makers.py)."""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.triggers import match_token
from detente.records import Sentence, Token

VERDICT_TYPES = frozenset({"REJECT", "ACCUSE", "REQUEST"})
STATE_VERBS = frozenset({"be", "lie", "rest"})  # "there was no need", "the blame lies with", "rests with"
HEDGES = frozenset({"effectively", "in", "effect", "thereby", "thus", "essentially"})  # between comma and participle


def verdict_sayer(sentence: Sentence, token: Token) -> int | None:
    """The verb of saying whose subject gives the verdict `token` (a participle), or None."""
    if token.tag != "VBG" or (state := _state_above(sentence, token)) is None or not _after_comma(sentence, token):
        return None
    if state.dep != "ccomp" or state.lemma.lower() not in STATE_VERBS or state.head == state.i:
        return None
    entry = match_token(sentence, token)
    if entry is None or entry.event_type not in VERDICT_TYPES:
        return None
    sayer = sentence.tokens[state.head]
    return sayer.i if sayer.lemma.lower() in cue_words("report") else None


def _state_above(sentence: Sentence, token: Token) -> Token | None:
    """The verb the participle hangs on: its head, or the head of "in effect" when the parser made the
    participle a modifier of "effect" ("were useless, in effect rejecting": in ← were)."""
    head = sentence.tokens[token.head]
    if token.dep == "advcl":
        return head
    if token.dep == "acl" and head.text.lower() == "effect" and head.dep == "pobj":
        prep = sentence.tokens[head.head]
        return sentence.tokens[prep.head] if prep.text.lower() == "in" else None
    return None


def _after_comma(sentence: Sentence, token: Token) -> bool:
    """A comma just before the participle, or before its hedge ("effectively", "in effect")."""
    i = token.i - 1
    while i > 0 and sentence.tokens[i].text.lower() in HEDGES:
        i -= 1
    return i >= 0 and sentence.tokens[i].text == ","
