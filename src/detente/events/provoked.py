"""A state's forces put on alert after another state's act: the alert is aimed at that state.

"Greece placed its navy on alert after Turkey sent a research vessel into waters claimed by Athens", "Armenia
put its armed forces on high alert after what the defence ministry described as a build-up of Azerbaijani
troops" (sent-dev): a build-up or alert (MOBILIZE) with no target of its own answers the act its "after"
clause (or "in response to" phrase) tells, and the state doing that act is the one the alert is aimed at.
Only one other state may be named there, and not as what that act is done to ("after rebels attacked
Turkey's embassy": Turkey is no provoker), so a victim or a third party gives nothing.
"""
from __future__ import annotations

from detente.actors.coref import is_state_code
from detente.actors.draft import NO_STATE
from detente.events.tree import children, subtree
from detente.events.reassign import with_party
from detente.records import Actor, Event, Mention, Sentence

PROVOKED_TYPES = frozenset({"MOBILIZE"})
VERB_STEPS = 3  # from a nominal trigger ("on alert") up to the verb that carries the "after" clause
PATIENT_DEPS = frozenset({"dobj", "nsubjpass", "dative"})


def with_provokers(sentence: Sentence, trigger: int, events: list[Event], mentions: list[Mention]) -> list[Event]:
    """Events of one trigger, an untargeted alert given the state whose act its "after" clause tells."""
    out = []
    for event in events:
        code = _provoker(sentence, trigger, mentions, event.source.country) if _open(event) else None
        if code is None:
            out.append(event)
            continue
        target = Actor(code, code, None, f"state whose act the alert answers ({code})")
        out.append(with_party(event, event.source, target, "tgt→provoker"))
    return out


def _open(event: Event) -> bool:
    target = event.target
    return event.event_type in PROVOKED_TYPES and event.source.country is not None and event.status != "negated" \
        and (target is None or target.country is None and NO_STATE not in target.resolution)


def _provoker(sentence: Sentence, trigger: int, mentions: list[Mention], source: str | None) -> str | None:
    """The one state other than `source` named in the "after" part of the trigger's clause as its doer."""
    spans = [subtree(sentence, i) for i in _after_parts(sentence, _verb(sentence, trigger))]
    codes = {m.country for span in spans for m in mentions if m.head in span and m.country
             and is_state_code(m.country) and m.country != source}
    if len(codes) != 1:
        return None
    code = next(iter(codes))
    patient = any(_as_patient(sentence, m.head, span) for span in spans for m in mentions
                  if m.head in span and m.country == code)
    return None if patient else code


def _verb(sentence: Sentence, i: int) -> int:
    for _ in range(VERB_STEPS):
        if sentence.tokens[i].pos in ("VERB", "AUX") or sentence.tokens[i].head == i:
            return i
        i = sentence.tokens[i].head
    return i


def _after_parts(sentence: Sentence, verb: int) -> list[int]:
    """Heads of the verb's "after …" clause or phrase and of its "in response to …" phrase."""
    parts = []
    for c in children(sentence, verb):
        word = c.text.lower()
        if c.dep == "prep" and word == "after":
            parts.append(c.i)
        elif c.dep == "advcl" and any(k.dep == "mark" and k.text.lower() == "after" for k in children(sentence, c.i)):
            parts.append(c.i)
        elif c.dep == "prep" and word == "in" and any(k.lemma.lower() == "response" for k in children(sentence, c.i)):
            parts.append(c.i)
    return parts


def _as_patient(sentence: Sentence, i: int, span: set[int]) -> bool:
    """Token i, read up to the top of `span`, passes through what a verb is done to (object, passive subject)."""
    for _ in range(len(span)):
        token = sentence.tokens[i]
        if token.dep in PATIENT_DEPS:
            return True
        if token.head == i or token.head not in span:
            return False
        i = token.head
    return False
