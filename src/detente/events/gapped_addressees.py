"""A second addressee told with its verb left out: "called on Rwanda to answer the gesture and on Uganda to speed
up its review of the list", "urged Russia to free the crew and Norway to show restraint" make two requests, one
to each state; the coder read only the first (wire37 w37_04: the call on Uganda, core, was lost; the parser hangs
the gapped "and on Uganda to speed up" anywhere, even as the sentence's root, so the tree cannot be trusted and
the words are read in order instead).

Only after a REQUEST whose trigger is a verb of calling on or urging (the gap repeats its frame), from a request
of that trigger with a state source and a state target, and only for a state named right after "and" (or "and
on" for "called on"), followed by "to" and a bare verb: the second addressee's own act. It is given the first
request's source and status; its date and evidence are the first request's (one sentence, one telling).
"""
from __future__ import annotations

from dataclasses import replace

from detente import ids
from detente.events.merging import actor_key
from detente.events.nesting import Candidate
from detente.records import Actor, Event, Mention, Sentence

URGING = frozenset({"call", "urge", "press", "ask", "encourage"})
ON_VERBS = frozenset({"call"})  # "called on X ... and on Y to"


def gapped_addressees(sentence: Sentence, coded: list[tuple[Candidate, list[Event]]],
                      mentions: list[Mention]) -> list[tuple[Candidate, list[Event]]]:
    """The sentence's candidates with their events; a calling-on request also made to a gapped second addressee."""
    return [(candidate, found + _second_requests(sentence, candidate, found, mentions)) for candidate, found in coded]


def _second_requests(sentence: Sentence, candidate: Candidate, found: list[Event],
                     mentions: list[Mention]) -> list[Event]:
    lemma = sentence.tokens[candidate.hit.token].lemma.lower()
    if candidate.hit.entry.event_type != "REQUEST" or lemma not in URGING:
        return []
    firsts = [e for e in found if e.event_type == "REQUEST" and e.source.country and e.target is not None
              and e.target.country and e.target.country != e.source.country]
    if not firsts:
        return []
    taken = {e.source.country for e in found} | {e.target.country for e in found if e.target is not None}
    out = []
    for mention in _gapped_mentions(sentence, candidate.hit.token, lemma in ON_VERBS, mentions):
        if mention.country not in taken:
            taken.add(mention.country)
            out += [_addressed(e, mention) for e in firsts[:1]]
    return out


def _gapped_mentions(sentence: Sentence, trigger: int, with_on: bool, mentions: list[Mention]) -> list[Mention]:
    """State mentions after the trigger that open a gapped "and (on) X to <verb>"."""
    words = [t.text.lower() for t in sentence.tokens]
    opener = ["and", "on"] if with_on else ["and"]
    found = []
    for mention in mentions:
        first, after = mention.first, mention.last + 1
        if mention.sentence != sentence.index or mention.country is None or first <= trigger + 2:
            continue
        start = first - 1 if first > 0 and words[first - 1] == "the" else first  # "and on the Ugandan government"
        if words[start - len(opener):start] != opener or after + 1 >= len(words):
            continue
        if words[after] == "to" and sentence.tokens[after + 1].tag == "VB":
            found.append(mention)
    return found


def _addressed(event: Event, mention: Mention) -> Event:
    target = Actor(mention.text, mention.country, mention.sector,
                   f"{mention.resolution or mention.kind}; second addressee of a gapped request")
    event_id = ids.event_id(event.doc_id, event.evidence.trigger_start, event.event_type, actor_key(event.source),
                            actor_key(target))
    return replace(event, event_id=event_id, target=target, rule=event.rule + " tgt→gapped-addressee")
