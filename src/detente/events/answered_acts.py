"""The state whose act is being answered as the target of an answer told with no addressee.

"China recalled its ambassador and warned that Lithuania would bear the consequences. Lithuania's ministry said
it regretted the step but that the country would not change course." The refusal and the regret answer the act
told just before, aimed at the answering state; the sentence names no one else. events/counterpart.py gives such
an open act the story's counterpart only when the page names that state clearly more than any third one: on
wire38's w38_09 Taiwan is named nearly as often as China (8 to 7), so the REJECT (gold core, LTU→CHN) stayed
without a target. The act being answered names its doer itself: the state that did the latest act
aimed at the answering state in the sentences just before (PLOVER REJECT: the target is the party whose demand,
act or proposal is turned down).

Only an open answer is read (a state source, no target, not negated: a negated act's wording "would not accept
lectures from abroad" rarely has one addressee, as in counterpart.py), and only when every act aimed at the
answering state in those sentences is one state's (two states acting on it leave the answer unaimed).
"""
from __future__ import annotations

from detente.actors.coref import is_state_code
from detente.actors.draft import NO_STATE
from detente.events.reassign import latest, with_party
from detente.records import Actor, Event

# A refusal. A censure told the same way ("regretted the step", "dismissed Armenian claims that ...") was tried
# too: the golds code neither with the answered state (wire38 w38_09, wire36 w36_02: two false positives).
ANSWER_TYPES = frozenset({"REJECT"})
ANSWER_FACTOR = 0.8  # as for a target read from the story (events/counterpart.py COUNTERPART_FACTOR)
LOOKBACK = 2  # sentences before the answer the answered act may be told in (the same sentence counts too)


def with_answered(events: list[Event]) -> list[Event]:
    """The events of one page, each open answer given the doer of the act it answers as target."""
    return [_answered(e, events) if _open_answer(e) else e for e in events]


def _open_answer(event: Event) -> bool:
    """A state's refusal with no target and not negated."""
    target = event.target
    if event.event_type not in ANSWER_TYPES or event.status == "negated":
        return False
    if not is_state_code(event.source.country or ""):
        return False
    return target is None or target.country is None and NO_STATE not in target.resolution


def _answered(event: Event, events: list[Event]) -> Event:
    """The answer aimed at the one state that acted on its source just before it, if there is one."""
    acts = _acts_on(event, events)
    doers = {e.source.country for e in acts}
    if len(doers) != 1:
        return event
    doer = latest(acts).source.country
    source = event.source.country
    text = event.target.text if event.target is not None else doer
    target = Actor(text, doer, None, f"the answered act's doer: {doer} acted on {source} just before")
    return with_party(event, event.source, target, "tgt→answered", ANSWER_FACTOR)


def _acts_on(event: Event, events: list[Event]) -> list[Event]:
    """Another state's acts aimed at the answer's source, told before the answer within LOOKBACK sentences."""
    here, start, source = event.evidence.sentence_index, event.evidence.trigger_start, event.source.country
    return [e for e in events if e.target is not None and e.target.country == source
            and is_state_code(e.source.country or "") and e.source.country != source
            and here - LOOKBACK <= e.evidence.sentence_index
            and (e.evidence.sentence_index, e.evidence.trigger_start) < (here, start)]
