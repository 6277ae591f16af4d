"""An act told of both parties at once with a quantified subject: "Neither side has so far pulled back a single
unit", "Both sides have pulled back their troops", "Each side accused the other". The subject names no state,
so the act had no doer and was dropped; in a page about two states (the pair `counterpart.counterpart_of`
finds) it is the act of each of them on the other, with the status the sentence gives it (negated by
"neither"). wire32 codes "Neither side has pulled back a single unit" as two core negated RETREATs, one for each
party. The words are cues.tsv `eachside` (determiner) and `sidenoun` (what the parties are called)."""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from detente import ids
from detente.actors.coref import is_state_code
from detente.events.counterpart import counterpart_of
from detente.events.lexicon import cue_words
from detente.events.role_actors import phrase_text
from detente.events.tree import children
from detente.records import Actor, Event, Sentence, Token


def each_side_subject(sentence: Sentence, trigger: int) -> Token | None:
    """The trigger's active subject when it is "neither / both / each side" (or country, government ...)."""
    token = sentence.tokens[trigger]
    holder = sentence.tokens[token.head] if token.dep == "xcomp" else token  # "both sides began to withdraw"
    subject = next((c for c in children(sentence, holder.i) if c.dep == "nsubj"), None)
    if subject is None or subject.lemma.lower() not in cue_words("sidenoun"):
        return None
    quantified = any(c.dep in ("det", "predet", "preconj") and c.lemma.lower() in cue_words("eachside")
                     for c in children(sentence, subject.i))
    return subject if quantified else None


def each_side_events(sentence: Sentence, trigger: int, events: list[Event], states: Counter[str]) -> list[Event]:
    """The events, with a doerless one under a "neither side" subject told as each party's act on the other."""
    subject = each_side_subject(sentence, trigger)
    top = next((code for code, _ in states.most_common() if is_state_code(code)), None)
    other = counterpart_of(states, top) if top else None
    if subject is None or other is None:
        return events
    out = []
    for event in events:
        if event.source.country is not None or event.target is not None and event.target.country is not None:
            out.append(event)
            continue
        phrase = phrase_text(sentence, subject.i)
        for doer, done_to in ((top, other), (other, top)):
            source = Actor(phrase, doer, None, f"each side of the page's pair: {doer}")
            target = Actor(phrase, done_to, None, f"the other side of the page's pair: {done_to}")
            event_id = ids.event_id(event.doc_id, event.evidence.trigger_start, event.event_type, doer, done_to)
            out.append(replace(event, event_id=event_id, source=source, target=target,
                               rule=f"{event.rule} src→each-side"))
    return out
