"""Whose is a refusal told as a holding that goes on "until" something: "Kinshasa has said the men will be held until
an inquiry is complete" (wire9 w9_07), "the ship would stay in Murmansk until investigators had finished" (wire8
w8_10), "the boats would remain at Namayingo until their owners paid the fines" (wire24 w24_03); each page's gold
codes a REJECT of the holder to the state that asked for the release. The trigger rows (triggers.tsv hold, keep,
detain, stay, remain with `future&word:until`) read the holding; its subject is the held people or vessel (or a
passive with no agent), no party, so the act's doer is the state that says the holding goes on: the subject of the
verb of saying (cues.tsv `report`) whose complement it is. Its target is the maker of the request just before
(events/refused_requests.py)."""
from __future__ import annotations

from detente.events.lexicon import cue_words
from detente.events.triggers import match_token
from detente.records import Sentence, Token

HOLDING_VERBS = frozenset({"hold", "keep", "detain", "stay", "remain"})


def held_sayer(sentence: Sentence, token: Token) -> int | None:
    """The verb of saying whose subject keeps the people or things `token` says are held "until" something."""
    if token.lemma.lower() not in HOLDING_VERBS or token.dep != "ccomp" or token.head == token.i:
        return None
    entry = match_token(sentence, token)
    if entry is None or entry.event_type != "REJECT":
        return None
    sayer = sentence.tokens[token.head]
    return sayer.i if sayer.lemma.lower() in cue_words("report") else None
