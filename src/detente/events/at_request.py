"""Acts done at another state's asking, told by the request noun: "Kosovo postponed the fines by 48 hours at
Washington's request", "Chile delayed the vote at the request of Peru", "postponed ... after a request from X".

The page golds code the act by its own type with the asker as its target, and the request, when it is told as an
event of its own ("after a request from Washington"), as REQUEST asker→doer (ANNOTATION.md; talks21 counted 26 such
phrases on the development sets). Two classes went wrong:
- a verb of putting off (cues.tsv `deferral`: postpone, delay, defer, adjourn, reschedule) has no trigger of its own,
  so the act was lost and only the request noun was coded, as REQUEST asker→None (wire40 w40_10 "postponed by 48
  hours ... at Washington's request", core CONCEDE XKX→USA; w40_11 the same act "after a request from Washington").
  Putting off one's own measure because another state asked is a concession to it (PLOVER CONCEDE);
- a request noun whose asker is named in its own "of" or "from" phrase took the doer of the act it hangs on as its
  maker and the asker as its target ("postponed ... after a request from Washington": REQUEST XKX→USA, a false
  positive on w40_11, where the gold has REQUEST USA→XKX).
The doer is the subject (or passive "by" agent) of the verb the phrase hangs on; nothing is coded without one.
"""
from __future__ import annotations

from dataclasses import replace

from detente import ids
from detente.events.lexicon import cue_words
from detente.events.merging import actor_key
from detente.events.nesting import Candidate
from detente.events.role_actors import actors_at
from detente.events.status import event_status
from detente.events.tree import children
from detente.events.triggers import Hit, match_token
from detente.records import Actor, Event, Mention, Sentence, Token

AT = frozenset({"at"})
AFTER = frozenset({"after", "following", "upon"})  # "after a request from X": the request told as done first
OWN_MAKER = frozenset({"of", "from"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def asked_host(sentence: Sentence, i: int) -> Token | None:
    """The verb an asking noun at i hangs on through "at" ("at X's request", "at the request of X") or through
    "after/following" with a "from" maker ("after a request from X"), else None."""
    noun = sentence.tokens[i]
    if noun.lemma.lower() not in cue_words("behest") or noun.dep != "pobj" or noun.head == i:
        return None
    prep = sentence.tokens[noun.head]
    word = prep.text.lower()
    if prep.dep != "prep" or prep.head == prep.i or not (word in AT or word in AFTER and _maker(sentence, i, "from")):
        return None
    host = sentence.tokens[prep.head]
    if host.dep == "dobj" and host.head != host.i:  # "postpone the vote at Peru's request": hung on the object
        host = sentence.tokens[host.head]
    elif host.dep == "pobj" and sentence.tokens[host.head].dep == "agent":  # "was postponed by Chile at Peru's ..."
        host = sentence.tokens[sentence.tokens[host.head].head]
    return host if host.pos in ("VERB", "AUX") else None


def _maker(sentence: Sentence, i: int, words: frozenset[str] | str) -> int | None:
    """The object of the noun's own "of"/"from" phrase, or its possessor ("X's request"), as a token index."""
    for c in children(sentence, i):
        if c.dep == "poss" and words != "from":
            return c.i
        if c.dep == "prep" and c.lemma.lower() in ({words} if isinstance(words, str) else words):
            objects = [o.i for o in children(sentence, c.i) if o.dep == "pobj"]
            if objects:
                return objects[0]
    return None


def _state(actors: list[Actor]) -> Actor | None:
    states = [a for a in actors if a.country]
    return states[0] if len(states) == 1 else None


def _doer(sentence: Sentence, host: Token, mentions: list[Mention]) -> Actor | None:
    """The host verb's subject, or the "by" agent of a passive host; climbs once from a bare infinitive or a
    conjunct with no subject of its own ("began postponing", "met and postponed")."""
    for verb in (host, sentence.tokens[host.head]) if host.dep in ("xcomp", "conj") else (host,):
        kids = children(sentence, verb.i)
        subject = next((c.i for c in kids if c.dep in SUBJECTS), None)
        agent = next((o.i for c in kids if c.dep == "agent" for o in children(sentence, c.i) if o.dep == "pobj"),
                     None)
        if agent is not None:
            return _state(actors_at(sentence, agent, mentions))
        if subject is not None:
            return None if sentence.tokens[subject].dep == "nsubjpass" else _state(actors_at(sentence, subject,
                                                                                              mentions))
    return None


def asked_acts(sentence: Sentence, candidate: Candidate, found: list[Event], mentions: list[Mention]) -> list[Event]:
    """The request noun's events, read as the act done at the asking: a verb of putting off with no trigger of its
    own is CONCEDE doer→asker (in place of the "at" request, which only tells why; beside the "after" request,
    which is told as an event); a request whose asker is named by its "of"/"from" phrase is the asker's."""
    i = candidate.hit.token
    host = asked_host(sentence, i)
    if host is None or not found:
        return found
    maker = _maker(sentence, i, OWN_MAKER)
    asker = _state(actors_at(sentence, maker, mentions)) if maker is not None else None
    doer = _doer(sentence, host, mentions)
    if asker is None or doer is None or asker.country == doer.country:
        return found
    requests = [_made_by(e, asker, doer) for e in found]
    if host.lemma.lower() not in cue_words("deferral") or match_token(sentence, host) is not None:
        return requests
    conceded = _conceded(sentence, candidate, found[0], host, doer, asker)
    told = sentence.tokens[sentence.tokens[i].head].text.lower() in AFTER
    return requests + [conceded] if told else [conceded]


def _made_by(event: Event, asker: Actor, doer: Actor) -> Event:
    """A request whose maker the noun names itself, turned from the doer of the host verb to that maker."""
    if event.event_type != "REQUEST" or event.source.country == asker.country:
        return event
    target = doer if event.target is None or event.target.country in (None, asker.country) else event.target
    return _with(event, "REQUEST", replace(asker, resolution=f"{asker.resolution}; maker named by the request"),
                 target, event.rule + " src→request-maker")


def _conceded(sentence: Sentence, candidate: Candidate, event: Event, host: Token, doer: Actor,
              asker: Actor) -> Event:
    entry = replace(candidate.hit.entry, lemma=host.lemma.lower(), pos="VERB", event_type="CONCEDE")
    status, cue = event_status(sentence, Candidate(Hit(host.i, entry), ()))
    evidence = replace(event.evidence, trigger=host.text, trigger_start=host.start,
                       trigger_end=host.start + len(host.text))
    target = replace(asker, resolution=f"{asker.resolution}; the state at whose request it was done")
    conceded = replace(event, mode=None, status=status, status_cue=cue, evidence=evidence)
    return _with(conceded, "CONCEDE", doer, target, f"deferral:{host.lemma.lower()} at-request→CONCEDE src=nsubj "
                 "tgt=request-maker")


def _with(event: Event, event_type: str, source: Actor, target: Actor, rule: str) -> Event:
    event_id = ids.event_id(event.doc_id, event.evidence.trigger_start, event_type, actor_key(source),
                            actor_key(target))
    return replace(event, event_id=event_id, event_type=event_type, source=source, target=target,
                   rule=rule)
