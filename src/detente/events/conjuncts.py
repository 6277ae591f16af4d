"""Several acts in one sentence: a coordinated predicate aimed at the party of the act it is coordinated with.

"Kuwait summoned Iran's envoy and demanded the release of the tanker", "X accused Y of shelling the border and
threatened to close the crossing", "Chile rejected Peru's demand and recalled its ambassador": news puts a
second act of the same doer in a coordinated verb phrase that shares its subject and leaves its addressee
unsaid, because the first verb just named it. The coder codes each trigger (nesting.py keeps coordinated
verbs apart), but the second found no target of its own and was dropped by the scorer's and the user's
interstate filter (issue #11/#12: held-out misses of the class "pair right, type nowhere on the page").
Here such a second act takes the first act's resolved target, when:
  * it is a verb coordinated with the first act's trigger (dep conj), with no subject of its own, so the
    parse says the two share their doer, and the coder found the same source state for both;
  * it found no resolved target, and its own clause names no state besides its source and that target
    (one that names a third party, "and closed its border with Togo", is aimed where it says);
  * the first act's target was named in its sentence (not guessed from the document), and is a state
    other than the source.
Not the reverse (a first act taking a later conjunct's target): "condemned the attack and urged Y to
talk" condemns whoever attacked, not the one urged.
"""
from __future__ import annotations

from dataclasses import replace

from detente import ids
from detente.events.counterpart import clause_of
from detente.events.merging import actor_key
from detente.events.nesting import Candidate
from detente.events.triggers import children
from detente.records import Actor, Event, Mention, Sentence

OWN_SUBJECT = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
OWN_POSSESSIVES = frozenset({"its", "their", "our"})
ADDRESSED = frozenset({"REQUEST", "ACCUSE", "THREATEN", "SUPPORT"})  # verbal acts: the object is who is addressed


def shared_targets(sentence: Sentence, coded: list[tuple[Candidate, list[Event]]],
                   mentions: list[Mention]) -> list[tuple[Candidate, list[Event]]]:
    """The sentence's candidates with their events; an open coordinated act aimed at its host act's target."""
    by_token = {c.hit.token: found for c, found in coded}
    out = []
    for candidate, found in coded:
        i = candidate.hit.token
        host = coordinated_host(sentence, i)
        aims = named_targets(by_token.get(host, []), found) if host is not None else []
        if aims and not _names_third_state(sentence, i, mentions, found, aims) \
                and not _own_people(sentence, i, mentions, found):
            found = [_aimed(e, aims, sentence.tokens[host].text) for e in found]
        out.append((candidate, found))
    return out


def coordinated_host(sentence: Sentence, i: int) -> int | None:
    """The verb a trigger verb is coordinated with, when it has no subject of its own ("and Uganda denied
    the charge" is another doer's act), else None. Participle adjuncts (", accusing him of ...", "after
    accusing him of ...") are not hosted: tried, each found one more held-out act and split its incident
    (see docs/quality.md, session 10)."""
    token = sentence.tokens[i]
    if token.dep != "conj" or token.pos != "VERB" or token.head == i:
        return None
    if sentence.tokens[token.head].pos not in ("VERB", "AUX"):
        return None
    return None if any(c.dep in OWN_SUBJECT for c in children(sentence, i)) else token.head


def named_targets(host: list[Event], found: list[Event]) -> list[Actor]:
    """The host act's targets named as its argument in the sentence (not its venue: "rioted at a jail in
    X"; not guessed from the document; not one it borrowed from the open act, arguments.py's
    'conjunct-verb'), when every event of the open act has a state source that is a
    source of the host act and no resolved target."""
    sources = {e.source.country for e in host if e.source.country}
    if not found or not all(e.source.country in sources and (e.target is None or e.target.country is None)
                            for e in found):
        return []
    aims = {e.target.country: e.target for e in host if e.target is not None and e.target.country
            and e.target.country not in sources and "document" not in e.target.resolution
            and " tgt=place" not in e.rule and " tgt=conjunct-verb" not in e.rule}
    return list(aims.values())


def _names_third_state(sentence: Sentence, i: int, mentions: list[Mention], found: list[Event],
                       aims: list[Actor]) -> bool:
    """Whether the open act's clause names a state other than its source and the host's target."""
    known = {e.source.country for e in found} | {a.country for a in aims}
    clause = clause_of(sentence, i)
    return any(m.country and m.country not in known for m in mentions if m.head in clause)


def _own_people(sentence: Sentence, i: int, mentions: list[Mention], found: list[Event]) -> bool:
    """"refused to deploy troops in Iraq and urged its citizens to avoid the country": a verbal act whose
    object, its addressee, is the doer's own people is a domestic one (plover_gsr). Not so a deed on one's
    own ("recalled its ambassador" is aimed at the state he leaves)."""
    if not any(e.event_type in ADDRESSED for e in found):
        return False
    own = {e.source.country for e in found}
    objects = [c for c in children(sentence, i) if c.dep in ("dobj", "dative")]
    owners = [c for o in objects for c in children(sentence, o.i) if c.dep == "poss"]
    if any(c.lemma.lower() in OWN_POSSESSIVES for c in owners):
        return True  # "its citizens": the parse ties it to the subject more often than coreference does
    words = {t.i for o in objects for t in [o] + children(sentence, o.i)}
    return any(m.country in own for m in mentions if m.head in words or m.first in words)


def _aimed(event: Event, aims: list[Actor], host: str) -> Event:
    """The event aimed at the first of the host's targets (a host with several keeps its first: the
    coordinated act is rarely aimed at each)."""
    target = aims[0]
    target = replace(target, resolution=f"{target.resolution}; target of the coordinated act '{host}'")
    event_id = ids.event_id(event.doc_id, event.evidence.trigger_start, event.event_type, actor_key(event.source),
                            actor_key(target))
    return replace(event, event_id=event_id, target=target, rule=event.rule + " tgt→conjunct")
