"""A comma participle of saying at the end of a sentence ("X demanded an apology from Y after Y's envoy walked out,
calling his conduct insolent and accusing Y of bullying"), which the parser hangs on the verb of the 'after' clause
before it, so that the clause's doer (the envoy) is taken for the speaker: when that doer is the very state the
participle's object names, a state accusing itself, the participle is the main clause's, its doer the main clause's
subject and the object's state its target (eval/wire61 w61_04: ACCUSE CHN>- instead of NRU>CHN).
"""
from __future__ import annotations

from dataclasses import replace

from detente import ids
from detente.events.role_actors import actors_at
from detente.events.tree import children
from detente.records import Actor, Event, Mention, Sentence

SUBORDINATORS = frozenset({"after", "before", "when", "as", "while", "since", "because", "once", "until"})
SPEECH_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "PROTEST", "THREATEN", "SUPPORT"})


def main_clause_speakers(sentence: Sentence, trigger: int, events: list[Event], mentions: list[Mention]) -> list[Event]:
    """The events of a trailing participle of saying, re-aimed from the subordinate clause's doer to the main
    clause's subject where the subordinate doer is the participle's own object."""
    main = _main_verb(sentence, trigger)
    return events if main is None else [_respoken(sentence, trigger, main, e, mentions) for e in events]


def _main_verb(sentence: Sentence, trigger: int) -> int | None:
    """The main clause's verb when `trigger` (or the first of its participle conjuncts) is a subjectless '-ing'
    clause after a comma, hung on the verb of a clause opened by a subordinator."""
    tok = sentence.tokens[trigger]
    while tok.dep == "conj" and sentence.tokens[tok.head].tag == "VBG":
        tok = sentence.tokens[tok.head]
    if tok.tag != "VBG" or tok.dep != "advcl" or tok.i == 0 or sentence.tokens[tok.i - 1].text != "," \
            or any(c.dep in ("nsubj", "nsubjpass") for c in children(sentence, tok.i)):
        return None
    head = sentence.tokens[tok.head]
    opened = any(m.dep == "mark" and m.text.lower() in SUBORDINATORS for m in children(sentence, head.i))
    return head.head if head.dep == "advcl" and head.head != head.i and opened else None


def _respoken(sentence: Sentence, trigger: int, main: int, event: Event, mentions: list[Mention]) -> Event:
    source = event.source.country if event.source else None
    if event.event_type not in SPEECH_TYPES or source is None or (
            event.target is not None and event.target.country not in (None, source)):
        return event
    objects = [c.i for c in children(sentence, trigger) if c.dep == "dobj"]
    accused = [a for o in objects for a in actors_at(sentence, o, mentions) if a.country == source]
    speakers = [a for s in children(sentence, main) if s.dep == "nsubj"
                for a in actors_at(sentence, s.i, mentions) if a.country and a.country != source]
    if not accused or not speakers:
        return event
    speaker = speakers[0]
    event_id = ids.event_id(event.doc_id, event.evidence.trigger_start, event.event_type, speaker.country, source)
    doer = Actor(speaker.text, speaker.country, speaker.sector,
                 f"{speaker.resolution}; the main clause's subject speaks a trailing participle the parser hung on "
                 f"a subordinate clause whose doer is the participle's own object")
    return replace(event, event_id=event_id, source=doer, target=accused[0], rule=f"{event.rule} trailing-speech")
