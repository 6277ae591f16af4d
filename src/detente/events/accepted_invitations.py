"""An acceptance of "the invitation" or "the offer" answers whoever made it, not the page's other state.

"Nicaragua offered to host talks between El Salvador and Honduras. ... Salvadoran Foreign Minister Ana Lucía
Portillo accepted the invitation within hours" (eval/wire23 w23_07, gold AGREE SLV→NIC, core): the target
fallback of events/counterpart.py aimed the acceptance at Honduras, a false row, and the core row was missed. The
same on wire10 w10_05 ("Spain accepted the invitation within hours": the invitation was the European
Commission's; gold AGREE ESP→EUR, core; the fallback's AGREE ESP→PRT was false). A bare invitation, offer or
proposal (cues.tsv `invitenoun`, with no owner of its own) was made by someone told before: the latest offer or
invitation made to the accepting state in the sentences just before names its maker, the target; when none is
coded the acceptance keeps the page's other state (wire14 w14_06: Moscow's offer, told in a sentence the coder
reads no act in, was accepted by Tokyo, core AGREE JPN→RUS).
"""
from __future__ import annotations

from detente.events.lexicon import cue_words, trigger_lemma
from detente.events.reassign import latest, with_party
from detente.events.tree import children
from detente.records import Actor, Event, Sentence

ACCEPTING = frozenset({"accept"})
FALLBACK = "tgt→document-counterpart"
LOOKBACK = 4  # sentences before the acceptance the offer may be told in
OFFER_TYPES = frozenset({"CONSULT", "REQUEST", "AGREE", "AID", "COOPERATE"})
ANSWER_FACTOR = 0.8  # as for a target read from the story (events/answered.py)


def with_inviters(events: list[Event], sentences: tuple[Sentence, ...]) -> list[Event]:
    """The events of one page, each acceptance of a bare invitation or offer that the fallback aimed at the page's
    other state aimed instead at the maker of the latest offer to its source."""
    by_index = {s.index: s for s in sentences}
    return [_answered(e, events) if _accepted_invitation(e, by_index.get(e.evidence.sentence_index)) else e
            for e in events]


def _accepted_invitation(event: Event, sentence: Sentence | None) -> bool:
    """An AGREE by "accept" whose target came from the page's fallback and whose object is a bare invitation noun."""
    if event.event_type != "AGREE" or FALLBACK not in event.rule or trigger_lemma(event.rule) not in ACCEPTING:
        return False
    if sentence is None or not sentence.parsed:
        return False
    trigger = next((t for t in sentence.tokens if t.start == event.evidence.trigger_start), None)
    return trigger is not None and any(c.dep in ("dobj", "nsubjpass") and _bare_invitation(sentence, c)
                                       for c in children(sentence, trigger.i))


def _bare_invitation(sentence: Sentence, token) -> bool:
    """"the invitation", "the offer": an invitation noun with no owner, no "from"/"of"/"by" phrase naming its maker."""
    if token.lemma.lower() not in cue_words("invitenoun"):
        return False
    return not any(k.dep == "poss" or k.dep in ("compound", "amod") and k.pos == "PROPN"
                   or k.dep == "prep" and k.lemma.lower() in ("from", "of", "by")
                   for k in children(sentence, token.i))


def _answered(event: Event, events: list[Event]) -> Event:
    """The acceptance aimed at the maker of the latest earlier offer to its source, if one is coded."""
    here, source = event.evidence.sentence_index, event.source.country
    makers = [e for e in events if e.event_type in OFFER_TYPES and e.target is not None and e.target.country == source
              and e.source.country not in (None, source) and FALLBACK not in e.rule and here - LOOKBACK <= e.evidence.sentence_index < here]
    if not makers:  # "Tokyo has accepted the offer" of an offer told but not coded: the other state's, most often
        return event   # (wire14 w14_06, core AGREE JPN→RUS; dropping it also cleared wire10 w10_05's false row: 1 for 1)
    maker = latest(makers).source
    target = Actor(maker.text, maker.country, maker.sector, f"the inviter: {maker.country} made the offer just before")
    return with_party(event, event.source, target, "tgt→inviter", ANSWER_FACTOR)
