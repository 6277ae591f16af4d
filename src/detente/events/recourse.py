"""Legal recourse: a state taking a dispute to a court, to arbitration or to the WTO acts against the other party.

"Norway filed a complaint at the World Trade Organization against Chile", "Kenya would raise the seizure
with the International Court of Justice", "Peru could appeal to the WTO": the court is where the case is heard,
not whom the case is against. The target is the state whose act is challenged (a state named in the
object, "Chile's decision", or an "against" phrase), else the story's other state. Taking a case to a
court is an accusation (CAMEO 115, bring a lawsuit: PLOVER ACCUSE); said as a possibility ("may", "could",
"would", "if ...") it is a threat of that accusation (THREATEN, asserted: the threat itself was made). Another act on the case keeps its
type, but the court is not its target either: the other party is ("withdraw its complaint filed at the WTO").
The development gold codes it so (realnews: a tariff dispute appealed to the WTO; wire4: a boat seizure
raised with the ICJ, emergency measures sought from it), where the coder took the court for the target
or found no event at all.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from detente import ids
from detente.actors.coref import is_state_code
from detente.events.counterpart import counterpart_of, names_court
from detente.events.role_actors import actors_at
from detente.events.status import governors
from detente.events.triggers import children, venue_of
from detente.records import Actor, Event, Mention, Sentence

# Types a case before a court can take: what the trigger read (a request to the court, a complaint, a
# threat) becomes the accusation or the threat of it; other types (a sanction whose object phrase names
# the court, withdrawing a complaint) are left as they are.
LEGAL_TYPES = frozenset({"ACCUSE", "REQUEST", "THREATEN", "PROTEST"})
POSSIBLE = frozenset({"may", "might", "could", "would", "will", "can", "shall"})


def _opponent(sentence: Sentence, trigger: int, venue: int, mentions: list[Mention], states: Counter[str],
              source: str) -> Actor | None:
    """Whom the case is against: an 'against' object, a state named in the disputed object ("Chile's
    decision"), else the story's other state; never a body (the court, or the UN in "the UN's court")."""
    kids = children(sentence, trigger)
    objects = [c.i for c in kids if c.dep == "dobj" and c.i != venue]
    spots = _pobjs(sentence, [trigger, venue] + objects, ("against",)) + _pobjs(sentence, objects, ("with",))  # "the dispute with X"
    objects += _pobjs(sentence, [trigger, venue] + objects, ("over", "about"))  # "appeal over X's tariffs"
    spots += [m.i for o in objects for m in children(sentence, o) if m.dep in ("poss", "compound", "amod")]
    spots += objects + _condition_subjects(sentence, trigger)
    for i in spots:
        found = [a for a in actors_at(sentence, i, mentions) if a.country and a.country != source
                 and is_state_code(a.country)]  # a phrase's mention may be the court itself
        if found:
            return found[0]
    code = counterpart_of(states, source) if states else None
    return Actor(code, code, None, f"document counterpart: {code}, the other party of the dispute") if code else None


def _condition_subjects(sentence: Sentence, trigger: int) -> list[int]:
    """The doers of an "if"/"unless" clause on the case or on the verb it hangs from, and their owners: "will take
    the matter to the Security Council if Uganda does not release the crew" is against Uganda, named nowhere else in
    the sentence (eval/wire61 w61_07, eval/wire59 w59_01: conditional cases whose other party is in the condition)."""
    chain = [trigger] + [g.i for g in governors(sentence, trigger, 2)]
    clauses = [c.i for i in chain for c in children(sentence, i) if c.dep == "advcl" and any(
        m.dep == "mark" and m.text.lower() in ("if", "unless") for m in children(sentence, c.i))]
    doers = [s.i for c in clauses for s in children(sentence, c) if s.dep in ("nsubj", "nsubjpass")]
    return doers + [m.i for d in doers for m in children(sentence, d) if m.dep in ("poss", "compound", "amod")]


def _other_party(event: Event, target: Actor | None) -> Event:
    """An act on a case that keeps its type ("plans to withdraw its complaint filed at the WTO over X's
    export controls") is still aimed at the other party of the dispute, never at the court that hears it
    (realnews: the withdrawal was coded as aimed at the WTO)."""
    event_id = ids.event_id(event.doc_id, event.evidence.trigger_start, event.event_type, event.source.country,
                            target.country if target else None)
    return replace(event, event_id=event_id, target=target, rule=f"{event.rule} recourse(venue)→other-party")


def _pobjs(sentence: Sentence, heads: list[int], preps: tuple[str, ...]) -> list[int]:
    return [o.i for h in heads for p in children(sentence, h) if p.dep == "prep" and p.lemma.lower() in preps
            for o in children(sentence, p.i) if o.dep == "pobj"]


def _possible(sentence: Sentence, trigger: int) -> bool:
    """"may take it to the WTO", "would raise it with the court", "will go to arbitration if ...": a
    possibility or a condition, on the trigger or on the verb it hangs from, not a case filed."""
    chain = [trigger] + [g.i for g in governors(sentence, trigger, 2)]
    return any(c.dep == "aux" and c.text.lower() in POSSIBLE or c.dep == "advcl" and any(
        m.dep == "mark" and m.text.lower() in ("if", "unless") for m in children(sentence, c.i))
        for i in chain for c in children(sentence, i))


def _given_up(sentence: Sentence, trigger: int) -> bool:
    """"said it would no longer take the matter to the tribunal": a case dropped is neither a threat nor an
    accusation (wire9: once "it" was read as the state, the dropped case became a threat), nor is "no longer
    intended to take the dispute to the SADC Organ" (wire20: the verb above the trigger gives the case up)."""
    chain = [trigger] + [g.i for g in governors(sentence, trigger, 2)]
    return any(c.dep == "advmod" and c.text.lower() in ("longer", "more") and any(
        g.text.lower() == "no" for g in children(sentence, c.i)) for i in chain for c in children(sentence, i))


def _medium(sentence: Sentence, trigger: int, triggers: list[int]) -> bool:
    """A nested participle on a noun ("In a letter delivered to the Security Council, X called on Y to halt ..."):
    the letter is how the call was made and its addressee is no court the case is taken to (sent-dev5: the
    request to Y was coded as a case brought before the Council)."""
    return trigger != triggers[0] and sentence.tokens[trigger].dep == "acl"


def with_recourse(sentence: Sentence, triggers: list[int], events: list[Event], mentions: list[Mention],
                  states: Counter[str]) -> list[Event]:
    """Events of one candidate (its trigger, then the triggers nested in it: "threatened to seek measures
    from the court"), those that take a case to a court aimed at the other party."""
    found = next(((t, v) for t in triggers if not _medium(sentence, t, triggers) and (v := venue_of(sentence, t)) is not None),
                 None)
    if found is None:
        return events
    trigger, venue = found
    if _given_up(sentence, trigger):
        return [e for e in events if e.event_type not in LEGAL_TYPES]
    out = []
    for event in events:
        if event.status == "negated" and event.event_type in LEGAL_TYPES:
            continue  # "would not take the matter to the OAS for now" (wire18): no case, no threat of one
        if event.source.country is None or event.status == "negated" or (
                event.event_type not in LEGAL_TYPES and not names_court(event.target)):
            out.append(event)
            continue
        target = _opponent(sentence, trigger, venue, mentions, states, event.source.country)
        if event.event_type not in LEGAL_TYPES:
            out.append(_other_party(event, target))
            continue
        kind, status = ("THREATEN", "asserted") if event.event_type == "THREATEN" or _possible(sentence, trigger) \
            else ("ACCUSE", event.status)
        event_id = ids.event_id(event.doc_id, event.evidence.trigger_start, kind, event.source.country,
                                target.country if target else None)
        out.append(replace(event, event_id=event_id, event_type=kind, status=status,
                           status_cue="" if status == "asserted" else event.status_cue, target=target,
                           rule=f"{event.rule} recourse(venue)→{kind}"))
    return out
