"""The speaker of a warning told from the warned side: "Guyana could face 'consequences' if it lets ExxonMobil
drill, Venezuela's vice-president said" (eval/sent-dev15: the gold has THREATEN VEN>GUY, asserted), "Iran warned
Israel that it would face serious consequences if the attacks continued" (eval/wire2). The trigger row (triggers.tsv
`face` with a consequence noun, role `inverse`) makes the subject the receiver; its doer is no named party of the
clause but the state whose official says or warns it. The threat is said now, so it is asserted (ANNOTATION.md: a
threat itself is an asserted event); the consequences it names are what is still to come."""
from __future__ import annotations

from detente.events.nesting import Candidate
from detente.events.parties import reporter_subject
from detente.events.role_actors import actors_at
from detente.records import Actor, Mention, Sentence


def warning_speakers(sentence: Sentence, candidate: Candidate, sources: list[Actor], targets: list[Actor],
                     mentions: list[Mention]) -> list[Actor]:
    """The reporting states of an inverse THREATEN row whose swapped doer names no state, or []; not the warned
    state's own officials ("Guyana could face hardship, its minister said" is no threat between states)."""
    entry = candidate.hit.entry
    warned = {t.country for t in targets if t.country}
    # the condition's subject is the warned state itself ("Ethiopia will face consequences if it builds a base,
    # Somalia's president said"; sent-dev20 0067): the swap made it the doer, but it names no one else
    if not (entry.inverse and entry.event_type == "THREATEN") or any(a.country and a.country not in warned
                                                                      for a in sources):
        return []
    speakers = [a for i in reporter_subject(sentence, candidate.hit.token) for a in actors_at(sentence, i, mentions)]
    return [a for a in speakers if a.country and a.country not in warned]


def said_threat(rule: str, event_type: str, status: str, cue: str) -> tuple[str, str]:
    """A warning given by its speaker is asserted, whatever modal the warned clause carries ("could face")."""
    if event_type == "THREATEN" and status == "pending" and "src→warning-speaker" in rule:
        return "asserted", "warning:" + cue
    return status, cue
