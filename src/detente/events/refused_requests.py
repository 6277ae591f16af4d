"""The maker of a request as the target of its refusal: "X asked for the crew to be freed. Y refused." / "X demanded
compensation; Y said it would pay nothing". A state that turns a request down answers whoever made it, which the
refusing sentence often leaves unsaid (a bare "refused", "said no", "turned her down", "again refused
compensation"); the request made of that state (or of nobody named) in the sentences just before names its maker
(PLOVER REJECT: the target is the party whose demand or offer is turned down; ANNOTATION.md, plover_gsr REJECT rows).

Session 33 (refusals33), issue #11: refusals were the largest class of missed core rows over the development pages
(about 50); many were coded REJECT with their doer but no target (wire9 w9_11 "Vilnius said no" after Moscow "asked
for the train to be let through", wire19 w19_09 a minister who "will pay nothing to anyone" after "the Lebanese
demand for compensation"). Only open refusals are read, as events/answered.py reads a rejected charge: one whose
target is a state keeps it, and a refusal told as a charge's rejection is answered.py's.
"""
from __future__ import annotations

from detente.actors.coref import is_state_code
from detente.actors.draft import NO_STATE
from detente.events.answered_no import answered_noes
from detente.events.lexicon import cue_words, trigger_lemma
from detente.events.reassign import latest, with_party
from detente.events.released import UNNAMED_RULE
from detente.records import Actor, Event

REQUEST_FACTOR = 0.8  # a target read from another sentence, as events/answered.py's
DENYING = frozenset({"deny", "dismiss", "dispute", "repudiate"})  # denials of what was said, not refusals
AUTHORED = frozenset({"by", "from", "of"})  # an object phrase that goes on to name whose it is
LOOKBACK = 3  # sentences before the refusal the request may be told in ("X asked ... . Y said no.")


def with_requesters(events: list[Event]) -> list[Event]:
    """The events of one page, each open refusal given the maker of the latest request made of its source, and
    each agentless one ("the request had been refused") the two parties of the latest request told before it; a bare
    "said no" that answers no request is no refusal (events/answered_no.py)."""
    return answered_noes([_answered(e, events) if _open_refusal(e) else _unowned(e, events)
                          if _agentless_refusal(e) else e for e in events])  # events/answered_no.py


def _open_refusal(event: Event) -> bool:
    """A state's refusal, said as done (not negated), with no state as its target, and no denial: "denied any
    role", "dismissed the reports" answer a charge or a claim, not a request (the eval/wire3 summary line lost a
    point of precision when they took the asker just before; session 33)."""
    if event.event_type != "REJECT" or event.status == "negated" or not is_state_code(event.source.country or ""):
        return False
    if trigger_lemma(event.rule) in DENYING or _denied_phrase(event.target):
        return False
    if event.status_cue.startswith("refused-talks:"):  # "would not discuss X until Y's troops left": talks refused to
        return False  # the other side, not a request answered (wire32 w32_04: a false REJECT KGZ>UZB, the urger)
    target = event.target
    if target is not None and set(target.text.lower().split()) & AUTHORED:
        return False  # "a compromise name put forward by the UN mediator": the phrase names its author (wire39 w39_07)
    return target is None or target.country is None and NO_STATE not in target.resolution


def _denied_phrase(target: Actor | None) -> bool:
    """The refusal's object names a charge or a claim ("the accusation", "reports that ...")."""
    words = set(target.text.lower().split()) if target is not None else set()
    return bool(words & (set(cue_words("charge")) | set(cue_words("claimnoun"))))


def _agentless_refusal(event: Event) -> bool:
    """A refusal told in an agentless passive ("That request, too, has been turned down"; "said the extradition
    request had been refused"), with no doer and no state as target."""
    if event.event_type != "REJECT" or event.status == "negated" or event.source.country is not None:
        return False
    return UNNAMED_RULE in event.rule and (event.target is None or event.target.country is None)


def _unowned(event: Event, events: list[Event]) -> Event:
    """The agentless refusal given the latest request between two states told just before it: the state asked
    refuses the state that asked (wire24 w24_04, core REJECT UGA>KEN: "Nairobi has also asked for compensation
    ... That request, too, has been turned down")."""
    here = event.evidence
    requests = [e for e in events if e.event_type == "REQUEST" and e.status != "negated"
                and is_state_code(e.source.country or "") and e.target is not None
                and is_state_code(e.target.country or "") and e.source.country != e.target.country
                and _before(e, here)]
    if not requests:
        return event
    asked = latest(requests)
    source = Actor(event.source.text, asked.target.country, None,
                   f"the state asked: {asked.source.country} asked {asked.target.country} just before")
    target = Actor(event.target.text if event.target is not None else "", asked.source.country, None,
                   f"the request's maker: {asked.source.country}")
    return with_party(event, source, target, "src→asked tgt→requester", REQUEST_FACTOR)


def _lookback(request: Event) -> int:
    """An offer is answered only from the sentence just before ("X had offered to host talks. Y declined"): a third
    state's venue offered two sentences up is no offer a later "would not discuss ... until" refuses (wire32 w32_04,
    a false REJECT KGZ>KAZ at LOOKBACK 3)."""
    return LOOKBACK if request.event_type == "REQUEST" else 1


def _before(request: Event, here, lookback: int = LOOKBACK) -> bool:
    """Told in the `lookback` sentences before the refusal, or in its own sentence, before or after it ("ruled out
    suspending work, a day after Tashkent had again demanded a halt": wire52 w52_06 took a third state's call two
    sentences up when only an earlier request counted)."""
    there = request.evidence
    return here.sentence_index - lookback <= there.sentence_index <= here.sentence_index


def _asked_of(request: Event, refuser: str) -> bool:
    """A state's request made of the refuser, or of nobody named ("asked for the train to be let through"), or its
    offer (a verb of offering, cues.tsv `offering`: "had offered to host talks. Uzbekistan declined"; wire31 w31_07)."""
    offer = trigger_lemma(request.rule) in cue_words("offering")
    if request.event_type != "REQUEST" and not offer or request.status == "negated":
        return False
    maker = request.source.country or ""
    if not is_state_code(maker) or maker == refuser:
        return False
    return request.target is None or request.target.country in (None, refuser)


def _answered(event: Event, events: list[Event]) -> Event:
    """The refusal aimed at the maker of the nearest earlier request made of its source, if the page tells one."""
    here, refuser = event.evidence, event.source.country
    requests = [e for e in events if _asked_of(e, refuser) and _before(e, here, _lookback(e))]
    if not requests:
        return event
    maker = latest(requests).source.country
    text = event.target.text if event.target is not None else ""
    target = Actor(text, maker, None, f"the request's maker: {maker} asked of {refuser} just before")
    return with_party(event, event.source, target, "tgt→requester", REQUEST_FACTOR)
